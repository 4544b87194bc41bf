/**
 * Queries for lists, entries, organisations (subjects) and open data. Everything is derived once
 * per build from the loaded portal and memoised: pages never scan the whole data set, so the
 * build grows linearly with the number of rows.
 *
 * Only `active` entries are published. Taken-down entries (expired, removed) appear here only as
 * a take-down notice (their id, list and the day publication stopped) and in counts.
 */
import { CORE_COLUMNS, CORE_COLUMN_DOCS } from '../../schemas/list-entry.ts';
import { LIST_KIND_LABELS, SUBJECT_TYPE_LABELS, type ColumnSpec, type ListKind, type ListMeta } from '../../schemas/list-meta.ts';
import { examCheatingLabels, type ExamCheatingRow } from '../../schemas/exam-cheating.ts';
import type { FiguresMeta } from '../../schemas/figures.ts';
import { formatNumber } from '../numbers.ts';
import { dateLabel, isIsoDay } from '../dates.ts';
import { povertyReliefLabels } from '../../schemas/poverty-relief.ts';
import type { AreaRecord } from '../areas/load.ts';
import type { EntryRecord } from './load.ts';
import type { Cell, OpenDataColumn } from '../open-data/serialise.ts';
import { portal, unitName } from '../queries.ts';
import { subjectPath, areaPath, listPath } from '../paths.ts';
import type { Page, PaginateFunction } from 'astro';

/** Rows per page of a list's table. */
export const PAGE_SIZE = 50;

export interface StatusCounts {
  active: number;
  expired: number;
  removed: number;
  pending: number;
}

export interface ListView {
  id: string;
  meta: ListMeta;
  area: AreaRecord;
  /** Name of the list's deciding authority. */
  authorityName: string;
  /** Active entries, newest first (listed_on, then id, descending). */
  active: EntryRecord[];
  /** Expired and removed entries (for their notice pages only). */
  takenDown: EntryRecord[];
  counts: StatusCounts;
  /** Last day the published list changed (a listing or a take-down), on or before the disclosure date. */
  lastChange: string | undefined;
  /** Pages of the table (at least 1). */
  pages: number;
}

const KIND_ORDER: Record<ListKind, number> = { blacklist: 0, warning: 1, register: 2, redlist: 3 };

let memo: { lists: Map<string, ListView>; subjects: Map<string, SubjectView> } | undefined;

function build() {
  if (memo) return memo;
  const p = portal();
  const lists = new Map<string, ListView>();
  const all = [...p.lists.values()].sort((a, b) => {
    const aa = p.areas.get(a.meta.area)!;
    const bb = p.areas.get(b.meta.area)!;
    return aa.number - bb.number || KIND_ORDER[a.meta.kind] - KIND_ORDER[b.meta.kind] || a.id.localeCompare(b.id);
  });
  for (const list of all) {
    const counts: StatusCounts = { active: 0, expired: 0, removed: 0, pending: 0 };
    const active: EntryRecord[] = [];
    const takenDown: EntryRecord[] = [];
    let lastChange: string | undefined;
    for (const e of list.entries) {
      counts[e.status]++;
      if (e.status === 'pending') continue;
      if (e.status === 'active') active.push(e);
      else takenDown.push(e);
      const changed = e.status === 'active' ? e.listed_on : e.stopped_on;
      if (!lastChange || changed > lastChange) lastChange = changed;
    }
    active.sort(newestFirst);
    lists.set(list.id, {
      id: list.id,
      meta: list.meta,
      area: p.areas.get(list.meta.area)!,
      authorityName: unitName(list.meta.authority),
      active,
      takenDown,
      counts,
      lastChange,
      pages: Math.max(1, Math.ceil(active.length / PAGE_SIZE)),
    });
  }

  // Organisations by USCC, active entries only.
  const subjects = new Map<string, SubjectView>();
  for (const view of lists.values()) {
    for (const entry of view.active) {
      if (!entry.uscc) continue;
      let s = subjects.get(entry.uscc);
      if (!s) subjects.set(entry.uscc, (s = { uscc: entry.uscc, name: entry.subject_name, names: [], legalReps: [], districts: [], entries: [] }));
      s.entries.push({ view, entry });
    }
  }
  for (const s of subjects.values()) {
    s.entries.sort((a, b) => newestFirst(a.entry, b.entry) || a.view.id.localeCompare(b.view.id));
    s.name = s.entries[0]!.entry.subject_name;
    s.names = unique(s.entries.map((x) => x.entry.subject_name));
    s.legalReps = unique(s.entries.map((x) => x.entry.legal_rep));
    s.districts = unique(s.entries.map((x) => x.entry.district));
  }
  memo = { lists, subjects };
  return memo;
}

