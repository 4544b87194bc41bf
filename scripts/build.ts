/**
 * `npm run build`: one Astro build (validation, pages, downloads, images, search index: see
 * src/integrations/portal.ts) into a temporary directory, swapped into dist/ only when it
 * succeeded. A failed build leaves the previous dist/ exactly as it was, and so does a build
 * stopped by Ctrl-C (SIGINT) or SIGTERM: Astro is stopped and the temporary directory removed.
 *
 * The log: of Astro's lines only warnings, errors and the portal's own lines are passed through
 * (scripts/lib/build-output.ts; not its line per written file, hundreds of thousands at city
 * scale); a terminal sees a progress count instead, and every stage ends with one
 * machine-readable line, read by the benchmark (scripts/bench.ts):
 *   [stage] <validate|pages|images|downloads|search-index|swap> <ms> ms [<n> files]
 * `pages` is the Astro build (bundling, pages, endpoints and the sitemap; validation and the wait
 * for the search index excluded). Images (src/pages/og/) and downloads (src/pages/data/) are
 * endpoints built among the pages, several at a time: their lines give the sum of the per-file
 * times Astro logs for those routes, which overlap the pages and each other.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildConcurrency, ConfigError, isPublishBuild, publicSiteUrlProblem } from '../src/lib/config.ts';
import { parseStage, stage } from '../src/integrations/build-log.ts';
import { shownBuildLine } from './lib/build-output.ts';

const root = process.cwd();
const finalDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const tmpDir = `${finalDir}.tmp-${process.pid}`;
const tty = process.stdout.isTTY === true;

/** Astro logs every written file as `├─ /path (+12ms)` (or `(+1.20s)`). */
const FILE_LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;
/** Astro's last count: `14721 page(s) built in 25.51s`. */
const BUILT_LINE = /\b(\d+) page\(s\) built in\b/;

async function main(): Promise<void> {
  // Before anything runs: a build for the public with a localhost SITE_URL is refused outright.
  const siteProblem = isPublishBuild() ? publicSiteUrlProblem() : null;
  if (siteProblem) {
    console.error(`构建已停止：${siteProblem}`);
    process.exit(1);
  }
  try {
    buildConcurrency();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`构建已停止：${e.message}`);
    process.exit(1);
  }
  rmSync(tmpDir, { recursive: true, force: true });
  const sums = { images: { ms: 0, n: 0 }, downloads: { ms: 0, n: 0 }, pages: { n: 0 } };
  const inner: Record<string, number> = {};
  let lastProgress = 0;
  let built: number | undefined;
  const t = performance.now();
  let interrupted: NodeJS.Signals | undefined;
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      stdio: ['inherit', 'pipe', 'inherit'],
      cwd: root,
      env: { ...process.env, OUT_DIR: tmpDir, BUILD_STAGES_FILE: '' },
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const total = BUILT_LINE.exec(line);
      if (total) built = Number(total[1]);
      const m = FILE_LINE.exec(line);
      if (!m) {
        const s = parseStage(line);
        if (s) {
          inner[s[0]] = s[1];
          stage(s[0], s[1], s[2]);
        } else {
          const shown = shownBuildLine(line);
          if (shown === null) return;
          if (tty && lastProgress) process.stdout.write('\n');
          lastProgress = 0;
          process.stdout.write(shown + '\n');
        }
        return;
      }
      const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
      const path = m[1]!.replace(/^\/[^/]+(?=\/(og|data)\/)/, ''); // a base path, if any
      const kind = path.startsWith('/og/') ? sums.images : path.startsWith('/data/') && !path.endsWith('.html') ? sums.downloads : null;
      if (kind) {
        kind.ms += ms;
        kind.n++;
      } else sums.pages.n++;
      const now = performance.now();
      if (tty && now - lastProgress > 250) {
        lastProgress = now;
        process.stdout.write(`\r  已生成 ${sums.pages.n} 个页面，${sums.downloads.n} 个下载文件，${sums.images.n} 张图片…`);
      }
    });
    const stop = (signal: NodeJS.Signals) => {
      interrupted ??= signal;
      child.kill(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('close', (c, signal) => done(c ?? (signal ? 1 : 0)));
  });
  if (tty && lastProgress) process.stdout.write('\n');
  if (interrupted) {
    rmSync(tmpDir, { recursive: true, force: true });
    console.error(`\n构建已中断（${interrupted}）。dist/ 保持不变。`);
    process.exit(128 + constants.signals[interrupted]);
  }
  if (code !== 0) {
    rmSync(tmpDir, { recursive: true, force: true });
    console.error(`\n构建失败：astro build 退出码 ${code}。dist/ 保持不变。`);
    process.exit(code);
  }
  const astroMs = performance.now() - t;
  stage('pages', astroMs - (inner['validate'] ?? 0) - (inner['search-index'] ?? 0), built ?? sums.pages.n);
  stage('images', sums.images.ms, sums.images.n);
  stage('downloads', sums.downloads.ms, sums.downloads.n);

  const t2 = performance.now();
  const oldDir = `${finalDir}.old-${process.pid}`;
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(tmpDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
  stage('swap', performance.now() - t2);
  console.log(`构建完成：${finalDir}`);
}

await main();
