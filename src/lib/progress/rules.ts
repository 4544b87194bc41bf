/**
 * Monthly progress reporting (每月 20 日报送), pure logic without I/O.
 *
 * The rule, as the plan (三、(一)) states it and as the portal applies it:
 * - `data/progress/<yyyy-mm>.csv` holds the reports due in that month; each responsible unit
 *   reports, for each area it is responsible for, the work done up to that month's 20th.
 * - A report is due on the 20th of its month. Submitted on or before the 20th: `on_time`
 *   (按时). Submitted from the 21st on: `late` (逾期) — whether that is the 21st of the same
 *   month or any day of a later month. A late report still counts for ITS month (the month of
 *   its file): it is never carried over to the next month, and the next month's report is
 *   due on the next 20th as usual.
 * - No row for a pair (area, unit) where the unit is responsible for the area: `missing`
 *   (未报) once the due date has passed on the disclosure date.
 * - Looked at on the disclosure date: a report submitted after that day is not yet known
 *   (like a list entry listed after it), and a month whose 20th is still ahead is `pending`
 *   (未到期) for every pair that has not reported.
 */
import { addDays, daysBetween } from '../dates.ts';
import type { WorkStatusValue } from '../../schemas/progress.ts';

/** Status of one (month, area, unit) report on the disclosure date. */
export type ReportStatus = 'on_time' | 'late' | 'missing' | 'pending';

export const REPORT_STATUSES: readonly ReportStatus[] = ['on_time', 'late', 'missing', 'pending'];

/** Text symbol, short word and full sentence for each status: meaning never by colour alone. */
export const STATUS_TEXT: Record<ReportStatus, { symbol: string; word: string; long: string }> = {
  on_time: { symbol: '✓', word: '按时', long: '已按时报送（20 日前）' },
  late: { symbol: '!', word: '逾期', long: '逾期报送（20 日后）' },
  missing: { symbol: '✗', word: '未报', long: '未报送' },
  pending: { symbol: '…', word: '未到期', long: '尚未到报送期限' },
};

/** The day reports for a month are due: the 20th. */
export const DUE_DAY = 20;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

/** `2019-06` → `2019-06-20`. */
export function dueDate(month: string): string {
  return `${month}-${String(DUE_DAY).padStart(2, '0')}`;
}

/** `2019-06` → `2019-06-01`. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

/** The month after `2019-12` is `2020-01`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty if `to` is before `from`). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/**
 * The latest plausible submission day for a month's report: a year after its due date.
 * Anything later is a typing mistake (e.g. 2091 for 2019) and refused by validation.
 */
export function latestPlausibleSubmission(month: string): string {
  return addDays(dueDate(month), 366);
}

/**
 * Status of one report on the disclosure date `on`.
 * @param submittedOn the row's `submitted_on`, or undefined when there is no row.
 */
export function reportStatus(month: string, submittedOn: string | undefined, on: string): ReportStatus {
  const due = dueDate(month);
  if (submittedOn !== undefined && submittedOn <= on) return submittedOn <= due ? 'on_time' : 'late';
  return on <= due ? 'pending' : 'missing';
}

/** Days a report was late (0 when on time). */
export function daysLate(month: string, submittedOn: string): number {
  return Math.max(0, daysBetween(dueDate(month), submittedOn));
}

/** Counts per status. */
export type StatusCounts = Record<ReportStatus, number> & { expected: number };

export function emptyCounts(): StatusCounts {
  return { expected: 0, on_time: 0, late: 0, missing: 0, pending: 0 };
}

export function addStatus(c: StatusCounts, s: ReportStatus): StatusCounts {
  c.expected++;
  c[s]++;
  return c;
}

/**
 * Share of due reports that were on time, 0..1; reports not yet due are not counted.
 * Undefined when nothing was due.
 */
export function onTimeRate(c: StatusCounts): number | undefined {
  const due = c.on_time + c.late + c.missing;
  return due ? c.on_time / due : undefined;
}

/** `0.8667` → `86.7%`; undefined → `—`. */
export function formatRate(r: number | undefined): string {
  return r === undefined ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
}

/**
 * Ranks scores: highest first; equal scores share a rank and the next rank skips
 * (competition ranking 1, 2, 2, 4). Ties are ordered by the given tie-breaker (e.g. unit name).
 */
export function rankScores<T extends { score: number }>(rows: T[], tieBreak: (a: T, b: T) => number = () => 0): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score || tieBreak(a, b));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || r.score !== sorted[i - 1]!.score) rank = i + 1;
    return { ...r, rank };
  });
}

/* ------------------------------------------------------------------------------------------ */
/* The dashboard model: every (month, area, unit) pair with its status on the disclosure date. */

/** What the model needs of an area. */
export interface AreaLike {
  slug: string;
  number: number;
  title: string;
  units: string[];
  deadline: string;
}

