/**
 * `npm run test:deploy` (a step of `npm test`): the site as the public gets it. Builds the
 * sample site for two consecutive days D and D+1 (DEPLOY_DATE, default 2026-11-27: the sample
 * data has entries whose last day is D), publishes both with `npm run publish` into a temporary
 * target, serves `<target>/current` under the sub-path with deploy/nginx.conf in Debian's
 * nginx (unprivileged, temporary prefix, loopback port DEPLOY_PORT), and runs
 * tests/deploy/deploy.spec.ts through it: pages, headers, caching, compression, 404, status.json,
 * a publish killed midway, rollback, and take-downs on their day (also in a copy not rebuilt,
 * opened in Chromium with the clock set to D+1).
 * Builds go to scratch directories (scripts/lib/scratch-dirs.ts), never to dist/.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NGINX, startNginx } from './lib/nginx.ts';
import { scratchDir } from './lib/scratch-dirs.ts';
import { addDays } from '../src/lib/dates.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { playwright, runSteps, step, StepFailed, tsx } from './lib/steps.ts';

const dir = scratchDir('deploy');
const day = process.env['DEPLOY_DATE'] ?? SAMPLE_DAY;
const next = addDays(day, 1);
const base = '/portal/';
const port = Number(process.env['DEPLOY_PORT'] ?? 4520);
const dest = join(dir, 'dest');
const site = (d: string) => join(dir, `site-${d}`);

if (!existsSync(NGINX)) {
  console.error(`没有找到 nginx（${NGINX}）：请先安装（Debian：apt-get install nginx），或用 NGINX_PATH 指定。`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });

runSteps(() => {
  for (const d of [day, next]) {
    step(`构建 ${d} 的站点`, tsx('scripts/build.ts'), {
      ...process.env,
      DISCLOSURE_DATE: d,
      BASE_PATH: base,
      SITE_URL: 'https://credit.example.org',
      PUBLISH: '1',
      SKIP_OG: '1',
      OUT_DIR: site(d),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
    });
    // The portal ships no .wasm of its own (Pagefind's is fetched as a .pagefind file); a tiny
    // valid module shows that this nginx serves .wasm as application/wasm, as browsers require
    // for streaming compilation.
    writeFileSync(join(site(d), 'probe.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  }

  rmSync(dest, { recursive: true, force: true });
  for (const d of [day, next]) {
    step(`发布 ${d} 的站点`, tsx('scripts/publish.ts', '--dest', dest, '--from', site(d), '--allow-date'));
  }
});

const nginx = await startNginx({ prefix: join(dir, 'nginx'), port, basePath: base, publishDest: dest });
let status = 1;
try {
  try {
    step(`nginx ${nginx.url}${base} 上的部署测试`, playwright('-c', 'tests/deploy/playwright.config.ts'), {
      ...process.env,
      DEPLOY_URL: `${nginx.url}${base}`,
      DEPLOY_DEST: dest,
      DEPLOY_DAY: day,
      DEPLOY_SITE_DAY: site(day),
      DEPLOY_SITE_NEXT: site(next),
    });
    status = 0;
  } catch (e) {
    if (!(e instanceof StepFailed)) throw e;
    status = e.code;
  }
  if (status !== 0) console.error(`nginx 错误日志（${join(dir, 'nginx', 'error.log')}）末尾：\n${nginx.errorLog().split('\n').slice(-20).join('\n')}`);
} finally {
  await nginx.stop();
}
process.exit(status);
