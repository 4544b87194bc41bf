/**
 * Makes the "hostile" copy of the portal's data and content:
 * every kind of text field that reaches a page, a download, a feed, an image or the search index
 * gets an HTML/script/CSV-formula payload, while the data stays VALID (it passes validation, so
 * it is built like real data). tests/hostile/hostile.spec.ts then checks that every payload is
 * shown as text and nothing runs.
 *
 *   tsx scripts/make-hostile-fixture.ts [DIR]     (default: $HOSTILE_DIR or <tmp>/portal-hostile-<hash>)
 *
 * Writes DIR/data, DIR/content and DIR/manifest.json (pages and names for the test). Build it with
 * PORTAL_DATA_ROOT=DIR PORTAL_DATA_DIR=DIR/data (scripts/test-hostile.ts does all of it).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Papa from 'papaparse';
import { parseDocument, stringify } from 'yaml';
import { formatIssue } from '../src/lib/issues.ts';
import { loadPortal } from '../src/lib/load/index.ts';
import { hostileDir } from './lib/scratch-dirs.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { filesUnder } from './lib/files.ts';

export const DISCLOSURE_DATE = process.env['DISCLOSURE_DATE'] ?? SAMPLE_DAY;

/** The payloads. Each is text: it must come out of every output as the same visible text. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  js: 'javascript:alert(1)',
  title: '</title><script>alert(1)</script>',
  cdata: ']]></description><script>alert(1)</script>',
  formula: "=cmd|' /C calc'!A0",
  formulaPlus: '+SUM(1,1)*cmd',
  formulaAt: '@SUM(1,1)',
  formulaMinus: '-2+3+cmd|\' /C calc\'!A0',
  svg: "'><svg onload=alert(1)>",
  entity: '&lt;b&gt;&amp;',
  template: '{{constructor.constructor("alert(1)")()}}',
} as const;
const ALL = Object.values(PAYLOADS);
/** A Chinese marker in every payload name, so that search can find them: 恶意测试. */
export const MARK = '恶意测试';

export interface HostileManifest {
  root: string;
  disclosureDate: string;
  payloads: typeof PAYLOADS;
  /** Entry whose subject name carries the <img> payload: [list, entry, name]. */
  entry: { list: string; id: string; name: string; uscc?: string | undefined };
  /** An entry with a payload name that is no longer shown: its page is a take-down notice. */
  takenDown: { list: string; id: string; name: string };
  /** Texts every MDX body shows as text (BODY_TEXTS). */
  bodyTexts: string[];
  /** A list whose title and description carry payloads. */
  list: string;
  listTitle: string;
  caseId: string;
  caseTitle: string;
  noticeId: string;
  noticeTitle: string;
  month: string;
  area: string;
  areaSummary: string;
  unitName: string;
  searchQuery: string;
}

let n = 0;
/** The next payload, in turn, so that every field sees several kinds. */
const next = () => ALL[n++ % ALL.length]!;

const walk = (dir: string, ext: RegExp) => filesUnder(dir, (name) => ext.test(name));

function readCsvRows(path: string): { fields: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { fields: r.meta.fields ?? [], rows: r.data };
}

