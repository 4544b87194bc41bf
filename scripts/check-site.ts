/**
 * `npm run check:site`: checks the built site in dist/ (or OUT_DIR):
 * - every internal link and asset (href, src, srcset) resolves to a file: 0 broken;
 * - no full resident ID number, in any form (18 or 15 digits, full-width, split), in any built
 *   file that is text (HTML, JSON, CSV, XML, JS, feeds, the decompressed search index…) nor in
 *   the text drawn into the social images (the same cards the build renders, src/lib/og/cards.ts);
 * - no name or identifier of a taken-down entry in any built file.
 * Prints counts and every problem; exits 1 if any. Uses the same DISCLOSURE_DATE as the build.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, sep, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { basePath, dataRoot, disclosureDate } from '../src/lib/config.ts';
import { loadPortal } from '../src/lib/load/index.ts';
import { extractLinks, forbiddenIn, internalPath, residentIdProblems } from '../src/lib/site-check.ts';
import { ogCards } from '../src/lib/og/cards.ts';
import { ogImagePath } from '../src/lib/paths.ts';
import { filesUnder } from './lib/files.ts';
import { readableFragment } from './lib/search-bundle.ts';

const dist = process.env['OUT_DIR'] ?? 'dist';
const base = basePath();
const origin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;

const PAGEFIND = new Set(['.pf_fragment', '.pf_meta', '.pf_index', '.pf_filter']);
/** Files that are not text: images, fonts, WebAssembly. Everything else is scanned as UTF-8. */
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.wasm', '.pagefind']);

function readBuilt(path: string): string | null {
  const ext = extname(path);
  if (PAGEFIND.has(ext)) {
    const raw = readFileSync(path);
    let text: string;
    try {
      text = gunzipSync(raw).toString('utf8');
    } catch {
      text = raw.toString('utf8');
    }
    return ext === '.pf_fragment' ? readableFragment(text) : text;
  }
  if (BINARY.has(ext)) return null;
  return readFileSync(path, 'utf8');
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

const files = filesUnder(dist);
const fileSet = new Set(files.map((f) => '/' + relative(dist, f).split(sep).join('/')));
const problems: string[] = [];
let links = 0;
let scanned = 0;

for (const file of files) {
  const rel = '/' + relative(dist, file).split(sep).join('/');
  const text = readBuilt(file);
  if (text === null) continue;
  scanned++;
  problems.push(...residentIdProblems(rel, text));
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

// The images are pixels; what they show is the cards' text, checked from the same source.
let cards = 0;
for (const card of ogCards(portal)) {
  cards++;
  const where = `${ogImagePath(card.kind, card.id)}（社交图片文字）`;
  const text = [card.eyebrow, card.title, card.meta].join('\n');
  problems.push(...residentIdProblems(where, text));
  for (const name of forbiddenIn(text, forbidden)) problems.push(`${where}: 含已停止公示条目的名称或标识“${name}”`);
}

if (!existsSync(join(dist, 'index.html'))) problems.push('/index.html: 首页不存在');
console.log(`构建结果检查：${files.length} 个文件，扫描 ${scanned} 个文本文件和 ${cards} 张社交图片的文字，${links} 个站内链接，${forbidden.length} 个已停止公示的名称/标识。`);
if (problems.length) {
  for (const p of problems.slice(0, 200)) console.error(p);
  if (problems.length > 200) console.error(`……另有 ${problems.length - 200} 个问题`);
  console.error(`发现 ${problems.length} 个问题。`);
  process.exit(1);
}
console.log('0 个失效链接，0 个身份证号码，0 个已停止公示的名称。');
