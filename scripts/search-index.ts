/**
 * The search index step of `npm run build` (called by scripts/build.ts after `astro build`):
 *
 *   node --import tsx scripts/search-index.ts <site-dir>
 *
 * 1. Runs Pagefind (its Node API: the CLI's indexer, fed the pages' IndexHints blocks, read
 *    here) over the built site with root selector `[data-search-hints]`:
 *    only the IndexHints block of a page is indexed (its search tokens, codes, meta and
 *    filters), so page prose, navigation and anything a taken-down entry might leave behind
 *    never enter the index, and the index stays small.
 * 2. Writes `pagefind/portal-display.json`: for a small site, what every result shows and is
 *    filtered by (title, date, excerpt, filter values), keyed by Pagefind page id and packed
 *    column by column, so that the first search needs one request for all results instead
 *    of one per result and one for the filter index. For a large site the file says
 *    `packed: null` and the search page uses Pagefind's filters and fragments instead.
 * 3. Large sites are partitioned: above SEARCH_SHARD_PAGES HTML pages (default 20,000) the
 *    pages are dealt out into n shards of about that many pages, each indexed by its own
 *    Pagefind run (one after the other, so the indexer's memory is bounded by one shard, not
 *    the whole site). A page with a code goes to the shard of its code's hash, so that an
 *    organisation's page and its entries (same USCC) share a shard and rank against each
 *    other as in one index; other pages are dealt out in turn. Every shard thus holds the
 *    same mix of pages, and Pagefind's per-index scores stay comparable across shards. Shard 0 is `pagefind/`, shard k is `pagefind/s<k>/`; the
 *    display file of shard 0 names the others (`shards`) and the search page merges them
 *    with Pagefind's `mergeIndex`. Results, filters and recall are those of one index.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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

/** Most pages one Pagefind run indexes; above it the index is partitioned (see the top). */
export const SHARD_PAGES = Number(process.env['SEARCH_SHARD_PAGES'] ?? 20000);

/** The bundle directories of a built site: `pagefind/` and its shards `pagefind/s<k>/`. */
export function bundleDirs(site: string): string[] {
  const pf = join(site, 'pagefind');
  if (!existsSync(pf)) return [];
  const shards = readdirSync(pf)
    .filter((n) => /^s\d+$/.test(n))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return [pf, ...shards.map((n) => join(pf, n))];
}

/** Every indexed page's display record, read back from the written index, all shards (tests, benchmarks). */
export function readIndexedPages(site: string): DisplayRecord[] {
  return bundleDirs(site).flatMap((dir) => {
    const fragDir = join(dir, 'fragment');
    if (!existsSync(fragDir)) return [];
    return readdirSync(fragDir)
      .filter((n) => n.endsWith('.pf_fragment'))
      .sort()
      .map((n) => recordFromFragment(readFragment(join(fragDir, n))));
  });
}

/** HTML files under `site` (outside pagefind/), in path order; those without IndexHints are skipped when indexed. */
function htmlFiles(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) {
        if (p !== join(site, 'pagefind')) walk(p);
      } else if (d.name.endsWith('.html')) out.push(p);
    }
  };
  walk(site);
  return out.sort();
}

/**
 * The page reduced to what Pagefind reads with ROOT_SELECTOR: its `<html lang>` and the
 * IndexHints block (the same index, a tenth of the bytes to pass to the indexer).
 */
export function hintsOnly(html: string): string {
  const open = /<div\b[^>]*\bdata-search-hints\b[^>]*>/.exec(html);
  if (!open) return html;
  const tag = /<(\/?)div\b[^>]*>/g;
  tag.lastIndex = open.index + open[0].length;
  let depth = 1;
  let m: RegExpExecArray | null;
  while (depth > 0 && (m = tag.exec(html))) depth += m[1] ? -1 : 1;
  if (depth > 0) return html;
  const lang = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  return `<!doctype html>${lang}<head><meta charset="utf-8"></head><body>${html.slice(open.index, tag.lastIndex)}</body></html>`;
}

/** A page to index: its URL and its IndexHints block (see hintsOnly). */
interface Doc {
  url: string;
  content: string;
}