/** What the model needs of a report row. */
export interface ReportLike {
  area: string;
  unit: string;
  submitted_on: string;
  cases_handled: number;
  entries_listed: number;
  entries_removed: number;
  cases_published: number;
  amount_yuan?: number | undefined;
  summary: string;
  /** 工作状态 as the unit reports it (see ./work-status.ts). */
  work_status: WorkStatusValue;
}

export interface ReportCell<R extends ReportLike = ReportLike> {
  month: string;
  area: string;
  unit: string;
  status: ReportStatus;
  /** The row, when it is known on the disclosure date (on time or late). */
  report?: R;
  /** Days after the 20th, for late reports. */
  daysLate?: number;
}

export interface AreaMonth<R extends ReportLike = ReportLike> {
  area: string;
  /** One cell per responsible unit, in the area's order. */
  cells: ReportCell<R>[];
  counts: StatusCounts;
}

export interface MonthModel<R extends ReportLike = ReportLike> {
  month: string;
  due: string;
  areas: AreaMonth<R>[];
  counts: StatusCounts;
  /** Areas with at least one report known on the disclosure date (coverage of the 19). */
  areasReported: number;
  /** Areas whose every responsible unit reported on time. */
  areasAllOnTime: number;
  /** Totals of the reported counts. */
  totals: { cases_handled: number; entries_listed: number; entries_removed: number; cases_published: number; amount_yuan: number };
}

/**
 * Builds the dashboard: months (oldest first) × areas (in plan order) × responsible units.
 * Months that start after the disclosure date are left out: they are not yet reportable.
 */
export function computeProgress<R extends ReportLike>(areas: AreaLike[], months: { month: string; reports: R[] }[], on: string): MonthModel<R>[] {
  const ordered = [...areas].sort((a, b) => a.number - b.number);
  return months
    .filter((m) => monthStart(m.month) <= on)
    .map(({ month, reports }) => {
      const byPair = new Map(reports.map((r) => [`${r.area}\u0000${r.unit}`, r]));
      const counts = emptyCounts();
      const totals = { cases_handled: 0, entries_listed: 0, entries_removed: 0, cases_published: 0, amount_yuan: 0 };
      let areasReported = 0;
      let areasAllOnTime = 0;
      const areaModels = ordered.map((a) => {
        const ac = emptyCounts();
        const cells = a.units.map((unit): ReportCell<R> => {
          const r = byPair.get(`${a.slug}\u0000${unit}`);
          const status = reportStatus(month, r?.submitted_on, on);
          addStatus(ac, status);
          addStatus(counts, status);
          const known = status === 'on_time' || status === 'late';
          if (known && r) {
            totals.cases_handled += r.cases_handled;
            totals.entries_listed += r.entries_listed;
            totals.entries_removed += r.entries_removed;
            totals.cases_published += r.cases_published;
            totals.amount_yuan += r.amount_yuan ?? 0;
            return { month, area: a.slug, unit, status, report: r, ...(status === 'late' ? { daysLate: daysLate(month, r.submitted_on) } : {}) };
          }
          return { month, area: a.slug, unit, status };
        });
        if (ac.on_time + ac.late > 0) areasReported++;
        if (ac.expected > 0 && ac.on_time === ac.expected) areasAllOnTime++;
        return { area: a.slug, cells, counts: ac };
      });
      totals.amount_yuan = Math.round(totals.amount_yuan * 100) / 100;
      return { month, due: dueDate(month), areas: areaModels, counts, areasReported, areasAllOnTime, totals };
    });
}

/** Status counts per unit over all months (the "reports on time per unit" statistic). */
export function countsByUnit(model: MonthModel[]): Map<string, StatusCounts> {
  const out = new Map<string, StatusCounts>();
  for (const m of model) for (const a of m.areas) for (const c of a.cells) {
    if (!out.has(c.unit)) out.set(c.unit, emptyCounts());
    addStatus(out.get(c.unit)!, c.status);
  }
  return out;
}

/** Status counts over every month and area. */
export function overallCounts(model: MonthModel[]): StatusCounts {
  const c = emptyCounts();
  for (const m of model) for (const s of REPORT_STATUSES) {
    c[s] += m.counts[s];
  }
  c.expected = model.reduce((n, m) => n + m.counts.expected, 0);
  return c;
}

/**
 * A short label for a unit inside a crowded table cell: `市公安局` → `公安`,
 * `市市场监督管理局` → `市场监督`. The full name is always given to screen readers beside it.
 */
export function shortUnitName(name: string): string {
  const core = name.replace(/^(市委|市政府|市)/, '').replace(/(办公室|局|委|办)$/, '');
  return core.length > 4 ? core.slice(0, 4) : core || name;
}
