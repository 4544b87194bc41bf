/**
 * The search index step of `npm run build` (called by scripts/build.ts after `astro build`):
 *
 *   node --import tsx scripts/search-index.ts <site-dir>
 *
 * 1. Runs the Pagefind CLI over the built site with `--root-selector [data-search-hints]`:
 *    only the IndexHints block of a page is indexed (its search tokens, codes, meta and
 *    filters), so page prose, navigation and anything a taken-down entry might leave behind
 *    never enter the index, and the index stays small.
 * 2. Writes `pagefind/portal-display.json`: for a small site, what every result shows and is
 *    filtered by (title, date, excerpt, filter values), keyed by Pagefind page id and packed
 *    column by column, so that the first search needs one request for all results instead
 *    of one per result and one for the filter index. For a large site the file says
 *    `packed: null` and the search page uses Pagefind's filters and fragments instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DISPLAY_FILE, packDisplay, recordFromFragment, type DisplayRecord, type FragmentLike } from '../src/lib/search-meta.ts';

/** Above this many pages the display file would outweigh the fragments it saves. */
export const DISPLAY_MAX_PAGES = 3000;
const ROOT_SELECTOR = '[data-search-hints]';
/**
 * Pagefind's index chunk size (postings per chunk; Pagefind 1.6's default is about 20,000).
 * Each query term loads the one chunk holding it, so smaller chunks mean fewer bytes per
 * query, at the price of more (tiny) files. Set through Pagefind's `PAGEFIND_UNSTABLE_…`
 * variable: check it still exists when upgrading Pagefind (the benchmark shows the effect).
 */
const INDEX_CHUNK_SIZE = Number(process.env['SEARCH_INDEX_CHUNK_SIZE'] ?? 4000);

/** Reads a Pagefind fragment file (gzip, `pagefind_dcd` signature, JSON). */
function readFragment(path: string): FragmentLike {
  const raw = gunzipSync(readFileSync(path)).toString('utf8');
  return JSON.parse(raw.replace(/^pagefind_dcd/, '')) as FragmentLike;
}

/** Every indexed page's display record, read back from the written index (tests, benchmarks). */
export function readIndexedPages(site: string): DisplayRecord[] {
  const fragDir = join(site, 'pagefind', 'fragment');
  if (!existsSync(fragDir)) return [];
  return readdirSync(fragDir)
    .filter((n) => n.endsWith('.pf_fragment'))
    .sort()
    .map((n) => recordFromFragment(readFragment(join(fragDir, n))));
}

export function buildSearchIndex(site: string): { pages: number; displayBytes: number; displayRecords: boolean } {
  const bin = resolve('node_modules/pagefind/lib/runner/bin.cjs');
  const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) };
  const r = spawnSync(process.execPath, [bin, '--site', site, '--root-selector', ROOT_SELECTOR, '--quiet'], { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`Pagefind 退出码 ${r.status ?? r.signal}`);

  const fragDir = join(site, 'pagefind', 'fragment');
  const names = existsSync(fragDir) ? readdirSync(fragDir).filter((n) => n.endsWith('.pf_fragment')).sort() : [];
  const packed =
    names.length <= DISPLAY_MAX_PAGES
      ? packDisplay(names.map((name): [string, DisplayRecord] => [name.replace(/\.pf_fragment$/, ''), recordFromFragment(readFragment(join(fragDir, name)))]))
      : null;
  const body = JSON.stringify({ pages: names.length, packed });
  writeFileSync(join(site, 'pagefind', DISPLAY_FILE), body);
  return { pages: names.length, displayBytes: gzipSync(body).length, displayRecords: packed !== null };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.argv[2];
  if (!site) {
    console.error('用法：node --import tsx scripts/search-index.ts <构建目录>');
    process.exit(2);
  }
  try {
    const { pages, displayBytes, displayRecords } = buildSearchIndex(resolve(site));
    if (pages === 0) console.warn('搜索索引：没有找到任何带 IndexHints 的页面');
    console.log(`搜索索引：${pages} 个页面；结果展示数据 ${displayRecords ? `${(displayBytes / 1024).toFixed(1)} KB（gzip）` : '按页加载（站点较大）'}`);
  } catch (e) {
    console.error(`搜索索引失败：${(e as Error).message}`);
    process.exit(1);
  }
}
