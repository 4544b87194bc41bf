/**
 * Prints the generated search query set (scripts/lib/search-queries.ts) for the built site:
 *   OUT_DIR=dist DISCLOSURE_DATE=2026-11-27 npx tsx scripts/search-queries.ts [--json]
 */
import { resolve } from 'node:path';
import { disclosureDate } from '../src/lib/config.ts';
import { loadPortal } from '../src/lib/load/index.ts';
import { generateQueries, querySourceOf } from './lib/search-queries.ts';
import { readIndexedPages } from './lib/search-bundle.ts';
import { readArgs } from './lib/args.ts';

const site = resolve(process.env['OUT_DIR'] ?? 'dist');
const { portal, issues } = loadPortal({ root: process.cwd(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: disclosureDate() });
if (issues.length) {
  console.error(`数据有 ${issues.length} 个问题，请先运行 npm run validate`);
  process.exit(1);
}
const set = generateQueries(querySourceOf(portal), readIndexedPages(site));
if (readArgs({ json: { type: 'boolean', default: false } }, 'npx tsx scripts/search-queries.ts [--json]').values.json) {
  console.log(JSON.stringify(set, null, 2));
} else {
  const byKind = new Map<string, number>();
  for (const q of [...set.recall, ...set.negative]) byKind.set(q.kind, (byKind.get(q.kind) ?? 0) + 1);
  console.log(`查询 ${set.recall.length} 条（应找到）+ ${set.negative.length} 条（不应找到）；因过于常见而跳过的片段 ${set.skippedAmbiguous} 个`);
  for (const [k, n] of byKind) console.log(`  ${k}: ${n}`);
  for (const q of set.recall) console.log(`${q.kind}\t${q.query}\t← ${q.from}`);
  for (const q of set.negative) console.log(`${q.kind}\t${q.query}\t${q.none ? '（应无结果）' : `（不应出现 ${q.forbidden.join(' ')}）`}`);
}
