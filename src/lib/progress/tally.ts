/**
 * The office's tally of typical cases (三、(三) 及时统计各责任单位报送的治理情况、典型案例公示情况): what
 * each unit reported as published (`cases_published` of its monthly reports) checked against the
 * typical cases this portal actually publishes (content/cases). Pure logic, no I/O.
 *
 * The rule:
 * - A case is counted for each of its deciding authorities (`authorities`): the unit that issued it.
 * - A report covers what happened up to its month's 20th: a case published from the 21st of the
 *   previous month to the 20th of a month belongs to that month's report (`caseReportMonth`).
 * - Only months whose reports were due on the disclosure date are checked. A unit's figure for a
 *   month is the sum over its areas' reports known on that date; a missing report adds nothing
 *   and is counted apart, so that "reported 0" and "did not report" are never confused.
 * - A case whose report month is not checked (not yet due, or before the first month with
 *   reports) is listed apart, not counted as a difference.
 */
import type { MonthModel, ReportLike } from './rules.ts';
import { nextMonth } from './rules.ts';

/** What the tally needs of a typical case. */
export interface TallyCase {
  id: string;
  published_on: string;
  authorities: readonly string[];
}

export interface TallyRow {
  month: string;
  unit: string;
  /** Sum of `cases_published` over the unit's reports known for the month. */
  reported: number;
  /** The unit's reports for the month that are missing (their figure is unknown). */
  missingReports: number;
  /** Cases on the portal issued by the unit whose report month is this month, oldest first. */
  cases: TallyCase[];
  /** reported − published: positive, more reported than published; negative, fewer. */
  difference: number;
}

export interface Tally {
  /** Months checked, oldest first. */
  months: string[];
  /** Every (month, unit) with something reported or published, newest month first, then by unit order. */
  rows: TallyRow[];
  /** The rows whose figures differ. */
  differences: TallyRow[];
  /** Cases not checked yet (their report is not due) or outside the reporting months. */
  unchecked: TallyCase[];
}

/** `2019-10-20` → `2019-10`; `2019-10-21` → `2019-11`. */
export function caseReportMonth(publishedOn: string): string {
  const month = publishedOn.slice(0, 7);
  return Number(publishedOn.slice(8, 10)) <= 20 ? month : nextMonth(month);
}

/**
 * @param months the dashboard model on the disclosure date (./rules.ts computeProgress)
 * @param on the disclosure date: months whose 20th is after it are not checked
 */
export function tallyCases(months: readonly MonthModel<ReportLike>[], cases: readonly TallyCase[], on: string): Tally {
  const checked = months.filter((m) => m.due <= on);
  const checkedSet = new Set(checked.map((m) => m.month));
  const byKey = new Map<string, TallyCase[]>();
  const unchecked: TallyCase[] = [];
  for (const c of [...cases].sort((a, b) => a.published_on.localeCompare(b.published_on) || a.id.localeCompare(b.id))) {
    if (c.published_on > on) continue;
    const month = caseReportMonth(c.published_on);
    if (!checkedSet.has(month)) {
      unchecked.push(c);
      continue;
    }
    for (const unit of new Set(c.authorities)) {
      const key = `${month}\u0000${unit}`;
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
  }
  const rows: TallyRow[] = [];
  for (const m of [...checked].reverse()) {
    const units: string[] = [];
    const reported = new Map<string, number>();
    const missing = new Map<string, number>();
    for (const a of m.areas) {
      for (const cell of a.cells) {
        if (!units.includes(cell.unit)) units.push(cell.unit);
        if (cell.report) reported.set(cell.unit, (reported.get(cell.unit) ?? 0) + cell.report.cases_published);
        else missing.set(cell.unit, (missing.get(cell.unit) ?? 0) + 1);
      }
    }
    // A case's unit that has no report row this month (not responsible for any area) still shows.
    for (const key of byKey.keys()) {
      const [month, unit] = key.split('\u0000') as [string, string];
      if (month === m.month && !units.includes(unit)) units.push(unit);
    }
    for (const unit of units) {
      const r = reported.get(unit) ?? 0;
      const published = byKey.get(`${m.month}\u0000${unit}`) ?? [];
      if (r === 0 && published.length === 0) continue;
      rows.push({ month: m.month, unit, reported: r, missingReports: missing.get(unit) ?? 0, cases: published, difference: r - published.length });
    }
  }
  return { months: checked.map((m) => m.month), rows, differences: rows.filter((r) => r.difference !== 0), unchecked };
}