function newestFirst(a: EntryRecord, b: EntryRecord): number {
  return b.listed_on.localeCompare(a.listed_on) || b.id.localeCompare(a.id);
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

/** Every list, by area number, then blacklists, warning lists, registers. */
export function listViews(): ListView[] {
  return [...build().lists.values()];
}

export function listView(id: string): ListView {
  const v = build().lists.get(id);
  if (!v) throw new Error(`unknown list ${id}`);
  return v;
}

/** The lists of one area, in catalogue order. */
export function areaListViews(slug: string): ListView[] {
  return listViews().filter((v) => v.meta.area === slug);
}

/** /lists/: every area with its lists (possibly none). */
export function catalogue(): { area: AreaRecord; lists: ListView[] }[] {
  const byArea = new Map<string, ListView[]>();
  for (const v of listViews()) byArea.set(v.meta.area, [...(byArea.get(v.meta.area) ?? []), v]);
  return [...portal().areas.values()].map((area) => ({ area, lists: byArea.get(area.slug) ?? [] }));
}

/** Totals over all lists (for the catalogue's lead sentence). */
export function listTotals(): StatusCounts & { lists: number; activeByKind: Record<ListKind, number> } {
  const t = { lists: 0, active: 0, expired: 0, removed: 0, pending: 0, activeByKind: { blacklist: 0, warning: 0, register: 0, redlist: 0 } };
  for (const v of listViews()) {
    t.lists++;
    t.activeByKind[v.meta.kind] += v.counts.active;
    t.active += v.counts.active;
    t.expired += v.counts.expired;
    t.removed += v.counts.removed;
    t.pending += v.counts.pending;
  }
  return t;
}

// ---------------------------------------------------------------- table pages

export interface TablePage {
  view: ListView;
  /** 1-based. */
  page: number;
  rows: EntryRecord[];
  /** 1-based number of the first row on the page (0 when the list is empty). */
  first: number;
  last: number;
}

/** getStaticPaths for /lists/<id>/ and /lists/<id>/<n>/ (n ≥ 2), paged by Astro's paginate(). */
export function tablePagePaths(paginate: PaginateFunction) {
  return listViews().flatMap((view) => paginate(view.active, { pageSize: PAGE_SIZE, params: { list: view.id }, props: { listId: view.id } }));
}

export function tablePage(listId: string, page: Page<EntryRecord>): TablePage {
  const rows = page.data;
  return { view: listView(listId), page: page.currentPage, rows, first: rows.length ? page.start + 1 : 0, last: rows.length ? page.end + 1 : 0 };
}

// ---------------------------------------------------------------- entries

/** getStaticPaths for /lists/<id>/<entry-id>/: active entries and the notices of taken-down ones. */
export function entryPaths() {
  return listViews().flatMap((view) => [...view.active, ...view.takenDown].map((entry) => ({ params: { list: view.id, entry: entry.id }, props: { listId: view.id, entryId: entry.id } })));
}

export interface Field {
  key: string;
  label: string;
  /** Text as shown (formatted numbers with unit, Chinese labels for codes), or '' when empty. */
  text: string;
  /** Link for the value (organisation page for a USCC). */
  path?: string | undefined;
  /** Monospaced identifiers. */
  code?: boolean;
}

export interface EntryView {
  view: ListView;
  entry: EntryRecord;
  /** Every field with its Chinese label, in the order of the download. */
  fields: Field[];
  /** One sentence saying what being on this list means, with the kind in words. */
  statement: string;
  /** Organisation page, if the entry has a USCC (it is active, so the page exists). */
  subjectPath: string | undefined;
}

export interface NoticeView {
  view: ListView;
  entryId: string;
  status: 'expired' | 'removed';
  /** First day not shown. The notice says nothing about why (period ended or removed early). */
  stoppedOn: string;
}

function formatExtra(c: ColumnSpec, v: string | number | undefined): string {
  if (v === undefined || v === '') return '';
  if (c.type === 'date' && typeof v === 'string' && isIsoDay(v)) return dateLabel(v);
  if (typeof v === 'number') return `${formatNumber(v)}${c.unit ? ` ${c.unit}` : ''}`;
  return c.unit ? `${v} ${c.unit}` : v;
}

function findEntry(view: ListView, entryId: string): EntryRecord | undefined {
  // Memoised per list: the entry pages of a list look up their rows by id.
  let index = entryIndex.get(view.id);
  if (!index) {
    index = new Map([...view.active, ...view.takenDown].map((e) => [e.id, e]));
    entryIndex.set(view.id, index);
  }
  return index.get(entryId);
}
const entryIndex = new Map<string, Map<string, EntryRecord>>();

/** The statement of what the listing means, e.g. for a register: 登记在册，具有相应资质. */
export function kindStatement(view: ListView, entry: EntryRecord): string {
  const t = `《${view.meta.title}》`;
  switch (view.meta.kind) {
    case 'register':
      return `登记在册：该${entry.subject_type === 'person' ? '人员' : '机构'}列在${t}中，具有相应资质（这不是黑名单）。`;
    case 'warning':
      return `预警提示：该主体列在${t}中，请谨慎交往；预警名单不是处罚决定。`;
    case 'redlist':
      return `红名单：该主体因诚实守信被列入${t}，公示至${dateLabel(entry.shown_until)}，依法享受守信激励措施（这不是失信名单）。`;
    default:
      return `黑名单：该主体因失信行为被列入${t}，公示至${dateLabel(entry.shown_until)}。`;
  }
}

export function entryOrNotice(listId: string, entryId: string): { kind: 'entry'; entry: EntryView } | { kind: 'notice'; notice: NoticeView } {
  const view = listView(listId);
  const entry = findEntry(view, entryId);
  if (!entry) throw new Error(`unknown entry ${listId}/${entryId}`);
  if (entry.status !== 'active') {
    const status = entry.status === 'removed' ? 'removed' : 'expired';
    return {
      kind: 'notice',
      notice: {
        view,
        entryId,
        status,
        stoppedOn: entry.stopped_on,
      },
    };
  }
  const subject = entry.uscc ? subjectPath(entry.uscc) : undefined;
  const core: Field[] = [
    { key: 'id', label: CORE_COLUMNS.id, text: entry.id, code: true },
    { key: 'subject_name', label: CORE_COLUMNS.subject_name, text: entry.subject_name },
    { key: 'subject_type', label: CORE_COLUMNS.subject_type, text: SUBJECT_TYPE_LABELS[entry.subject_type] },
    { key: 'uscc', label: CORE_COLUMNS.uscc, text: entry.uscc ?? '', path: subject, code: true },
    { key: 'id_masked', label: CORE_COLUMNS.id_masked, text: entry.id_masked ?? '', code: true },
    { key: 'legal_rep', label: CORE_COLUMNS.legal_rep, text: entry.legal_rep ?? '' },
    { key: 'district', label: CORE_COLUMNS.district, text: entry.district ?? '' },
    { key: 'reason', label: reasonLabel(view.meta.kind), text: entry.reason ?? '' },
    { key: 'basis', label: CORE_COLUMNS.basis, text: entry.basis ?? '' },
    { key: 'decision_no', label: CORE_COLUMNS.decision_no, text: entry.decision_no ?? '' },
    { key: 'authority', label: CORE_COLUMNS.authority, text: unitName(entry.authority) },
    { key: 'listed_on', label: CORE_COLUMNS.listed_on, text: dateLabel(entry.listed_on) },
    { key: 'expires_on', label: CORE_COLUMNS.expires_on, text: dateLabel(entry.shown_until) },
  ];
  // Persons have no USCC and organisations no ID number: leave out what cannot apply.
  const applicable = core.filter((f) => !(entry.subject_type === 'person' ? ['uscc', 'legal_rep'] : ['id_masked']).includes(f.key));
  const extra: Field[] = view.meta.columns.map((c) => ({ key: c.key, label: c.label, text: formatExtra(c, entry.extra[c.key]) }));
  return { kind: 'entry', entry: { view, entry, fields: [...applicable, ...extra], statement: kindStatement(view, entry), subjectPath: subject } };
}

/** A short description of an entry for the table (the reason, or for registers the first extra column). */
export function entrySummary(view: ListView, entry: EntryRecord): string {
  if (view.meta.kind === 'register') {
    return view.meta.columns
      .slice(0, 1)
      .map((c) => formatExtra(c, entry.extra[c.key]))
      .filter(Boolean)
      .join('；');
  }
  return entry.reason ?? '';
}

/** The reason column's label: a red list's reason is the subject's good conduct, not a dishonest act. */
export function reasonLabel(kind: ListKind): string {
  return kind === 'redlist' ? '列入事由（守信表现）' : CORE_COLUMNS.reason;
}

/** The column the table shows beside the name: for registers the first extra column's label. */
export function summaryLabel(view: ListView): string {
  return view.meta.kind === 'register' ? (view.meta.columns[0]?.label ?? '说明') : reasonLabel(view.meta.kind);
}

// ---------------------------------------------------------------- subjects

export interface SubjectView {
  uscc: string;
  /** Name on the newest active entry. */
  name: string;
  /** Every name it is listed under (names change). */
  names: string[];
  legalReps: string[];
  districts: string[];
  /** Active entries on every list, newest first. */
  entries: { view: ListView; entry: EntryRecord }[];
}

/** Every organisation with a page (a USCC on an active entry). */
export function subjects(): SubjectView[] {
  return [...build().subjects.values()];
}

export function subjectPaths() {
  return [...build().subjects.keys()].map((uscc) => ({ params: { uscc }, props: { uscc } }));
}

export function subject(uscc: string): SubjectView {
  const s = build().subjects.get(uscc);
  if (!s) throw new Error(`unknown subject ${uscc}`);
  return s;
}

/** Organisations on two or more lists (for tests and the catalogue). */
export function multiListSubjects(): SubjectView[] {
  return [...build().subjects.values()].filter((s) => new Set(s.entries.map((e) => e.view.id)).size >= 2);
}

/** Kinds an organisation is listed under, counted, e.g. [['register', 1], ['blacklist', 2]]. */
export function subjectKinds(s: SubjectView): [ListKind, number][] {
  const counts = new Map<ListKind, number>();
  for (const { view } of s.entries) counts.set(view.meta.kind, (counts.get(view.meta.kind) ?? 0) + 1);
  return (['redlist', 'register', 'blacklist', 'warning'] as ListKind[]).filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}

// ---------------------------------------------------------------- exam cheating

/** The exam-cheating figures, newest year first (none when the data set has no such folder). */
export function examCheating(): ExamCheatingRow[] {
  return portal().examCheating?.rows ?? [];
}

/** Title, area and note of the exam-cheating figures (data/exam-cheating/meta.yml), if any. */
export function examCheatingMeta(): FiguresMeta | undefined {
  return portal().examCheating?.meta;
}

// ---------------------------------------------------------------- open data

export interface DatasetInfo {
  id: string;
  title: string;
  /** Area slug. */
  area: string;
  areaTitle: string;
  /** blacklist | warning | register | redlist, or `aggregate` for figures without names. */
  kind: ListKind | 'aggregate';
  kindLabel: string;
  description: string;
  records: number;
  /** Earliest listing among the published entries (null: none). */
  issued: string | null;
  lastChange: string | null;
  columns: OpenDataColumn[];
  /** Page that shows the data (list table or area page). */
  page: string;
}

/** Core columns that every published entry fills. */
const ALWAYS_FILLED = new Set(['id', 'subject_name', 'subject_type', 'authority', 'authority_name', 'listed_on', 'expires_on']);

/** Constraints the core columns' values are known to obey (validation checked them). */
const CORE_PATTERNS: Partial<Record<string, string>> = { id: '^[A-Za-z0-9-]+$', uscc: '^[0-9A-HJ-NPQRTUWXY]{18}$' };

/** Columns of a list's download: core columns (without removal fields), authority name, extras. */
export function downloadColumns(meta: ListMeta): OpenDataColumn[] {
  const keys = ['id', 'subject_name', 'subject_type', 'uscc', 'id_masked', 'legal_rep', 'district', 'reason', 'basis', 'decision_no', 'authority'] as const;
  const constraints = (k: string) => {
    const c = { ...(ALWAYS_FILLED.has(k) ? { required: true } : {}), ...(CORE_PATTERNS[k] ? { pattern: CORE_PATTERNS[k] } : {}) };
    return Object.keys(c).length ? { constraints: c } : {};
  };
  const cols: OpenDataColumn[] = keys.map((k) => ({
    key: k,
    label: k === 'authority' ? '认定部门编号' : k === 'reason' ? reasonLabel(meta.kind) : CORE_COLUMNS[k],
    type: CORE_COLUMN_DOCS[k].type,
    description: CORE_COLUMN_DOCS[k].description,
    ...(k === 'subject_type' ? { value_labels: SUBJECT_TYPE_LABELS } : {}),
    ...constraints(k),
  }));
  cols.push({ key: 'authority_name', label: '认定部门', type: 'text', description: '作出认定的部门名称。', ...constraints('authority_name') });
  cols.push({ key: 'listed_on', label: CORE_COLUMNS.listed_on, type: 'date', description: CORE_COLUMN_DOCS.listed_on.description, ...constraints('listed_on') });
  cols.push({ key: 'expires_on', label: CORE_COLUMNS.expires_on, type: 'date', description: CORE_COLUMN_DOCS.expires_on.description, ...constraints('expires_on') });
  for (const c of meta.columns) cols.push({ key: c.key, label: c.label, type: c.type, unit: c.unit, description: c.description ?? '', ...(c.required || c.values ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.values ? { enum: c.values } : {}) } } : {}) });
  return cols;
}

