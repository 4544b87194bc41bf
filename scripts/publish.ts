/**
 * `npm run publish -- --dest <dir | user@host:/path> [--from <built dir>] [--keep 7] [--allow-date]`
 * `npm run publish -- --dest <…> --rollback`
 *
 * Builds the site for the public (PUBLISH=1: SITE_URL must be a public address) into OUT_DIR
 * (default dist/), or takes an existing build with `--from <dir>` (the pipelines build in an
 * earlier job and pass the artefact), then writes it as a new release under <dest>/releases/
 * and switches <dest>/current to it atomically (rules and layout: scripts/lib/publish.ts).
 * A build whose disclosure date is not today (China time) or whose SITE_URL is unset or local
 * is refused. A remote destination is reached with rsync over ssh, with the private key in
 * PUBLISH_SSH_KEY if set (written to a private temporary file, removed afterwards), else ssh-agent's.
 *
 * Prints `[publish] <step>` before each step (copy, rename, switch, prune): the deploy test
 * kills the process at those moments to prove the previous release keeps serving.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteStatus } from '../src/lib/open-data/status.ts';
import {
  chinaToday,
  parseRemote,
  publishLocal,
  PublishError,
  refusals,
  releaseName,
  remoteRollbackScript,
  remoteSwitchScript,
  rollbackLocal,
  rsyncArgs,
  shellQuote,
  sshArgs,
} from './lib/publish.ts';

const USAGE = `用法：
  npm run publish -- --dest <目录 | 用户@主机:/路径> [--from <已构建目录>] [--keep 7] [--allow-date]
  npm run publish -- --dest <目录 | 用户@主机:/路径> --rollback`;

function fail(message: string): never {
  console.error(`发布失败：${message}`);
  process.exit(1);
}

function readStatus(dir: string): SiteStatus | null {
  try {
    return JSON.parse(readFileSync(resolve(dir, 'status.json'), 'utf8')) as SiteStatus;
  } catch {
    return null;
  }
}

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function runOrFail(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.error) fail(`${what}：无法运行 ${cmd}（${r.error.message}）`);
  if (r.status !== 0) fail(`${what}：${cmd} 退出码 ${r.status ?? r.signal}`);
  return r.stdout;
}

/**
 * The private key: PUBLISH_SSH_KEY_FILE (a file the pipeline wrapper scripts/ci-publish.sh has
 * written), else PUBLISH_SSH_KEY (the key itself) written to a private temporary file, else none.
 */
function sshKeyFile(): { file: string | undefined; cleanup: () => void } {
  if (process.env['PUBLISH_SSH_KEY_FILE']) return { file: process.env['PUBLISH_SSH_KEY_FILE'], cleanup: () => undefined };
  const key = process.env['PUBLISH_SSH_KEY'];
  if (!key?.trim()) return { file: undefined, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'portal-publish-key-'));
  const file = join(dir, 'id');
  writeFileSync(file, key.replace(/\r\n/g, '\n').trimEnd() + '\n', { mode: 0o600 });
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dest: { type: 'string' },
        from: { type: 'string' },
        keep: { type: 'string', default: '7' },
        'allow-date': { type: 'boolean', default: false },
        rollback: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail(`参数有误：${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dest = values.dest?.trim();
  if (!dest) fail(`缺少 --dest（发布目标目录，或 用户@主机:/路径）。\n${USAGE}`);
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 1) fail(`--keep 应为正整数，实际是 "${values.keep}"`);
  const remote = parseRemote(dest);
  if (remote && !hasCommand('rsync')) fail('本机没有安装 rsync，无法发布到远程主机。请先安装（Debian/Ubuntu：apt-get install rsync），远程主机上也需要 rsync。');
  if (remote && !hasCommand('ssh')) fail('本机没有安装 ssh 客户端（openssh-client），无法发布到远程主机。');

  const key = remote ? sshKeyFile() : { file: undefined, cleanup: () => undefined };
  process.on('exit', key.cleanup);
  const knownHosts = process.env['PUBLISH_KNOWN_HOSTS_FILE'] || undefined;
  if (values.rollback) {
    if (remote) {
      const out = runOrFail('ssh', sshArgs(remote.host, remoteRollbackScript(remote.path), key.file, knownHosts), '远程回滚');
      console.log(`已回滚：${out.trim()}`);
    } else {
      const [from, to] = rollbackLocal(resolve(dest));
      console.log(`已回滚：current 由 ${from} 改为指向 ${to}`);
    }
    return;
  }

  let site: string;
  if (values.from) {
    site = resolve(values.from);
    if (!existsSync(site)) fail(`--from 指定的构建目录 ${site} 不存在`);
  } else {
    site = resolve(process.env['OUT_DIR'] ?? 'dist');
    console.log('[publish] build');
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/build.ts')], { stdio: 'inherit', env: { ...process.env, PUBLISH: '1', OUT_DIR: site } });
    if (r.status !== 0) fail('构建没有成功，未发布任何内容；线上仍是原来的版本。');
  }
  const status = readStatus(site);
  const problems = refusals(status, { today: chinaToday(), allowDate: values['allow-date'] });
  if (problems.length) fail(`拒绝发布 ${site}：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const name = releaseName(new Date(), status!.dataCommit);

  if (remote) {
    console.log('[publish] copy');
    runOrFail('ssh', sshArgs(remote.host, `mkdir -p ${shellQuote(`${remote.path}/releases`)}`, key.file, knownHosts), '创建远程目录');
    runOrFail('rsync', rsyncArgs(site, remote, name, key.file, knownHosts), '复制到远程主机');
    console.log('[publish] switch');
    runOrFail('ssh', sshArgs(remote.host, remoteSwitchScript(remote.path, name, keep), key.file, knownHosts), '远程切换版本');
    console.log(`已发布：${dest}/releases/${name}（current 已指向它）`);
    return;
  }
  const published = publishLocal(site, resolve(dest), { name, keep, onStep: (step) => console.log(`[publish] ${step}`) });
  console.log(`已发布：${resolve(dest, 'releases', published)}（current 已指向它，公示日期 ${status!.disclosureDate}）`);
}

try {
  main();
} catch (e) {
  if (e instanceof PublishError) fail(e.message);
  const err = e as NodeJS.ErrnoException;
  fail(`${err.code ? `${err.code} ` : ''}${err.message}`);
}
