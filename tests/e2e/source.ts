/**
 * What the editors wrote, read straight from the files with papaparse and the yaml package —
 * not through the portal's loaders — so that the end-to-end tests compute what the pages must
 * show independently of the code that builds them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { disclose, type DisclosureStatus } from '../../src/lib/lists/disclosure.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { MEASURE_BY_LABEL } from '../../src/schemas/measures.ts';

const root = process.env['PORTAL_DATA_ROOT'] ?? process.cwd();
const dataDir = process.env['PORTAL_DATA_DIR'] ?? join(root, 'data');

/** The day the build was made for (npm test pins it). */
export const ON = process.env['DISCLOSURE_DATE'] ?? SAMPLE_DAY;

/** How running text writes a day: `2026-08-01` → `2026年8月1日`. */
export const chineseDate = (iso: string) => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');

/** Rows of a CSV file of the data folder, as strings by header. */
export function csvRows(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(dataDir, path), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data.filter((r) => !String(Object.values(r)[0] ?? '').startsWith('#'));
}

/** Whether the data folder has this file. */
export const hasDataFile = (path: string) => existsSync(join(dataDir, path));

/** A YAML file of the data folder. */
export function yamlFile<T>(path: string): T {
  return parse(readFileSync(join(dataDir, path), 'utf8')) as T;
}

/** The front matter of every MDX file of a content folder (sorted by file name), with `id`: the file name without .mdx. */
export function frontMatters<T>(folder: string): (T & { id: string })[] {
  const dir = join(root, 'content', folder);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => ({ ...(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, n), 'utf8'))![1]!) as T), id: n.slice(0, -4) }));
}

export interface SourceCase {
  id: string;
  title: string;
  summary?: string;
  /** The narrative as the file has it (below the front matter), components' tags removed. */
  body: string;
  area: string;
  published_on: string;
  /** Unit ids of the deciding authorities. */
  authorities: string[];
  subjects: { name?: string; ref?: string }[];
  /** Measure keys (a measure may be written by its Chinese label or its key). */
  measures: { measure: string }[];
}

type RawMeasure = string | { measure: string };

/** Typical cases (content/cases/<year>/), oldest file first. */
export const sourceCases = (): SourceCase[] =>
  readdirSync(join(root, 'content', 'cases'))
    .filter((y) => /^\d{4}$/.test(y))
    .sort()
    .flatMap((y) => frontMatters<Omit<SourceCase, 'measures' | 'body'> & { measures: RawMeasure[] }>(join('cases', y)).map((c) => ({ ...c, year: y })))
    .map(({ year, ...c }) => ({
      ...c,
      body: readFileSync(join(root, 'content', 'cases', year, `${c.id}.mdx`), 'utf8')
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .replace(/<[^>]*>/g, ' '),
      published_on: String(c.published_on),
      measures: c.measures.map((m) => {
        const written = typeof m === 'string' ? m : m.measure;
        return { measure: MEASURE_BY_LABEL.get(written) ?? written };
      }),
    }));

/** Cases published on the disclosure date, newest first (then by id), as the listings show them. */
export const publishedCases = (on = ON): SourceCase[] =>
  sourceCases()
    .filter((c) => c.published_on <= on)
    .sort((a, b) => b.published_on.localeCompare(a.published_on) || a.id.localeCompare(b.id));

/** Bulletins (content/notices/), oldest first. */
export const sourceNotices = () => frontMatters<{ title: string; date: string }>('notices');

/** Months with a progress file (data/progress/YYYY-MM.csv), oldest first. */
export const progressMonths = () =>
  readdirSync(join(dataDir, 'progress'))
    .filter((n) => /^\d{4}-\d{2}\.csv$/.test(n))
    .map((n) => n.slice(0, 7))
    .sort();

export interface SourceChannel {
  name: string;
  hotline: string;
  url: string;
  scope: 'area' | 'fallback';
}

export interface SourceArea {
  number: number;
  slug: string;
  title: string;
  units: string[];
  deadline: string;
  channels: SourceChannel[];
  no_list_reason?: string;
}

export const sourceAreas = () => frontMatters<SourceArea>('areas').sort((a, b) => a.number - b.number);

/** Unit id → name, from data/units.csv. */
export const unitNames = () => new Map(csvRows('units.csv').map((u) => [u['id']!, u['name']!]));

export type Row = Record<string, string>;
export type SourceRow = Row & { status: DisclosureStatus; stopped_on: string };

export interface SourceList {
  id: string;
  title: string;
  kind: string;
  period: string;
  columns: { key: string; search?: 'identifier' | 'name' }[];
  rows: SourceRow[];
  active: SourceRow[];
  takenDown: SourceRow[];
}

/**
 * Every list as its files say (meta.yml with yaml, entries.csv with papaparse), each row with its
 * status and first day not shown on the disclosure date — the published rule of
 * src/lib/lists/disclosure.ts, which its own unit tests pin down day by day.
 */
export function sourceLists(on = ON): SourceList[] {
  return readdirSync(join(dataDir, 'lists'))
    .filter((id) => existsSync(join(dataDir, 'lists', id, 'meta.yml')))
    .sort()
    .map((id) => {
      const meta = yamlFile<{ title: string; period: string; kind: string; columns?: SourceList['columns'] }>(join('lists', id, 'meta.yml'));
      const rows = csvRows(join('lists', id, 'entries.csv')).map((r) => {
        const d = disclose({ listed_on: r['listed_on']!, expires_on: r['expires_on'] || undefined, removed_on: r['removed_on'] || undefined }, meta.period, on);
        return { ...r, status: d.status, stopped_on: d.stopped_on };
      });
      return { id, title: meta.title, kind: meta.kind, period: meta.period, columns: meta.columns ?? [], rows, active: rows.filter((r) => r.status === 'active'), takenDown: rows.filter((r) => r.status === 'expired' || r.status === 'removed') };
    });
}

/** Rows of every progress file known on the disclosure date, with `month` from the file name, oldest month first. */
export const progressRows = (on = ON): Row[] =>
  progressMonths().flatMap((m) => csvRows(`progress/${m}.csv`).filter((r) => r['submitted_on']! <= on).map((r): Row => ({ ...r, month: m })));

const WORK_ORDER = ['未开展', '推进中', '已完成'];

/**
 * An area's work status as the plan's rule reads on the files: each responsible unit's latest row
 * (any month) for the area; the least advanced word; among units with it, the oldest such row,
 * then the first unit of the area. A unit that never reported counts as 未开展 without a month.
 */
export function sourceWorkStatus(area: SourceArea, rows = progressRows()): { status: string; unit: string; month: string | undefined } {
  const latest = area.units.map((unit) => {
    const last = rows.filter((r) => r['area'] === area.slug && r['unit'] === unit).at(-1);
    return { unit, status: last?.['work_status'] ?? '未开展', month: last?.['month'] };
  });
  return [...latest].sort((a, b) => WORK_ORDER.indexOf(a.status) - WORK_ORDER.indexOf(b.status) || (a.month ?? '').localeCompare(b.month ?? '') || area.units.indexOf(a.unit) - area.units.indexOf(b.unit))[0]!;
}

/** `2026-11` → `2026年11月`, as the pages write a month. */
export const monthText = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`;
