/**
 * `npm run test:shards` (a step of `npm test`): the search test on a partitioned index.
 * Large sites split the search index into shards merged in the browser (src/lib/search/index-writer.ts,
 * SEARCH_SHARD_PAGES); this builds the sample site with tiny shards (400 pages, so 4 shards)
 * and runs tests/e2e/search.spec.ts against it: recall, USCC first, no taken-down names and the
 * date order must hold across shards as they do on one index.
 */
import { join } from 'node:path';
import { scratchDir } from './lib/scratch-dirs.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { playwright, runSteps, step, tsx } from './lib/steps.ts';

const dir = scratchDir('shards');
const env = {
  ...process.env,
  DISCLOSURE_DATE: process.env['DISCLOSURE_DATE'] ?? SAMPLE_DAY,
  SEARCH_SHARD_PAGES: '400',
  SKIP_OG: '1',
  OUT_DIR: join(dir, 'dist'),
  ASTRO_CACHE_DIR: join(dir, 'cache'),
  E2E_PORT: process.env['SHARDS_PORT'] ?? '4397',
};

runSteps(() => {
  step('构建分片索引站点', tsx('scripts/build.ts'), env);
  step('分片索引上的搜索测试', playwright('tests/e2e/search.spec.ts'), env);
});
