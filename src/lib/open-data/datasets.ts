/**
 * The registry of every dataset offered for download: each list and each folder of aggregate
 * figures (exam cheating, poverty relief; src/lib/lists/queries.ts), then the typical cases, bulletins, monthly reports, scores and
 * statistics defined here. The download routes (/data/<id>.csv|.json), the data packages
 * (/data/<id>/datapackage.json), catalog.json, catalog.jsonld, the /data/ page's table and data
 * dictionary, and the tests all read this one registry.
 *
 * A dataset defined here is its rows and its columns; each column says its key (the JSON), its
 * Chinese label (the CSV header), its type, its meaning and how it is read from a row, so adding
 * a field is one line in its `columns`. Only what the site publishes on the disclosure date is
 * here: published cases and bulletins, reports received by that day, and no name of a taken-down
 * entry (a case's subjects are shown exactly as the case page shows them, src/lib/cases/rules.ts).
 */
import { portal } from '../queries.ts';
import { datasets as listDatasets, datasetRecords as listDatasetRecords } from '../lists/queries.ts';
import { publishedCases } from '../cases/queries.ts';
import { subjectView } from '../cases/rules.ts';
import { publishedNotices } from '../notices/queries.ts';
import { progressJson, progressModel, rankedScores } from '../progress/queries.ts';
import { STATUS_TEXT, type ReportCell } from '../progress/rules.ts';
import type { ReportRecord } from '../progress/load.ts';
import { siteStats } from '../stats/queries.ts';
import { statsCsvRows } from '../stats/compute.ts';
import { MEASURES } from '../../schemas/measures.ts';
import { NOTICE_GROUNDS, NOTICE_KINDS } from '../../schemas/notice.ts';
import { PROGRESS_COLUMNS, WORK_STATUSES } from '../../schemas/progress.ts';
import { SCORE_COLUMNS } from '../../schemas/score.ts';
import { caseLabels } from '../../schemas/case.ts';
import { absolute, casePath, noticePath } from '../paths.ts';
import { siteUrl } from '../config.ts';
import { csvBytes, jsonBytes, sha256Hex, type Cell, type OpenDataColumn } from './serialise.ts';
import { NAMED_DATASET_IDS, type NamedDatasetId } from './ids.ts';

/** A dataset as every consumer sees it. */
export interface Dataset {
  /** Permanent: the files are /data/<id>.csv and .json. */
  id: string;
  title: string;
  description: string;
  /** A list's kind (blacklist…), `aggregate`, or the dataset's own id for the others. */
  kind: string;
  kindLabel: string;
  /** The area a list belongs to; null for datasets that span every area. */
  area: string | null;
  areaTitle: string | null;
  /** The page that shows the data, from the site root. */
  page: string;
  records: number;
  /** Earliest date of its records (null: none), and the day it last changed. */
  issued: string | null;
  lastChange: string | null;
  columns: OpenDataColumn[];
}

/** A column of a dataset defined here: what it is, and how a row gives its value. */
interface Field<R> extends OpenDataColumn {
  value: (row: R) => Cell;
}

interface Spec<R> {
  id: NamedDatasetId;
  title: string;
  description: string;
  kindLabel: string;
  page: string;
  /** The rows published on the disclosure date, in the order of the download. */
  rows: () => R[];
  columns: () => Field<R>[];
  /** Earliest and latest date of the rows. */
  dates: (rows: R[]) => string[];
  /**
   * Keys the JSON file had before it was a dataset like the others (/data/stats.json,
   * /data/progress.json), kept at its top so that readers of the old form keep working.
   */
  earlier?: () => Record<string, unknown>;
}

const areaLabels = () => Object.fromEntries([...portal().areas.values()].map((a) => [a.slug, a.title]));
const unitLabels = () => Object.fromEntries([...portal().units.values()].map((u) => [u.id, u.name]));
const measureLabels = () => Object.fromEntries(Object.entries(MEASURES).map(([k, m]) => [k, m.label]));
const pageUrl = (path: string) => absolute(path, siteUrl());

const REQUIRED = { constraints: { required: true } } as const;
const COUNT = { type: 'integer', constraints: { required: true, minimum: 0 } } as const;
const MONTH = { key: 'month', label: '月份', type: 'text', description: '报送或考核的月份（YYYY-MM）。', constraints: { required: true, pattern: '^\\d{4}-\\d{2}$' } } as const;