function listRecords(view: ListView): Record<string, Cell>[] {
  return view.active.map((e) => {
    const r: Record<string, Cell> = {
      id: e.id,
      subject_name: e.subject_name,
      subject_type: e.subject_type,
      uscc: e.uscc ?? null,
      id_masked: e.id_masked ?? null,
      legal_rep: e.legal_rep ?? null,
      district: e.district ?? null,
      reason: e.reason ?? null,
      basis: e.basis ?? null,
      decision_no: e.decision_no ?? null,
      authority: e.authority,
      authority_name: unitName(e.authority),
      listed_on: e.listed_on,
      expires_on: e.shown_until,
    };
    for (const c of view.meta.columns) r[c.key] = e.extra[c.key] ?? null;
    return r;
  });
}

const AUTHORITY_COLUMNS: OpenDataColumn[] = [
  { key: 'authority', label: '报送部门编号', type: 'text', description: '报送数字的部门（data/units.csv 中的单位编号）。' },
  { key: 'authority_name', label: '报送部门', type: 'text', description: '报送数字的部门名称。' },
];

/** A folder of aggregate figures offered for download: its loaded data and its columns. */
interface FiguresDataset {
  id: string;
  figures: () => { meta: FiguresMeta; rows: object[] } | null;
  columns: OpenDataColumn[];
}

