/**
 * Runs deploy/nginx.conf in Debian's nginx as an unprivileged process for the deploy test
 * (scripts/test-deploy.ts): the placeholders filled in, wrapped in a minimal main configuration
 * whose every writable path (pid, logs, temp dirs) is under a temporary prefix, in the
 * foreground (`daemon off`), on a loopback port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface NginxPlaceholders {
  listen: string;
  serverName: string;
  basePath: string;
  publishDest: string;
}

/** deploy/nginx.conf with its placeholders filled in (every one must be: a leftover is an error). */
export function renderServerConf(template: string, p: NginxPlaceholders): string {
  const out = template
    .replaceAll('@LISTEN@', p.listen)
    .replaceAll('@SERVER_NAME@', p.serverName)
    .replaceAll('@BASE_PATH@', p.basePath)
    .replaceAll('@PUBLISH_DEST@', p.publishDest.replace(/\/+$/, ''));
  const left = /@[A-Z_]+@/.exec(out.replace(/^\s*#.*$/gm, ''));
  if (left) throw new Error(`deploy/nginx.conf: placeholder ${left[0]} not filled in`);
  return out;
}

/** The main configuration around the server block, everything under `prefix`. */
export function mainConf(prefix: string, serverConfFile: string, mimeTypes = '/etc/nginx/mime.types'): string {
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  include ${mimeTypes};`,
    '  default_type application/octet-stream;',
    `  access_log ${join(prefix, 'access.log')};`,
    `  client_body_temp_path ${join(prefix, 'client_body')};`,
    `  proxy_temp_path ${join(prefix, 'proxy')};`,
    `  fastcgi_temp_path ${join(prefix, 'fastcgi')};`,
    `  uwsgi_temp_path ${join(prefix, 'uwsgi')};`,
    `  scgi_temp_path ${join(prefix, 'scgi')};`,
    `  include ${serverConfFile};`,
    '}',
    '',
  ].join('\n');
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
  errorLog(): string;
}

/** Starts nginx with deploy/nginx.conf and waits until it answers; throws with its error log if it does not. */
export async function startNginx(o: { prefix: string; port: number; basePath: string; publishDest: string; project?: string }): Promise<RunningNginx> {
  const prefix = resolve(o.prefix);
  mkdirSync(prefix, { recursive: true });
  const template = readFileSync(resolve(o.project ?? '.', 'deploy/nginx.conf'), 'utf8');
  const serverFile = join(prefix, 'portal-server.conf');
  writeFileSync(serverFile, renderServerConf(template, { listen: `127.0.0.1:${o.port}`, serverName: 'localhost', basePath: o.basePath, publishDest: o.publishDest }));
  const confFile = join(prefix, 'nginx.conf');
  writeFileSync(confFile, mainConf(prefix, serverFile));
  const args = ['-p', prefix, '-c', confFile, '-e', join(prefix, 'error.log')];
  const t = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (t.status !== 0) throw new Error(`nginx -t 失败：\n${t.stderr}`);
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${o.port}`;
  const errorLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT'); // graceful: finishes open requests, removes its pid file
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx 退出了（${child.exitCode}）：\n${errorLog()}`);
    try {
      await fetch(`${url}${o.basePath}`);
      return { url, stop, errorLog };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(`nginx 没有在 10 秒内应答 ${url}：\n${errorLog()}`);
}
