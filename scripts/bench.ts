/**
 * Build benchmark: the full portal against a bare Astro site, from the same generated rows.
 *
 *   npm run bench -- --rows 10000,100000
 *
 * For each size: writes a data set with the sample generator (.bench/data-<n>/), builds the
 * full portal from it (`scripts/build.ts`: validation, pages, images, downloads, search index)
 * and, in the same run, a bare Astro site with one trivial page per row (scripts/lib/bare-site.ts).
 * Prints per size: wall time per stage (from the build's `[stage]` lines), peak resident memory
 * of the whole process tree, HTML pages per second, output files and bytes, search index size
 * and documents, the first search's bytes and requests (scripts/bench-search.ts, in Chromium), and
 * the ratio full/bare. Then the growth from the smallest to the largest size.
 *
 * Options: --rows a,b,… (default 10000,100000), --no-bare, --no-search (skip the browser),
 * --keep (keep the built sites in .bench/). PORT for the search server (default 4418).
 * Everything goes to .bench/ (git-ignored). Builds run one after the other (2 cores).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareSite } from './lib/bare-site.ts';
import { dirStats, measure } from './lib/measure.ts';
import { readArgs } from './lib/args.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { filesUnder } from './lib/files.ts';
import { INDEX_MANIFEST, type IndexManifest } from '../src/lib/search/meta.ts';

const { values: opts } = readArgs(
  { rows: { type: 'string', default: '10000,100000' }, 'no-bare': { type: 'boolean', default: false }, 'no-search': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
  'npm run bench -- [--rows 10000,100000] [--no-bare] [--no-search] [--keep]',
);
const sizes = opts.rows.split(',').map(Number);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) {
  console.error('--rows 应为逗号分隔的正整数，例如 --rows 10000,100000');
  process.exit(2);
}
const bench = resolve('.bench');
const date = process.env['DISCLOSURE_DATE'] ?? SAMPLE_DAY;
const port = process.env['PORT'] ?? '4418';
const node = process.execPath;

interface Row {
  rows: number;
  ms: number;
  rss: number;
  stages: Record<string, { ms: number; files?: number | undefined }>;
  html: number;
  files: number;
  bytes: number;
  index: { files: number; bytes: number; records: number; documents: number };
  first?: { requests: number; kb: number; searchRequests: number; searchKb: number; worst: string } | undefined;
  bare?: { ms: number; rss: number; html: number; files: number } | undefined;
}

function htmlCount(dir: string): number {
  return filesUnder(dir, (name) => name.endsWith('.html')).length;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs scripts/bench-search.ts on a built site and reads its first-query table (the heaviest query). */
function firstQuery(site: string, data: string): Row['first'] {
  const r = spawnSync(node, ['--import', 'tsx', 'scripts/bench-search.ts'], {
    env: { ...process.env, OUT_DIR: site, PORTAL_DATA_DIR: data, PORT: port, DISCLOSURE_DATE: date },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stderr.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr.slice(-3000));
    return undefined;
  }
  let worst: Row['first'];
  for (const line of r.stdout.split('\n')) {
    const cols = line.split(/\t+/);
    if (cols.length < 7 || !/「/.test(cols[0]!)) continue;
    const q = { requests: Number(cols[1]), kb: parseFloat(cols[2]!), searchRequests: Number(cols[3]), searchKb: parseFloat(cols[4]!), worst: cols[0]! };
    if (!worst || q.kb > worst.kb) worst = q;
  }
  return worst;
}