const FIGURES_DATASETS: FiguresDataset[] = [
  {
    id: 'exam-cheating',
    figures: () => portal().examCheating,
    columns: [
      { key: 'year', label: examCheatingLabels.year, type: 'integer', description: '考试年份。' },
      { key: 'exam', label: examCheatingLabels.exam, type: 'text', description: '考试名称。' },
      { key: 'count', label: examCheatingLabels.count, type: 'integer', unit: '人次', description: '当年该考试认定的作弊人次（汇总数，不含任何个人信息）。' },
      ...AUTHORITY_COLUMNS,
    ],
  },
  {
    id: 'poverty-relief',
    figures: () => portal().povertyRelief,
    columns: [
      { key: 'year', label: povertyReliefLabels.year, type: 'integer', description: '年份。' },
      { key: 'district', label: povertyReliefLabels.district, type: 'text', description: '区县。' },
      { key: 'identified', label: povertyReliefLabels.identified, type: 'integer', unit: '人', description: '当年识别的建档立卡贫困人口；2021 年起为新纳入的防止返贫监测对象（汇总数，不含任何个人信息）。' },
      { key: 'exited', label: povertyReliefLabels.exited, type: 'integer', unit: '人', description: '当年退出贫困的人口；2021 年起为消除返贫风险的监测对象。' },
      { key: 'funds_allocated', label: povertyReliefLabels.funds_allocated, type: 'decimal', unit: '万元', description: '当年分配给该区县的财政扶贫（衔接推进乡村振兴）资金。' },
      { key: 'funds_used', label: povertyReliefLabels.funds_used, type: 'decimal', unit: '万元', description: '当年该区县已使用的上述资金。' },
      ...AUTHORITY_COLUMNS,
    ],
  },
];

