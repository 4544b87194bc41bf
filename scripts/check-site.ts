/**
 * `npm run check:site`: checks the built site in dist/ (or OUT_DIR):
 * - every internal link and asset (href, src, srcset) resolves to a file: 0 broken;
 * - no full resident ID number in any built file (HTML, JSON, CSV, XML, JS, the decompressed
 *   search index);
 * - no name or identifier of a taken-down entry in any built file.
 * Prints counts and every problem; exits 1 if any. Uses the same DISCLOSURE_DATE as the build.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { basePath, dataRoot, disclosureDate } from '../src/lib/config.ts';
import { loadPortal } from '../src/lib/load/index.ts';
import { extractLinks, forbiddenIn, internalPath, residentIdsIn } from '../src/lib/site-check.ts';

const dist = process.env['OUT_DIR'] ?? 'dist';
const base = basePath();
const origin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const TEXT = new Set(['.html', '.json', '.csv', '.xml', '.txt', '.js', '.css', '.svg', '.webmanifest']);
const PAGEFIND = new Set(['.pf_fragment', '.pf_meta', '.pf_index', '.pf_filter']);

function readBuilt(path: string): string | null {
  const ext = extname(path);
  if (TEXT.has(ext) || path.endsWith('_headers')) return readFileSync(path, 'utf8');
  if (PAGEFIND.has(ext)) {
    const raw = readFileSync(path);
    try {
      return gunzipSync(raw).toString('utf8');
    } catch {
      return raw.toString('utf8');
    }
  }
  return null;
}

const { portal, issues } = loadPortal({ root: dataRoot(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: disclosureDate() });
if (issues.length) {
  console.error('数据未通过校验，无法检查构建结果：请先运行 npm run validate');
  process.exit(1);
}
// Names and identifiers of taken-down entries, unless the same value is also published by an
// active entry (an organisation on two lists may be active on one and expired on the other).
const activeValues = new Set<string>();
const takenDown = new Set<string>();
for (const list of portal.lists.values()) {
  for (const e of list.entries) {
    const values = [e.subject_name, e.uscc, e.id_masked].filter((v): v is string => !!v);
    for (const v of values) (e.status === 'active' ? activeValues : takenDown).add(v);
  }
}
const forbidden = [...takenDown].filter((v) => !activeValues.has(v));

const files = walk(dist);
const fileSet = new Set(files.map((f) => '/' + relative(dist, f).split(sep).join('/')));
const problems: string[] = [];
let links = 0;
let scanned = 0;

for (const file of files) {
  const rel = '/' + relative(dist, file).split(sep).join('/');
  const text = readBuilt(file);
  if (text === null) continue;
  scanned++;
  for (const id of residentIdsIn(text)) problems.push(`${rel}: 含完整居民身份证号码 ${id.slice(0, 6)}…`);
  for (const name of forbiddenIn(text, forbidden)) problems.push(`${rel}: 含已停止公示条目的名称或标识“${name}”`);
  if (extname(file) !== '.html') continue;
  const pageUrl = base + rel.slice(1).replace(/index\.html$/, '');
  for (const link of extractLinks(text)) {
    const path = internalPath(link, pageUrl, origin);
    if (path === null) continue;
    links++;
    if (!path.startsWith(base)) {
      problems.push(`${rel}: 链接 ${link} 不在站点路径 ${base} 之下`);
      continue;
    }
    const inSite = '/' + path.slice(base.length);
    const ok = fileSet.has(inSite) || fileSet.has(inSite.replace(/\/?$/, '/index.html')) || (inSite === '/' && fileSet.has('/index.html'));
    if (!ok) problems.push(`${rel}: 链接 ${link} 指向不存在的文件`);
  }
}

if (!existsSync(join(dist, 'index.html'))) problems.push('/index.html: 首页不存在');
console.log(`构建结果检查：${files.length} 个文件，扫描 ${scanned} 个文本文件，${links} 个站内链接，${forbidden.length} 个已停止公示的名称/标识。`);
if (problems.length) {
  for (const p of problems.slice(0, 200)) console.error(p);
  if (problems.length > 200) console.error(`……另有 ${problems.length - 200} 个问题`);
  console.error(`发现 ${problems.length} 个问题。`);
  process.exit(1);
}
console.log('0 个失效链接，0 个身份证号码，0 个已停止公示的名称。');
