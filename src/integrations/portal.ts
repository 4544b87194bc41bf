/**
 * The portal's build pipeline inside Astro, in order:
 *
 * 1. Before anything is bundled or rendered: load and check every data and content file once,
 *    in this process. Any problem stops the build with `path:line:column: 中文说明` lines and
 *    nothing is written; otherwise the loaded data is handed to the pages (src/lib/queries.ts).
 * 2. Astro renders the pages and the download endpoints (src/pages/) from that data. At the
 *    same time, Pagefind (a process of its own, so on another core) indexes the search records
 *    of the data (src/lib/search/records.ts) through its Node API, into a folder beside the
 *    output.
 * 3. After the pages: `sitemap.xml` beside @astrojs/sitemap's index, and the search index moved
 *    into `pagefind/` once Pagefind is done.
 *
 * `npm run build` (scripts/build.ts) runs this build into a temporary directory and swaps it
 * into place only when it succeeded.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, dataRoot, disclosureDate } from '../lib/config.ts';
import { formatIssue } from '../lib/issues.ts';
import { loadPortal } from '../lib/load/index.ts';
import { providePortal } from '../lib/queries.ts';
import { searchRecords } from '../lib/search/records.ts';
import { SearchIndexJob } from '../lib/search/index-writer.ts';
import { stage } from './build-log.ts';

/**
 * Stops the build: the reason on standard error, exit code 1, no stack trace. The exit waits
 * until the text has been handed to the system: standard error may be a pipe that a busy reader
 * drains slowly, and an early exit would cut the list of problems short.
 */
async function stop(lines: string[]): Promise<never> {
  const text = [...lines, '构建已停止：数据未通过校验，没有写入任何输出。'].join('\n') + '\n';
  await new Promise<void>((written) => process.stderr.write(text, () => written()));
  process.exit(1);
}

async function validate(): Promise<void> {
  const t = performance.now();
  let result: ReturnType<typeof loadPortal>;
  try {
    result = loadPortal({ root: dataRoot(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: disclosureDate() });
  } catch (e) {
    if (e instanceof ConfigError) await stop([e.message]);
    throw e;
  }
  const { portal, issues, warnings } = result;
  for (const w of warnings) console.warn(formatIssue(w));
  if (issues.length) {
    await stop([...issues.map(formatIssue), `\n校验未通过：${issues.length} 个问题，涉及 ${new Set(issues.map((i) => i.file)).size} 个文件。请按上面每行所示的文件、行、列修改后重新运行 npm run validate。`]);
  }
  providePortal(portal);
  const entries = [...portal.lists.values()].reduce((n, l) => n + l.entries.length, 0);
  console.log(`校验通过：${portal.units.size} 个单位，${portal.areas.size} 个领域，${portal.lists.size} 个名单（${entries} 行），公示日期 ${portal.disclosureDate}。`);
  stage('validate', performance.now() - t);
}

export function portalPipeline(): AstroIntegration {
  let outDir = '';
  let search: SearchIndexJob | undefined;
  return {
    name: 'credit-portal:pipeline',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'build') await validate();
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
      },
      'astro:build:start': () => {
        search = new SearchIndexJob(`${outDir}.search-${process.pid}`, searchRecords());
        // A build that stops early (an error in a page) leaves no staging folder behind.
        process.once('exit', () => search?.discard());
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        // @astrojs/sitemap (listed before this integration, so done first) writes sitemap-index.xml; crawlers and people also look for sitemap.xml.
        const sitemapIndex = join(out, 'sitemap-index.xml');
        if (existsSync(sitemapIndex)) copyFileSync(sitemapIndex, join(out, 'sitemap.xml'));
        if (!search) return;
        const t = performance.now();
        const { records, documents, ms } = await search.finish(out);
        console.log(`搜索索引：${records} 条记录，合为 ${documents} 个索引文档，用时 ${(ms / 1000).toFixed(1)} 秒（与页面生成同时进行）。`);
        // The stage is what the build waited for the index after the pages were done.
        stage('search-index', performance.now() - t);
      },
    },
  };
}
