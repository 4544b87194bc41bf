/**
 * Serves the built site (dist/) on localhost under the configured base path, as a static host
 * would: directory URLs → index.html, 404.html for unknown paths, correct content types.
 * `npm run serve` (after a build) or `npm start` (build + serve, scripts/start.ts). PORT
 * (default 4321). With `--headers` it also sends the security headers from public/_headers
 * (CSP tests). Ctrl-C (SIGINT) or SIGTERM closes the server and ends the process; the npm
 * scripts `exec` Node, so that npm's signal reaches this process and no shell stands between.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { basePath } from '../src/lib/config.ts';
import { readArgs } from './lib/args.ts';

const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const base = basePath();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Headers from a Netlify/Cloudflare-style `_headers` file (only the `/*` block is used). */
function staticHeaders(): Record<string, string> {
  if (!readArgs({ headers: { type: 'boolean', default: false } }, 'npm run serve [-- --headers]').values.headers) return {};
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}
const extraHeaders = staticHeaders();

if (!existsSync(dist)) {
  console.error(`没有找到构建结果 ${dist}：请先运行 npm run build`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  for (const [k, v] of Object.entries(extraHeaders)) res.setHeader(k, v);
  if (!path.startsWith(base)) {
    if (path === '/' && base !== '/') {
      res.writeHead(302, { location: base });
      res.end();
      return;
    }
    return notFound(res);
  }
  path = path.slice(base.length - 1);
  let file = normalize(join(dist, path));
  if (!file.startsWith(dist)) return notFound(res);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file)) return notFound(res);
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.log(`门户已在 http://localhost:${port}${base} 提供服务（按 Ctrl+C 停止）`);
});

// Stop listening at once, drop open keep-alive connections, and end the process.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    console.log('已停止提供服务。');
    process.exit(0);
  });
}

function notFound(res: import('node:http').ServerResponse): void {
  const page = join(dist, '404.html');
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  if (existsSync(page)) createReadStream(page).pipe(res);
  else res.end('Not found');
}
