/**
 * `npm run build`: validate → Astro build into a temporary directory → search index →
 * swap into dist/. Validation runs before anything is written, and a failed build never
 * leaves a half-written dist/ in place of a good one.
 *
 * Prints one machine-readable line per stage, read by the benchmark (scripts/bench.ts):
 *   [stage] <validate|pages|images|downloads|search-index|swap> <ms> ms [<n> files]
 * Images (src/pages/og/) and downloads (src/pages/data/) are Astro endpoints rendered inside
 * `astro build`; their time is the sum of the per-file times Astro logs for those routes, and
 * `pages` is the rest of the Astro build (including bundling and the sitemap).
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { isPublishBuild, publicSiteUrlProblem } from '../src/lib/config.ts';

const root = process.cwd();
const finalDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const tmpDir = `${finalDir}.tmp-${process.pid}`;

/** Also appended to the file BUILD_STAGES_FILE names, if set (the benchmark's record). */
function stage(name: string, ms: number, files?: number): void {
  const line = `[stage] ${name} ${Math.round(ms)} ms${files === undefined ? '' : ` ${files} files`}`;
  console.log(line);
  if (process.env['BUILD_STAGES_FILE']) appendFileSync(process.env['BUILD_STAGES_FILE'], line + '\n');
}

/** Runs a command, its output passed through line by line to `onLine` and to this process's output. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, onLine?: (line: string) => void): Promise<void> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'inherit'], cwd: root, env: { ...process.env, ...env } });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      process.stdout.write(line + '\n');
      onLine?.(line);
    });
    child.on('close', (code, signal) => {
      if (code === 0) return done();
      rmSync(tmpDir, { recursive: true, force: true });
      console.error(`\n构建失败：${cmd} ${args.join(' ')} 退出码 ${code ?? signal}。dist/ 保持不变。`);
      process.exit(code ?? 1);
    });
  });
}

/** Astro logs every written file as `├─ /path (+12ms)` (or `(+1.20s)`). */
const FILE_LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

async function main(): Promise<void> {
  // Before anything runs: a build for the public with a localhost SITE_URL is refused outright.
  const siteProblem = isPublishBuild() ? publicSiteUrlProblem() : null;
  if (siteProblem) {
    console.error(`构建已停止：${siteProblem}`);
    process.exit(1);
  }
  let t = performance.now();
  // In a child process, so that the loaded data set's memory is returned before Astro starts.
  const v = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/validate.ts')], { stdio: 'inherit', cwd: root });
  if (v.status !== 0) {
    console.error('构建已停止：数据未通过校验，没有写入任何输出。');
    process.exit(1);
  }
  stage('validate', performance.now() - t);

  rmSync(tmpDir, { recursive: true, force: true });
  const sums = { images: { ms: 0, n: 0 }, downloads: { ms: 0, n: 0 } };
  t = performance.now();
  await run(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { OUT_DIR: tmpDir }, (line) => {
    const m = FILE_LINE.exec(line);
    if (!m) return;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const path = m[1]!.replace(/^\/[^/]+(?=\/(og|data)\/)/, ''); // a base path, if any
    const kind = path.startsWith('/og/') ? sums.images : path.startsWith('/data/') && !path.endsWith('.html') ? sums.downloads : null;
    if (kind) {
      kind.ms += ms;
      kind.n++;
    }
  });
  const astroMs = performance.now() - t;
  stage('pages', astroMs - sums.images.ms - sums.downloads.ms);
  stage('images', sums.images.ms, sums.images.n);
  stage('downloads', sums.downloads.ms, sums.downloads.n);
  // @astrojs/sitemap writes sitemap-index.xml; crawlers and people also look for sitemap.xml.
  const sitemapIndex = join(tmpDir, 'sitemap-index.xml');
  if (existsSync(sitemapIndex)) copyFileSync(sitemapIndex, join(tmpDir, 'sitemap.xml'));

  // Pagefind over the IndexHints blocks only, then the results' display file (scripts/search-index.ts).
  t = performance.now();
  await run(process.execPath, ['--import', 'tsx', resolve('scripts/search-index.ts'), tmpDir]);
  stage('search-index', performance.now() - t);

  t = performance.now();
  const oldDir = `${finalDir}.old-${process.pid}`;
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(tmpDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
  stage('swap', performance.now() - t);
  console.log(`构建完成：${finalDir}`);
}

await main();