const cases: Spec<ReturnType<typeof publishedCases>[number]> = {
  id: 'cases',
  title: '典型案例',
  description: '已发布的联合惩戒典型案例，每个案例一行：领域、日期、涉案主体、决定部门、惩戒措施、处理结果和来源。涉案主体按案例页面显示：已停止公示的名单条目不显示名称，也不列出条目编号。',
  kindLabel: '典型案例',
  page: '/cases/',
  rows: () => publishedCases(),
  columns: () => [
    { key: 'id', label: '案例编号', type: 'text', description: '案例的永久编号，也是案例网址的一部分。', constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, value: (c) => c.id },
    { key: 'title', label: caseLabels.title, type: 'text', description: '案例标题。', ...REQUIRED, value: (c) => c.title },
    { key: 'area', label: caseLabels.area, type: 'enum', description: '案例所属的治理领域（JSON 中为领域的网址标识）。', value_labels: areaLabels(), ...REQUIRED, value: (c) => c.area },
    { key: 'published_on', label: caseLabels.published_on, type: 'date', description: '案例发布的日期。', ...REQUIRED, value: (c) => c.published_on },
    { key: 'decided_on', label: caseLabels.decided_on, type: 'date', description: '处罚或惩戒决定的日期。', ...REQUIRED, value: (c) => c.decided_on },
    { key: 'summary', label: caseLabels.summary, type: 'text', description: '一段话的案情摘要。', ...REQUIRED, value: (c) => c.summary },
    { key: 'subjects', label: caseLabels.subjects, type: 'text', list: true, description: '涉案主体的名称（括号内为其角色）；名单信息已停止公示的主体只写案例原文中的匿名称呼，没有称呼的写“（名称不公示）”。', value: (c) => c.subjects.map((s) => subjectView(s, portal().lists)).map((v) => `${v.name ?? '（名称不公示）'}${v.role ? `（${v.role}）` : ''}`) },
    { key: 'entries', label: '公示中的名单条目', type: 'text', list: true, description: '涉案主体在本站公示中的名单条目（名单编号/条目编号）；已停止公示的条目不列出。', value: (c) => c.subjects.map((s) => subjectView(s, portal().lists).entry).flatMap((e) => (e ? [`${e.listId}/${e.entryId}`] : [])) },
    { key: 'authorities', label: caseLabels.authorities, type: 'enum', list: true, description: '作出决定的部门（JSON 中为 data/units.csv 的单位编号）。', value_labels: unitLabels(), ...REQUIRED, value: (c) => c.authorities },
    { key: 'joint_authorities', label: caseLabels.joint_authorities, type: 'enum', list: true, description: '参与联合惩戒的部门（JSON 中为单位编号）。', value_labels: unitLabels(), value: (c) => c.joint_authorities },
    { key: 'measures', label: caseLabels.measures, type: 'enum', list: true, description: '采取的惩戒措施（JSON 中为措施词表的英文编号）。', value_labels: measureLabels(), ...REQUIRED, value: (c) => c.measures.map((m) => m.measure) },
    { key: 'outcome', label: caseLabels.outcome, type: 'text', description: '采取措施后的结果（履行、修复、判决等）。', ...REQUIRED, value: (c) => c.outcome },
    { key: 'sources', label: caseLabels.sources, type: 'text', list: true, description: '公开来源：标题（发布单位，日期）。', ...REQUIRED, value: (c) => c.sources.map((s) => `${s.title}（${s.issuer}，${s.date}）`) },
    { key: 'source_urls', label: '来源网址', type: 'text', list: true, description: '公开来源的网址，与“信息来源”一一对应。', ...REQUIRED, value: (c) => c.sources.map((s) => s.url) },
    { key: 'url', label: '案例网页', type: 'text', description: '案例在本站的网址。', ...REQUIRED, value: (c) => pageUrl(casePath(c.id)) },
  ],
  dates: (rows) => rows.map((c) => c.published_on),
};