let datasetMemo: DatasetInfo[] | undefined;

/** The list datasets: each list, and each folder of aggregate figures (the rest: src/lib/open-data/datasets.ts). */
export function datasets(): DatasetInfo[] {
  if (datasetMemo) return datasetMemo;
  const out: DatasetInfo[] = listViews().map((v) => ({
    id: v.id,
    title: v.meta.title,
    area: v.area.slug,
    areaTitle: v.area.title,
    kind: v.meta.kind,
    kindLabel: LIST_KIND_LABELS[v.meta.kind],
    description: v.meta.description,
    records: v.counts.active,
    issued: v.active.reduce<string | null>((min, e) => (min === null || e.listed_on < min ? e.listed_on : min), null),
    lastChange: v.lastChange ?? null,
    columns: downloadColumns(v.meta),
    page: listPath(v.id, 1),
  }));
  for (const f of FIGURES_DATASETS) {
    const figures = f.figures();
    const area = figures && portal().areas.get(figures.meta.area);
    if (!figures?.rows.length || !area) continue;
    out.push({
      id: f.id,
      title: figures.meta.title,
      area: area.slug,
      areaTitle: area.title,
      kind: 'aggregate',
      kindLabel: '汇总数字',
      description: figures.meta.note,
      records: figures.rows.length,
      issued: null,
      lastChange: null,
      columns: f.columns,
      page: areaPath(area.slug, f.id),
    });
  }
  datasetMemo = out;
  return out;
}