function writeCsvRows(path: string, fields: string[], rows: Record<string, string>[]): void {
  writeFileSync(path, Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n');
}

/** Rewrites an MDX file's front matter with `edit`, and appends hostile text to its body. */
function editMdx(path: string, edit: (data: Record<string, unknown>) => void): Record<string, unknown> {
  const source = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!m) throw new Error(`no front matter in ${path}`);
  const data = parseDocument(m[1]!).toJS() as Record<string, unknown>;
  edit(data);
  writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---\n${m[2]}\n${hostileBody()}\n`);
  return data;
}

/**
 * Hostile text in an MDX body. Editors' MDX is content: validation refuses every raw tag,
 * expression, import/export and link scheme outside http, https, mailto and tel
 * (src/lib/active-content.ts). So the body carries every ALLOWED form that could be abused,
 * each filled with payloads, and must still validate and come out as inert text: escaped tags
 * and braces, code spans and blocks with script, payloads in link text, link titles, image alt
 * text and titles, the portal's components with payload props and children, attribute-free
 * formatting tags around payloads, an editors' comment holding a script, and links with each
 * allowed scheme. tests/hostile/ checks the pages; `BODY_TEXTS` is what must show as text.
 */
const esc = (s: string) => s.replace(/[\\<>{}*_[\]`&]/g, (c) => `\\${c}`);
/** A JSX attribute value between double quotes: `"` and `&` as character references. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** A Markdown link title between double quotes. */
const title = (s: string) => s.replace(/[\\"]/g, (c) => `\\${c}`);

/**
 * Visible texts the body must show, as text, on the area, case and notice pages (without
 * straight quotes: the build's smart punctuation curls them in body text).
 */
export const BODY_TEXTS = [
  `${MARK}正文：${PAYLOADS.script}`,
  '链接文字<img src=x onerror=alert(1)>',
  '要点<svg onload=alert(1)>',
  `时间线${PAYLOADS.title}`,
  '上标{{constructor.constructor(',
];

function hostileBody(): string {
  return [
    `${MARK}正文：${ALL.map(esc).join(' 、 ')}`,
    '',
    `代码形式：\`${PAYLOADS.img}\` 与 \`${PAYLOADS.script}\``,
    '',
    '```html',
    PAYLOADS.script,
    PAYLOADS.img,
    '```',
    '',
    `[${esc(BODY_TEXTS[1]!)}${esc(PAYLOADS.img)}](https://example.org/?q=%3Cscript%3E "${title(`${PAYLOADS.script}${PAYLOADS.img}`)}") ` +
      `[${esc(PAYLOADS.js)}](mailto:editor@example.org "${title(PAYLOADS.js)}") [电话](tel:12345) [站内](../ "${title(PAYLOADS.svg)}")`,
    '',
    `![${esc(PAYLOADS.img)}](https://example.org/logo.png "${title(PAYLOADS.script)}")`,
    '',
    `{/* ${PAYLOADS.script} ${PAYLOADS.js} */}`,
    '',
    `<FactBox title="${attr(`${BODY_TEXTS[2]}${PAYLOADS.svg}`)}">`,
    '',
    `- ${esc(PAYLOADS.img)} <strong>${esc(PAYLOADS.script)}</strong>`,
    '',
    '</FactBox>',
    '',
    `<Timeline title="${attr(PAYLOADS.img)}">`,
    `  <TimelineEvent date="2020-11-03">${esc(`时间线${PAYLOADS.title}`)}</TimelineEvent>`,
    '</Timeline>',
    '',
    `<sup>${esc(`上标${PAYLOADS.template}`)}</sup><br/><sub>${esc(PAYLOADS.cdata)}</sub>`,
  ].join('\n');
}

export function makeHostileFixture(dirArg?: string): HostileManifest {
  const repo = process.cwd();
  const root = dirArg ? resolve(dirArg) : hostileDir();
  // The directory's data/ and content/ are replaced: never the repository's own.
  if (repo === root || repo.startsWith(root + sep)) throw new Error(`HOSTILE_DIR (${root}) must not contain the repository`);
  for (const d of ['data', 'content']) rmSync(join(root, d), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  const data = join(root, 'data');
  const content = join(root, 'content');

  // Statuses from the real data: payload names go on entries that are published on the date.
  const { portal } = loadPortal({ root: repo, disclosureDate: DISCLOSURE_DATE });

  // Units: names appear on every entry, case, progress and score page.
  const units = readCsvRows(join(data, 'units.csv'));
  const unitRow = units.rows.find((u) => u['id'] === 'human-resources') ?? units.rows[1]!;
  unitRow['name'] = `${unitRow['name']}${PAYLOADS.svg}`;
  writeCsvRows(join(data, 'units.csv'), units.fields, units.rows);

  // City settings: the general channel, the lead office and the plan's title reach every page's
  // footer, the tip-off page and the areas without a channel of their own.
  const cityPath = join(data, 'city.yml');
  const city = parseDocument(readFileSync(cityPath, 'utf8'));
  for (const key of ['name', 'operator', 'note']) city.setIn(['general_channel', key], `${city.getIn(['general_channel', key]) ?? ''}${next()}`);
  city.set('lead_office', `${city.get('lead_office')}${next()}`);
  city.setIn(['plan', 'title'], `${city.getIn(['plan', 'title'])}${next()}`);
  writeFileSync(cityPath, city.toString({ lineWidth: 0 }));
  const general = city.toJS().general_channel as Record<string, unknown>;

  // Lists: two published entries per list (name, legal rep, reason, basis, decision no., extra
  // text columns) and one taken-down entry; the first list's title and description.
  let entry: HostileManifest['entry'] | undefined;
  let takenDown: HostileManifest['takenDown'] | undefined;
  for (const [listId, list] of portal.lists) {
    const path = join(data, 'lists', listId, 'entries.csv');
    const csv = readCsvRows(path);
    const textColumns = list.meta.columns.filter((c) => c.type === 'text').map((c) => c.key);
    const active = list.entries.filter((e) => e.status === 'active').slice(0, 2).map((e) => e.id);
    const gone = list.entries.find((e) => e.status !== 'active' && e.status !== 'pending');
    for (const row of csv.rows) {
      if (active.includes(row['id']!)) {
        row['subject_name'] = `${MARK}${row['id']}${next()}${row['subject_name']}`;
        // Appended to some cells and put first in others: a spreadsheet formula only counts at the start.
        for (const k of ['legal_rep', 'basis', 'decision_no']) if (row[k]) row[k] = `${row[k]}${next()}`;
        for (const k of ['reason', ...textColumns]) if (row[k] || k === 'reason') row[k] = `${next()}${row[k] ?? ''}`;
        if (!entry && row['subject_name']!.includes(PAYLOADS.img) && row['subject_type'] !== 'person') {
          entry = { list: listId, id: row['id']!, name: row['subject_name']!, uscc: row['uscc'] || undefined };
        }
      }
      if (gone && row['id'] === gone.id && !takenDown) {
        row['subject_name'] = `已停止公示${MARK}${PAYLOADS.script}`;
        takenDown = { list: listId, id: gone.id, name: row['subject_name'] };
      }
    }
    writeCsvRows(path, csv.fields, csv.rows);
  }
  const firstList = [...portal.lists.keys()][0]!;
  const metaPath = join(data, 'lists', firstList, 'meta.yml');
  const meta = parseDocument(readFileSync(metaPath, 'utf8'));
  const listTitle = `${meta.get('title')}${PAYLOADS.title}`;
  meta.set('title', listTitle);
  meta.set('description', `${meta.get('description')}${PAYLOADS.cdata}${PAYLOADS.img}`);
  writeFileSync(metaPath, meta.toString({ lineWidth: 0 }));

  // Progress summaries and score remarks, every month.
  for (const path of walk(join(data, 'progress'), /\.csv$/)) {
    const csv = readCsvRows(path);
    csv.rows.slice(0, 3).forEach((r) => (r['summary'] = `${r['summary']}${next()}`));
    writeCsvRows(path, csv.fields, csv.rows);
  }
  for (const path of walk(join(data, 'scores'), /\.csv$/)) {
    const csv = readCsvRows(path);
    csv.rows.slice(0, 3).forEach((r) => (r['remarks'] = `${r['remarks'] ?? ''}${next()}`));
    writeCsvRows(path, csv.fields, csv.rows);
  }

  // Areas: summary, channel name, operator and note.
  let area = '';
  let areaSummary = '';
  for (const path of walk(join(content, 'areas'), /\.mdx$/)) {
    const fm = editMdx(path, (d) => {
      d['summary'] = `${d['summary']}${next()}`;
      const channels = d['channels'] as Record<string, unknown>[];
      // A fallback channel must be the city's general one, word for word: it carries the city's payloads.
      for (const ch of channels) if (ch['scope'] === 'fallback') for (const key of ['name', 'operator', 'note']) ch[key] = general[key];
      const ch = channels[0]!;
      if (ch['scope'] !== 'fallback') for (const key of ['name', 'operator', 'note']) ch[key] = `${ch[key] ?? ''}${next()}`;
    });
    if (!area) {
      area = String(fm['slug']);
      areaSummary = String(fm['summary']);
    }
  }

  // Cases: title (≤ 60 characters), summary, outcome, subject names, amount labels, measure
  // notes, source titles and issuers; body.
  let caseId = '';
  let caseTitle = '';
  for (const path of walk(join(content, 'cases'), /\.mdx$/)) {
    const fm = editMdx(path, (d) => {
      const payload = next();
      d['title'] = `${MARK}${payload}${String(d['title'])}`.slice(0, 60);
      d['summary'] = `${d['summary']}${next()}`;
      d['outcome'] = `${d['outcome']}${next()}`;
      for (const s of (d['subjects'] as Record<string, unknown>[]) ?? []) if (s['name']) s['name'] = `${s['name']}${next()}`;
      for (const a of (d['amounts'] as Record<string, unknown>[] | undefined) ?? []) a['label'] = `${a['label']}${next()}`;
      d['measures'] = ((d['measures'] as unknown[]) ?? []).map((m, i) => (i === 0 ? { ...(typeof m === 'string' ? { measure: m } : (m as object)), note: next() } : m));
      for (const s of (d['sources'] as Record<string, unknown>[]) ?? []) {
        s['title'] = `${s['title']}${next()}`;
        s['issuer'] = `${s['issuer']}${next()}`;
      }
    });
    const id = relative(join(content, 'cases'), path).replace(/\.mdx$/, '').split('/').pop()!;
    if (!caseId && String(fm['title']).includes('<')) {
      caseId = id;
      caseTitle = String(fm['title']);
    }
  }

  // Notices: title, summary, body.
  let noticeId = '';
  let noticeTitle = '';
  for (const path of walk(join(content, 'notices'), /\.mdx$/)) {
    const fm = editMdx(path, (d) => {
      d['title'] = `${MARK}${next()}${d['title']}`;
      d['summary'] = `${d['summary']}${next()}`;
    });
    noticeId = path.split('/').pop()!.replace(/\.mdx$/, ''); // the newest (last) one
    noticeTitle = String(fm['title']);
  }

  if (!entry || !takenDown || !caseId || !noticeId) throw new Error('hostile fixture: the sample data has no place for a payload of every kind');
  const manifest: HostileManifest = {
    root,
    disclosureDate: DISCLOSURE_DATE,
    payloads: PAYLOADS,
    bodyTexts: BODY_TEXTS,
    entry,
    takenDown,
    list: firstList,
    listTitle,
    caseId,
    caseTitle,
    noticeId,
    noticeTitle,
    month: portal.progress.at(-1)!.month,
    area,
    areaSummary,
    unitName: unitRow['name']!,
    searchQuery: MARK,
  };

  // The copy must still be valid data: otherwise the build would stop and nothing be tested.
  const { issues } = loadPortal({ root, disclosureDate: DISCLOSURE_DATE });
  if (issues.length) {
    for (const i of issues.slice(0, 30)) console.error(formatIssue(i));
    throw new Error(`hostile fixture does not validate (${issues.length} issues)`);
  }
  writeFileSync(join(root, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/make-hostile-fixture.ts')) {
  const m = makeHostileFixture(process.argv[2]);
  console.log(`恶意输入测试数据：${m.root}（${n} 处注入，数据校验通过）`);
  if (!existsSync(join(m.root, 'manifest.json'))) process.exit(1);
}