const notices: Spec<ReturnType<typeof publishedNotices>[number]> = {
  id: 'notices',
  title: '工作通报',
  description: '已发布的进展通报、通报表扬和通报批评，每份通报一行：日期、类别、摘要、涉及的领域、单位和月份。',
  kindLabel: '通报',
  page: '/notices/',
  rows: () => publishedNotices(),
  columns: () => [
    { key: 'id', label: '通报编号', type: 'text', description: '通报的永久编号（日期加英文短名），也是通报网址的一部分。', constraints: { required: true, pattern: '^\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+$' }, value: (n) => n.id },
    { key: 'title', label: '标题', type: 'text', description: '通报标题。', ...REQUIRED, value: (n) => n.title },
    { key: 'date', label: '发布日期', type: 'date', description: '通报印发的日期。', ...REQUIRED, value: (n) => n.date },
    { key: 'kind', label: '类别', type: 'enum', description: `通报类别：${NOTICE_KINDS.join('、')}。`, value_labels: Object.fromEntries(NOTICE_KINDS.map((k) => [k, k])), ...REQUIRED, value: (n) => n.kind },
    { key: 'ground', label: '批评事由', type: 'enum', description: `通报批评的事由：${NOTICE_GROUNDS.join('、')}；其他类别的通报为空。`, value_labels: Object.fromEntries(NOTICE_GROUNDS.map((g) => [g, g])), value: (n) => n.ground ?? null },
    { key: 'summary', label: '摘要', type: 'text', description: '一两句话的通报摘要。', ...REQUIRED, value: (n) => n.summary },
    { key: 'areas', label: '涉及领域', type: 'enum', list: true, description: '通报涉及的治理领域（JSON 中为领域的网址标识）。', value_labels: areaLabels(), value: (n) => n.areas },
    { key: 'units', label: '涉及单位', type: 'enum', list: true, description: '通报点名（表扬、批评或报送）的单位（JSON 中为单位编号）。', value_labels: unitLabels(), value: (n) => n.units },
    { key: 'months', label: '涉及月份', type: 'text', list: true, description: '通报所说的报送月份（YYYY-MM）。', value: (n) => n.months },
    { key: 'cases', label: '涉及典型案例', type: 'text', list: true, description: '通报涉及的典型案例编号（见典型案例数据集）。', value: (n) => n.cases },
    { key: 'url', label: '通报网页', type: 'text', description: '通报在本站的网址。', ...REQUIRED, value: (n) => pageUrl(noticePath(n.id)) },
  ],
  dates: (rows) => rows.map((n) => n.date),
};

type Received = ReportCell<ReportRecord> & { report: ReportRecord };

const progress: Spec<Received> = {
  id: 'progress',
  title: '月度工作进展报送',
  description: '各责任单位每月报送的工作进展，每份收到的报告一行：月份、领域、单位、是否按时、报送的数字和摘要。应报未报的情况见 JSON 文件的 months（与工作进展页面相同）。',
  kindLabel: '月度报送',
  page: '/progress/',
  rows: () => progressModel().flatMap((m) => m.areas.flatMap((a) => a.cells.filter((c): c is Received => c.report !== undefined))),
  columns: () => [
    { ...MONTH, value: (c) => c.month },
    { key: 'area', label: PROGRESS_COLUMNS.area, type: 'enum', description: '报送的治理领域（JSON 中为领域的网址标识）。', value_labels: areaLabels(), ...REQUIRED, value: (c) => c.area },
    { key: 'unit', label: PROGRESS_COLUMNS.unit, type: 'enum', description: '报送的责任单位（JSON 中为单位编号）。', value_labels: unitLabels(), ...REQUIRED, value: (c) => c.unit },
    { key: 'status', label: '报送状态', type: 'enum', description: '按时（当月 20 日及以前收到）或逾期。', value_labels: { on_time: STATUS_TEXT.on_time.word, late: STATUS_TEXT.late.word }, ...REQUIRED, value: (c) => c.status },
    { key: 'submitted_on', label: PROGRESS_COLUMNS.submitted_on, type: 'date', description: '收到报告的日期。', ...REQUIRED, value: (c) => c.report.submitted_on },
    { key: 'days_late', label: '逾期天数', type: 'integer', description: '晚于报送期限的天数（按时为 0）。', constraints: { required: true, minimum: 0 }, value: (c) => c.daysLate ?? 0 },
    { key: 'cases_handled', label: PROGRESS_COLUMNS.cases_handled, ...COUNT, description: '本期办理的案件数。', value: (c) => c.report.cases_handled },
    { key: 'entries_listed', label: PROGRESS_COLUMNS.entries_listed, ...COUNT, description: '本期新列入名单的主体数。', value: (c) => c.report.entries_listed },
    { key: 'entries_removed', label: PROGRESS_COLUMNS.entries_removed, ...COUNT, description: '本期移出名单的主体数。', value: (c) => c.report.entries_removed },
    { key: 'cases_published', label: PROGRESS_COLUMNS.cases_published, ...COUNT, description: '本期公示的典型案例数。', value: (c) => c.report.cases_published },
    { key: 'amount_yuan', label: PROGRESS_COLUMNS.amount_yuan, type: 'decimal', unit: '元', description: '涉及的罚款、追回工资或税款等金额；不涉及金额的为空。', constraints: { minimum: 0 }, value: (c) => c.report.amount_yuan ?? null },
    { key: 'summary', label: PROGRESS_COLUMNS.summary, type: 'text', description: '本期做了什么，一段话。', ...REQUIRED, value: (c) => c.report.summary },
    { key: 'work_status', label: PROGRESS_COLUMNS.work_status, type: 'enum', description: `单位报告的本领域工作状态：${WORK_STATUSES.join('、')}。领域的目前工作状态取各责任单位最近一次报送中进展最慢的一个。`, value_labels: Object.fromEntries(WORK_STATUSES.map((w) => [w, w])), ...REQUIRED, value: (c) => c.report.work_status },
  ],
  dates: (rows) => rows.map((c) => c.report.submitted_on),
  earlier: () => progressJson(),
};