/** The records of a list dataset (computed on demand: at 100,000 rows they are not kept). */
export function datasetRecords(id: string): Record<string, Cell>[] {
  const f = FIGURES_DATASETS.find((x) => x.id === id);
  if (f) return (f.figures()?.rows ?? []).map((r) => ({ ...(r as Record<string, Cell>), authority_name: unitName((r as { authority: string }).authority) }));
  return listRecords(listView(id));
}

/** The columns every list's download has, before its own (the data dictionary shows them once). */
export function coreDownloadColumns(): OpenDataColumn[] {
  const sample = listViews()[0];
  return downloadColumns(sample ? { ...sample.meta, columns: [] } : ({ columns: [] } as unknown as ListMeta));
}

/** Exam-cheating figures as a year × exam table (newest year first); empty cells are null. */
export function examCheatingTable(): { exams: string[]; years: { year: number; counts: (number | null)[]; total: number }[] } {
  const rows = examCheating();
  const exams = [...new Set(rows.map((r) => r.exam))];
  const byYear = new Map<number, Map<string, number>>();
  for (const r of rows) {
    if (!byYear.has(r.year)) byYear.set(r.year, new Map());
    byYear.get(r.year)!.set(r.exam, r.count);
  }
  const years = [...byYear.keys()]
    .sort((a, b) => b - a)
    .map((year) => {
      const m = byYear.get(year)!;
      const counts = exams.map((e) => m.get(e) ?? null);
      return { year, counts, total: counts.reduce<number>((s, c) => s + (c ?? 0), 0) };
    });
  return { exams, years };
}
