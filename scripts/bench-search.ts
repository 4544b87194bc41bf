/**
 * Search benchmark on a built site, in Chromium:
 *
 *   OUT_DIR=dist DISCLOSURE_DATE=2026-11-27 npx tsx scripts/bench-search.ts
 *   PORTAL_DATA_DIR=.bench/data OUT_DIR=.bench/dist DISCLOSURE_DATE=2026-11-27 npx tsx scripts/bench-search.ts
 *
 * (BASE_PATH as used for the build; PORT, default 4417.) Prints:
 * - the first query: `/search/?q=…` opened in a fresh browser (empty cache), every response
 *   from navigation to the first results shown, in requests and bytes: as served, and as a
 *   static host sends them gzip-compressed (Pagefind's binary files are gzip already). The
 *   search's own share (Pagefind bundle, index, manifest) is printed apart from the page
 *   (HTML, CSS, scripts). Several query shapes: 2, 3 and 4 characters, a name, a USCC.
 * - warm-query latency: on the loaded page, queries from the generated query set submitted
 *   through the page's form, from submit to results shown (median and 95th percentile).
 * - the index: records, index chunks and their sizes.
 */
import { chromium, type Response } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, disclosureDate } from '../src/lib/config.ts';
import { loadPortal } from '../src/lib/load/index.ts';
import { generateQueries, querySourceOf } from './lib/search-queries.ts';
import { readIndexedPages } from './lib/search-bundle.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { submitSearch } from './lib/search-page.ts';
import { readArgs } from './lib/args.ts';

const verbose = readArgs({ verbose: { type: 'boolean', default: false } }, 'OUT_DIR=dist npx tsx scripts/bench-search.ts [--verbose]').values.verbose;

const site = resolve(process.env['OUT_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4417);
const base = basePath();
const origin = `http://localhost:${port}`;
const WARM_QUERIES = 60;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

interface Transfer {
  url: string;
  raw: number;
  gzip: number;
  search: boolean;
}

async function measure(r: Response): Promise<Transfer | null> {
  let body: Buffer;
  try {
    body = await r.body();
  } catch {
    return null; // a redirect or an aborted request has no body
  }
  const path = new URL(r.url()).pathname;
  const alreadyCompressed = /\.(pf_index|pf_meta|pf_filter|pf_fragment|pagefind|png|woff2)$/.test(path);
  return { url: path, raw: body.length, gzip: alreadyCompressed ? body.length : gzipSync(body).length, search: path.startsWith(`${base}pagefind/`) };
}

async function main(): Promise<void> {
  const { portal, issues } = loadPortal({ root: process.cwd(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: disclosureDate() });
  if (issues.length) throw new Error(`数据有 ${issues.length} 个问题（PORTAL_DATA_DIR 是否与构建一致？）`);
  const indexed = readIndexedPages(site);
  const set = generateQueries(querySourceOf(portal), indexed);
  const pick = (pred: (q: (typeof set.recall)[number]) => boolean, label: string) => {
    const q = set.recall.find(pred);
    return q ? { label, query: q.query } : null;
  };
  const firstQueries = [
    pick((q) => q.kind === 'org-fragment' && [...q.query].length === 2, '名称片段 2 字'),
    pick((q) => q.kind === 'org-fragment' && [...q.query].length === 3, '名称片段 3 字'),
    pick((q) => q.kind === 'org-fragment' && [...q.query].length === 4, '名称片段 4 字'),
    pick((q) => q.kind === 'person', '姓名'),
    pick((q) => q.kind === 'uscc', '信用代码'),
  ].filter((x): x is { label: string; query: string } => x !== null);

  const pf = join(site, 'pagefind');
  const chunks = readdirSync(join(pf, 'index')).map((n) => statSync(join(pf, 'index', n)).size);
  console.log(`站点 ${site}：索引页面 ${indexed.length} 个；索引分块 ${chunks.length} 个，共 ${kb(chunks.reduce((a, b) => a + b, 0))}，中位 ${kb(median(chunks))}，最大 ${kb(Math.max(...chunks))}`);

  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { env: { ...process.env, OUT_DIR: site, PORT: String(port), BASE_PATH: base }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok) => server.stdout!.once('data', () => ok()));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    console.log('\n首次查询（空缓存，从打开 /search/?q=… 到显示结果；gzip 为静态主机压缩传输后的字节数）');
    console.log('查询\t\t\t全部请求\t全部 gzip\t其中搜索请求\t搜索 gzip\t搜索原始\t耗时');
    for (const { label, query } of firstQueries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<Transfer | null>[] = [];
      page.on('response', (r) => pending.push(measure(r)));
      const t0 = Date.now();
      await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search-app][data-search-run]').waitFor();
      const ms = Date.now() - t0;
      const all = (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
      const search = all.filter((t) => t.search);
      const sum = (ts: Transfer[], k: 'raw' | 'gzip') => ts.reduce((a, t) => a + t[k], 0);
      console.log(`${label}「${query}」\t${all.length}\t\t${kb(sum(all, 'gzip'))}\t${search.length}\t\t${kb(sum(search, 'gzip'))}\t${kb(sum(search, 'raw'))}\t${ms} ms`);
      if (verbose) for (const t of all) console.log(`    ${t.url}\t${t.raw}\t${t.gzip}`);
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(firstQueries[0]?.query ?? '兰州')}`);
    await page.locator('[data-search-app][data-search-run]').waitFor();
    const queries = set.recall.filter((_, i) => i % Math.max(1, Math.floor(set.recall.length / WARM_QUERIES)) === 0).slice(0, WARM_QUERIES);
    const times: number[] = [];
    for (const q of queries) times.push((await submitSearch(page, q.query)).ms);
    const repeat: number[] = [];
    for (const q of queries.slice(0, 20)) repeat.push((await submitSearch(page, q.query)).ms);
    console.log(`\n热查询延迟（页面已加载，${times.length} 条不同查询，含新词所需的索引分块下载）：中位 ${median(times).toFixed(1)} ms，p95 ${p95(times).toFixed(1)} ms`);
    console.log(`重复查询（索引分块均已加载，${repeat.length} 条）：中位 ${median(repeat).toFixed(1)} ms，p95 ${p95(repeat).toFixed(1)} ms`);
    await context.close();
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