/** One Pagefind run over `docs`, written to `outDir` (the Node API runs the same indexer as the CLI). */
async function indexShard(docs: Doc[], outDir: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ rootSelector: ROOT_SELECTOR });
  if (!index) throw new Error(`Pagefind：${errors.join('; ')}`);
  const BATCH = 64;
  for (let i = 0; i < docs.length; i += BATCH) {
    await Promise.all(
      docs.slice(i, i + BATCH).map(async (doc) => {
        const r = await index.addHTMLFile(doc);
        if (r.errors.length) throw new Error(`Pagefind ${doc.url}：${r.errors.join('; ')}`);
      }),
    );
  }
  const w = await index.writeFiles({ outputPath: outDir });
  if (w.errors.length) throw new Error(`Pagefind：${w.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close(); // a fresh indexer per shard: memory stays bounded by one shard
}

/** FNV-1a, for a stable shard of a code. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The page's first code (USCC or masked ID, IndexHints' weighted paragraph), lower case. */
const FIRST_CODE = /data-pagefind-weight="(?:9|10)">([^<\s]+)/;

function writeDisplay(dir: string, shards: string[] | undefined): { pages: number; displayBytes: number; displayRecords: boolean } {
  const fragDir = join(dir, 'fragment');
  const names = existsSync(fragDir) ? readdirSync(fragDir).filter((n) => n.endsWith('.pf_fragment')).sort() : [];
  const packed =
    !shards && names.length <= DISPLAY_MAX_PAGES
      ? packDisplay(names.map((name): [string, DisplayRecord] => [name.replace(/\.pf_fragment$/, ''), recordFromFragment(readFragment(join(fragDir, name)))]))
      : null;
  const body = JSON.stringify(shards ? { pages: names.length, packed, shards } : { pages: names.length, packed });
  writeFileSync(join(dir, DISPLAY_FILE), body);
  return { pages: names.length, displayBytes: gzipSync(body).length, displayRecords: packed !== null };
}

export async function buildSearchIndex(site: string): Promise<{ pages: number; displayBytes: number; displayRecords: boolean; shards: number }> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  // Every page is read once; only its IndexHints block is kept (about a tenth of the page).
  const files = htmlFiles(site);
  const count = Math.max(1, Math.ceil(files.length / SHARD_PAGES));
  const shards: Doc[][] = Array.from({ length: count }, () => []);
  files.forEach((file, i) => {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-search-hints')) return; // not a page search should find
    const content = hintsOnly(html);
    const rel = relative(site, file).split(sep).join('/');
    const code = FIRST_CODE.exec(content)?.[1]?.toLowerCase();
    shards[code ? hash(code) % count : i % count]!.push({ url: '/' + rel.replace(/(^|\/)index\.html$/, '$1'), content });
  });
  const pf = join(site, 'pagefind');
  rmSync(pf, { recursive: true, force: true });
  const names = Array.from({ length: count - 1 }, (_, k) => `s${k + 1}/`);
  // Shards k ≥ 1 first: shard 0 is written into the parent folder last.
  for (let k = count - 1; k >= 0; k--) {
    const dir = k === 0 ? pf : join(pf, `s${k}`);
    await indexShard(shards[k]!, dir);
    if (k > 0) writeDisplay(dir, undefined);
  }
  const pages = shards.reduce((n, d) => n + d.length, 0);
  const first = writeDisplay(pf, count > 1 ? names : undefined);
  return { pages, displayBytes: first.displayBytes, displayRecords: first.displayRecords, shards: count };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.argv[2];
  if (!site) {
    console.error('用法：node --import tsx scripts/search-index.ts <构建目录>');
    process.exit(2);
  }
  try {
    const { pages, displayBytes, displayRecords, shards } = await buildSearchIndex(resolve(site));
    if (pages === 0) console.warn('搜索索引：没有找到任何带 IndexHints 的页面');
    console.log(`搜索索引：${pages} 个页面，${shards} 个分片；结果展示数据 ${displayRecords ? `${(displayBytes / 1024).toFixed(1)} KB（gzip）` : '按页加载（站点较大）'}`);
  } catch (e) {
    console.error(`搜索索引失败：${(e as Error).message}`);
    process.exit(1);
  }
}