/** Score months that have begun on the disclosure date, oldest first. */
function scoreMonths(): string[] {
  const p = portal();
  return p.scores.map((s) => s.month).filter((m) => `${m}-01` <= p.disclosureDate).sort();
}

const scores: Spec<ReturnType<typeof rankedScores>[number] & { month: string }> = {
  id: 'scores',
  title: '月度考核得分',
  description: '领导小组办公室每月对各责任单位的考核打分，每个单位每月一行：得分、当月名次和考核说明。',
  kindLabel: '考核得分',
  page: '/progress/scores/',
  rows: () => scoreMonths().flatMap((m) => rankedScores(m).map((s) => ({ ...s, month: m }))),
  columns: () => [
    { ...MONTH, value: (s) => s.month },
    { key: 'unit', label: SCORE_COLUMNS.unit, type: 'enum', description: '被考核的单位（JSON 中为单位编号）。', value_labels: unitLabels(), ...REQUIRED, value: (s) => s.unit },
    { key: 'score', label: SCORE_COLUMNS.score, type: 'decimal', unit: '分', description: '考核得分，0 到 100，最多一位小数。', constraints: { required: true, minimum: 0, maximum: 100 }, value: (s) => s.score },
    { key: 'rank', label: '名次', type: 'integer', description: '当月得分名次（同分同名次）。', constraints: { required: true, minimum: 1 }, value: (s) => s.rank },
    { key: 'remarks', label: SCORE_COLUMNS.remarks, type: 'text', description: '得分的理由，如扣分原因。', value: (s) => s.remarks ?? null },
  ],
  dates: (rows) => rows.map((s) => `${s.month}-01`),
};

/** What each section and measure of the statistics is, in Chinese (the CSV writes these). */
const STATS_SECTIONS: Record<string, string> = {
  totals: '合计',
  by_area: '按领域',
  by_list: '按名单',
  new_listings_by_month: '每月新列入（失信名单）',
  cases_by_area_year: '典型案例按领域和年份',
  reports_by_unit: '月度报送按单位',
};
const STATS_METRICS: Record<string, string> = {
  active: '公示中',
  expired: '公示期满',
  removed: '提前移出',
  taken_down: '停止公示合计',
  lists: '名单数',
  cases: '典型案例数',
  expected: '应报送',
  on_time: '按时',
  late: '逾期',
  missing: '未报',
  pending: '未到期',
  on_time_rate: '按时率',
  count: '新列入条数',
};

const stats: Spec<string[]> = {
  id: 'stats',
  title: '统计数字',
  description: '统计页面上的全部数字，每个数字一行：分类、对象、指标和数值。条目数只计失信名单（黑名单和预警名单），登记名录和红名单另计；停止公示的条目只计数，不公开名称。',
  kindLabel: '统计数字',
  page: '/stats/',
  rows: () => statsCsvRows(siteStats()).slice(1),
  columns: () => [
    { key: 'section', label: '分类', type: 'enum', description: '数字所属的统计表。', value_labels: STATS_SECTIONS, ...REQUIRED, value: (r) => r[0]! },
    { key: 'key', label: '键', type: 'text', description: '统计对象的编号：领域的网址标识、名单编号、月份、单位编号，或 all、reports。', ...REQUIRED, value: (r) => r[1]! },
    { key: 'label', label: '名称', type: 'text', description: '统计对象的中文名称。', ...REQUIRED, value: (r) => r[2]! },
    { key: 'metric', label: '指标', type: 'enum', description: '数的是什么。', value_labels: STATS_METRICS, ...REQUIRED, value: (r) => r[3]! },
    { key: 'value', label: '数值', type: 'decimal', description: '数值；按时率为 0 到 1 之间的小数，没有可算的报告时为空。', constraints: { minimum: 0 }, value: (r) => (r[4] === '' ? null : Number(r[4])) },
  ],
  dates: () => [portal().disclosureDate],
  earlier: () => siteStats() as unknown as Record<string, unknown>,
};