async function runSize(rows: number): Promise<Row> {
  const data = join(bench, `data-${rows}`);
  const out = join(bench, `site-${rows}`);
  const stagesFile = join(bench, `stages-${rows}.txt`);
  console.error(`\n== ${rows} 行：生成数据 ${data}`);
  const g = spawnSync(node, ['--import', 'tsx', 'scripts/generate-sample-data.ts', '--rows', String(rows), '--out', data], { stdio: ['ignore', process.stderr, 'inherit'] });
  if (g.status !== 0) throw new Error('生成数据失败');

  console.error(`== ${rows} 行：完整构建 → ${out}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(stagesFile, { force: true });
  const full = await measure(node, ['--import', 'tsx', 'scripts/build.ts'], {
    ...process.env,
    PORTAL_DATA_DIR: data,
    OUT_DIR: out,
    ASTRO_CACHE_DIR: join(bench, 'astro-cache'),
    DISCLOSURE_DATE: date,
    BUILD_STAGES_FILE: stagesFile,
  }, { quiet: true });
  if (full.code !== 0) {
    console.error(full.output.slice(-5000));
    throw new Error(`完整构建失败（${rows} 行）`);
  }
  const stages: Row['stages'] = {};
  for (const line of readFileSync(stagesFile, 'utf8').split('\n')) {
    const m = /^\[stage\] (\S+) (\d+) ms(?: (\d+) files)?/.exec(line);
    if (m) stages[m[1]!] = { ms: Number(m[2]), files: m[3] ? Number(m[3]) : undefined };
  }
  const st = dirStats(out);
  const pf = join(out, 'pagefind');
  const idx = dirStats(pf);
  const manifest = JSON.parse(readFileSync(join(pf, INDEX_MANIFEST), 'utf8')) as IndexManifest;
  const row: Row = { rows, ms: full.ms, rss: full.peakRssMb, stages, html: htmlCount(out), files: st.files, bytes: st.bytes, index: { ...idx, records: manifest.records, documents: manifest.documents } };
  console.error(`   完整构建 ${s(full.ms)}，峰值内存 ${full.peakRssMb.toFixed(0)} MB，${row.html} 个 HTML 页面，${st.files} 个文件`);

  if (!opts['no-search']) {
    console.error(`== ${rows} 行：首次查询（Chromium，端口 ${port}）`);
    row.first = firstQuery(out, data);
  }

  if (!opts['no-bare']) {
    const bareDir = join(bench, `bare-${rows}`);
    const bareOut = join(bench, `bare-site-${rows}`);
    console.error(`== ${rows} 行：裸 Astro 构建 → ${bareOut}`);
    writeBareSite(bareDir);
    rmSync(bareOut, { recursive: true, force: true });
    const bare = await measure(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', bareDir], { ...process.env, OUT_DIR: bareOut, BARE_DATA_DIR: data }, { quiet: true });
    if (bare.code !== 0) {
      console.error(bare.output.slice(-5000));
      throw new Error(`裸 Astro 构建失败（${rows} 行）`);
    }
    const bs = dirStats(bareOut);
    row.bare = { ms: bare.ms, rss: bare.peakRssMb, html: htmlCount(bareOut), files: bs.files };
    console.error(`   裸 Astro ${s(bare.ms)}，峰值内存 ${bare.peakRssMb.toFixed(0)} MB，${row.bare.html} 个页面`);
    if (!opts.keep) rmSync(bareOut, { recursive: true, force: true });
  }
  if (!opts.keep) rmSync(out, { recursive: true, force: true });
  return row;
}

function print(results: Row[]): void {
  const cpu = cpus()[0]?.model ?? '?';
  console.log(`构建基准  ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC  机器：${cpus().length} 核 ${cpu}，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GB，Node ${process.version}，DISCLOSURE_DATE=${date}`);
  const head = ['', ...results.map((r) => `${r.rows} 行`)];
  const line = (label: string, f: (r: Row) => string) => [label, ...results.map(f)];
  const st = (r: Row, k: string) => (r.stages[k] ? `${s(r.stages[k]!.ms)}${r.stages[k]!.files !== undefined ? `（${r.stages[k]!.files} 个）` : ''}` : '—');
  const table = [
    head,
    line('完整构建 墙钟', (r) => s(r.ms)),
    line('  校验 validate', (r) => st(r, 'validate')),
    line('  页面 pages', (r) => st(r, 'pages')),
    line('  图片 images', (r) => st(r, 'images')),
    line('  下载 downloads', (r) => st(r, 'downloads')),
    line('  搜索索引 search index', (r) => st(r, 'search-index')),
    line('  替换 swap', (r) => st(r, 'swap')),
    line('峰值内存（进程树）', (r) => `${r.rss.toFixed(0)} MB`),
    line('HTML 页面 / 每秒', (r) => `${r.html} / ${(r.html / (r.ms / 1000)).toFixed(0)}`),
    line('输出 文件数 / 大小', (r) => `${r.files} / ${mb(r.bytes)}`),
    line('搜索索引 记录 / 文档 / 文件 / 大小', (r) => `${r.index.records} / ${r.index.documents} / ${r.index.files} / ${mb(r.index.bytes)}`),
    line('首次查询 请求 / gzip（全部）', (r) => (r.first ? `${r.first.requests} / ${r.first.kb.toFixed(1)} KB` : '—')),
    line('  其中搜索 请求 / gzip', (r) => (r.first ? `${r.first.searchRequests} / ${r.first.searchKb.toFixed(1)} KB` : '—')),
    line('  （最重的查询）', (r) => r.first?.worst ?? '—'),
    line('裸 Astro 墙钟', (r) => (r.bare ? s(r.bare.ms) : '—')),
    line('裸 Astro 峰值内存', (r) => (r.bare ? `${r.bare.rss.toFixed(0)} MB` : '—')),
    line('裸 Astro 页面 / 每秒 / 文件', (r) => (r.bare ? `${r.bare.html} / ${(r.bare.html / (r.bare.ms / 1000)).toFixed(0)} / ${r.bare.files}` : '—')),
    line('完整 / 裸 Astro（时间）', (r) => (r.bare ? `${(r.ms / r.bare.ms).toFixed(2)}×` : '—')),
  ];
  const width = (c: string) => [...c].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = head.map((_, i) => Math.max(...table.map((r) => width(r[i]!))));
  for (const r of table) console.log(r.map((c, i) => c + ' '.repeat(cols[i]! - width(c))).join('  ').trimEnd());
  if (results.length > 1) {
    const a = results[0]!;
    const b = results[results.length - 1]!;
    const k = b.rows / a.rows;
    console.log(`增长 ${a.rows} → ${b.rows} 行（×${k}）：完整构建时间 ×${(b.ms / a.ms).toFixed(2)}${b.bare ? `，裸 Astro ×${(b.bare.ms / a.bare!.ms).toFixed(2)}` : ''}，峰值内存 ×${(b.rss / a.rss).toFixed(2)}`);
  }
}

mkdirSync(bench, { recursive: true });
const results: Row[] = [];
for (const n of sizes) results.push(await runSize(n));
print(results);
