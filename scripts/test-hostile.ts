/**
 * `npm run test:hostile` (the last step of `npm test`): hostile input stays inert.
 * 1. scripts/make-hostile-fixture.ts copies data/ and content/ to $HOSTILE_DIR (default
 *    <tmp>/portal-hostile-<hash of the checkout path>) and puts HTML/script/formula payloads into every kind of text field;
 * 2. builds that copy (social images included: they must render payload titles, not crash);
 * 3. checks the built files (links, ID numbers, taken-down names: scripts/check-site.ts);
 * 4. runs tests/hostile/ in Chromium against it.
 * Uses DISCLOSURE_DATE, BASE_PATH and SITE_URL like the main build; HOSTILE_PORT (default 4398).
 */
import { join } from 'node:path';
import { hostileDir } from './lib/scratch-dirs.ts';
import { makeHostileFixture } from './make-hostile-fixture.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { playwright, runSteps, step, tsx } from './lib/steps.ts';

const dir = hostileDir();
const env = {
  ...process.env,
  DISCLOSURE_DATE: process.env['DISCLOSURE_DATE'] ?? SAMPLE_DAY,
  PORTAL_DATA_ROOT: dir,
  PORTAL_DATA_DIR: join(dir, 'data'),
  OUT_DIR: join(dir, 'dist'),
  ASTRO_CACHE_DIR: join(dir, 'cache'),
  OG_CACHE_DIR: join(dir, 'og-cache'),
  HOSTILE_DIR: dir,
};

const m = makeHostileFixture(dir);
console.log(`恶意输入测试数据：${m.root}（校验通过）`);
runSteps(() => {
  step('构建恶意输入站点', tsx('scripts/build.ts'), env);
  step('检查恶意输入站点的构建结果', tsx('scripts/check-site.ts'), env);
  step('恶意输入端到端测试', playwright('-c', 'tests/hostile/playwright.config.ts'), env);
});