/** A spec whose row type no longer matters: its rows only ever meet its own columns. */
const erase = <R>(s: Spec<R>) => s as unknown as Spec<unknown>;

const SPECS: Record<NamedDatasetId, Spec<unknown>> = { cases: erase(cases), notices: erase(notices), progress: erase(progress), scores: erase(scores), stats: erase(stats) };

function specOf(id: string): Spec<unknown> | undefined {
  return (NAMED_DATASET_IDS as readonly string[]).includes(id) ? SPECS[id as NamedDatasetId] : undefined;
}

function recordsOf<R>(columns: Field<R>[], rows: R[]): Record<string, Cell>[] {
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, c.value(r)])));
}

/** A column as published: without the function that reads it. */
function published<R>({ value: _value, ...column }: Field<R>): OpenDataColumn {
  return column;
}

let memo: Dataset[] | undefined;

/** Every dataset: the lists first (in their order), then cases, notices, reports, scores, statistics. */
export function allDatasets(): Dataset[] {
  if (memo) return memo;
  const lists: Dataset[] = listDatasets();
  const others: Dataset[] = NAMED_DATASET_IDS.map((id) => {
    const spec = specOf(id)!;
    const rows = spec.rows();
    const dates = spec.dates(rows).sort();
    return {
      id,
      title: spec.title,
      description: spec.description,
      kind: id,
      kindLabel: spec.kindLabel,
      area: null,
      areaTitle: null,
      page: spec.page,
      records: rows.length,
      issued: dates[0] ?? null,
      lastChange: dates[dates.length - 1] ?? null,
      columns: spec.columns().map(published),
    };
  });
  memo = [...lists, ...others];
  return memo;
}

export function datasetById(id: string): Dataset {
  const d = allDatasets().find((x) => x.id === id);
  if (!d) throw new Error(`unknown dataset ${id}`);
  return d;
}

/** The records of a dataset, as the JSON file has them (codes; lists as arrays). */
export function datasetRows(id: string): Record<string, Cell>[] {
  const spec = specOf(id);
  if (!spec) return listDatasetRecords(id);
  return recordsOf(spec.columns(), spec.rows());
}

/** What a dataset is, as the JSON download and catalog.json both open with it. */
function heading(d: Dataset) {
  return { id: d.id, title: d.title, kind: d.kind, kind_label: d.kindLabel, area: d.area, area_title: d.areaTitle, description: d.description };
}

/**
 * The exact bytes served at /data/<id>.csv or /data/<id>.json. Computed on demand (not kept):
 * at 100,000 rows holding every file in memory would not be bounded.
 */
export function datasetFile(id: string, format: 'csv' | 'json'): Uint8Array {
  const d = datasetById(id);
  const records = datasetRows(id);
  if (format === 'csv') return csvBytes(d.columns, records);
  const p = portal();
  return jsonBytes({
    ...heading(d),
    publisher: p.dataset.publisher,
    licence: p.dataset.licence,
    sample: p.dataset.sample,
    disclosure_date: p.disclosureDate,
    last_change: d.lastChange,
    record_count: records.length,
    columns: d.columns,
    ...specOf(id)?.earlier?.(),
    records,
  });
}

export interface FileDigest {
  sha256: string;
  bytes: number;
}

const digestMemo = new Map<string, { csv: FileDigest; json: FileDigest }>();

/** SHA-256 and size of each file as served, computed once per dataset per build. */
export function digests(id: string): { csv: FileDigest; json: FileDigest } {
  let d = digestMemo.get(id);
  if (!d) {
    const digest = (bytes: Uint8Array) => ({ sha256: sha256Hex(bytes), bytes: bytes.length });
    digestMemo.set(id, (d = { csv: digest(datasetFile(id, 'csv')), json: digest(datasetFile(id, 'json')) }));
  }
  return d;
}

export { heading as datasetHeading };
