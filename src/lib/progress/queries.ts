/**
 * Queries for the reporting pages (/progress/, /notices/, /stats/, the area timeline, the home
 * page figures) and their machine-readable twins. Everything is computed once per build from
 * portal() on the disclosure date; pages only lay it out.
 */
import type { AreaRecord } from '../areas/load.ts';
import type { ReportRecord, ScoreRecord } from './load.ts';
import { portal, unitName } from '../queries.ts';
import { computeProgress, onTimeRate, rankScores, STATUS_TEXT, DUE_DAY, type AreaMonth, type MonthModel, type StatusCounts } from './rules.ts';
import { areaWorkStatus, type AreaWork } from './work-status.ts';
import { tallyCases, type Tally } from './tally.ts';
import { monthLabel } from '../dates.ts';
import { publishedNotices, noticesForArea, noticesForMonth } from '../notices/queries.ts';

let model: MonthModel<ReportRecord>[] | undefined;

/** Every reportable month (oldest first) with every (area, unit) status on the disclosure date. */
export function progressModel(): MonthModel<ReportRecord>[] {
  if (!model) {
    const p = portal();
    model = computeProgress([...p.areas.values()], p.progress, p.disclosureDate);
  }
  return model;
}

/** An area's work status from its units' latest reports (./work-status.ts). */
export function areaWork(slug: string): AreaWork | undefined {
  return areaWorkStatus(progressModel(), slug);
}

/** Months the wide tables show (matrix, scores, an area's timeline); older months are linked by year. */
export const SHOWN_MONTHS = 12;

/** Months (oldest first) grouped by year, newest year first: the links to months a table leaves out. */
export function monthsByYear(months: readonly string[]): { year: string; months: string[] }[] {
  const years = new Map<string, string[]>();
  for (const m of months) years.set(m.slice(0, 4), [...(years.get(m.slice(0, 4)) ?? []), m]);
  return [...years].map(([year, ms]) => ({ year, months: ms })).reverse();
}

export interface DashboardRow {
  area: AreaRecord;
  /** The area's work status from its units' latest reports. */
  work: AreaWork | undefined;
  /** One per shown month, in the order of `shown`. */
  cells: AreaMonth<ReportRecord>[];
}

/**
 * The matrix of /progress/: rows = the 19 areas in plan order, columns = the last SHOWN_MONTHS
 * months; the figures above it count every month.
 */
export function dashboard(): { disclosureDate: string; months: MonthModel<ReportRecord>[]; shown: MonthModel<ReportRecord>[]; older: { year: string; months: string[] }[]; rows: DashboardRow[]; totals: StatusCounts; onTime: number | undefined } {
  const p = portal();
  const months = progressModel();
  const shown = months.slice(-SHOWN_MONTHS);
  const older = monthsByYear(months.slice(0, months.length - shown.length).map((m) => m.month));
  const rows = [...p.areas.values()].map((area) => ({
    area,
    work: areaWork(area.slug),
    cells: shown.map((m) => m.areas.find((a) => a.area === area.slug)!),
  }));
  const totals = months.reduce<StatusCounts>(
    (t, m) => ({ expected: t.expected + m.counts.expected, on_time: t.on_time + m.counts.on_time, late: t.late + m.counts.late, missing: t.missing + m.counts.missing, pending: t.pending + m.counts.pending }),
    { expected: 0, on_time: 0, late: 0, missing: 0, pending: 0 },
  );
  return { disclosureDate: p.disclosureDate, months, shown, older, rows, totals, onTime: onTimeRate(totals) };
}

let tally: Tally | undefined;

/** Reported typical cases against those published here (./tally.ts), on the disclosure date. */
export function caseTally(): Tally {
  if (!tally) {
    const p = portal();
    tally = tallyCases(progressModel(), [...p.cases.values()], p.disclosureDate);
  }
  return tally;
}

/** The tally as /progress/ shows it: the last SHOWN_MONTHS checked months, and every difference. */
export function tallyView() {
  const t = caseTally();
  const recent = new Set(t.months.slice(-SHOWN_MONTHS));
  return { ...t, shown: t.rows.filter((r) => recent.has(r.month) || r.difference !== 0), first: t.months.slice(-SHOWN_MONTHS)[0] };
}

export type RankedScore = ScoreRecord & { rank: number; name: string };

/** A month's scores, ranked (equal scores share a rank). */
export function rankedScores(month: string): RankedScore[] {
  const m = portal().scores.find((s) => s.month === month);
  if (!m) return [];
  return rankScores(
    m.scores.map((s) => ({ ...s, name: unitName(s.unit) })),
    (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
  );
}

/** /progress/<month>/: the month's model, its neighbours, scores and bulletins. */
export function monthPages() {
  const months = progressModel();
  const areas = portal().areas;
  return months.map((m, i) => ({
    params: { month: m.month },
    props: {
      model: m,
      prev: months[i - 1]?.month,
      next: months[i + 1]?.month,
      areas: m.areas.map((a) => ({ area: areas.get(a.area)!, cells: a.cells, counts: a.counts })),
      scores: rankedScores(m.month),
      notices: noticesForMonth(m.month),
      tally: caseTally().rows.filter((r) => r.month === m.month),
      tallied: caseTally().months.includes(m.month),
    },
  }));
}

/**
 * /progress/scores/: the last SHOWN_MONTHS months' rankings and a unit × month matrix, both
 * newest month first (the latest month sits beside the average on a narrow screen), units by
 * their average over those months, highest first; older months are linked by year.
 */
export function scoresOverview() {
  const p = portal();
  const all = p.scores
    .map((s) => s.month)
    .filter((m) => `${m}-01` <= p.disclosureDate)
    .sort()
    .reverse();
  const months = all.slice(0, SHOWN_MONTHS);
  const older = monthsByYear(all.slice(SHOWN_MONTHS).reverse());
  const unitIds = [...new Set(p.scores.flatMap((s) => s.scores.map((r) => r.unit)))];
  const matrix = unitIds
    .map((unit) => {
      const scores = months.map((m) => p.scores.find((s) => s.month === m)!.scores.find((r) => r.unit === unit)?.score);
      const known = scores.filter((s): s is number => s !== undefined);
      const average = known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10 : undefined;
      return { unit, name: unitName(unit), scores, average };
    })
    .filter((r) => r.scores.some((s) => s !== undefined))
    .sort((a, b) => (b.average ?? -1) - (a.average ?? -1) || a.name.localeCompare(b.name, 'zh-CN'));
  // Praise and criticism naming each unit: units have no page of their own, so they are listed here.
  const named = publishedNotices().filter((n) => n.kind !== '进展通报');
  const unitNotices = matrix
    .map((r) => ({ unit: r.unit, name: r.name, praise: named.filter((n) => n.kind === '通报表扬' && n.units.includes(r.unit)), criticism: named.filter((n) => n.kind === '通报批评' && n.units.includes(r.unit)) }))
    .filter((u) => u.praise.length || u.criticism.length);
  return { months, older, matrix, unitNotices, rankings: months.map((m) => ({ month: m, scores: rankedScores(m) })) };
}

/** Bulletins an area page lists (newest first); /notices/ has them all. */
const AREA_NOTICES = 10;

/** An area's own timeline: months × its responsible units, and the bulletins naming it. */
export function areaProgress(slug: string) {
  const area = portal().areas.get(slug);
  if (!area) throw new Error(`unknown area ${slug}`);
  const all = progressModel().map((m) => ({ month: m.month, due: m.due, cells: m.areas.find((a) => a.area === slug)!.cells }));
  const months = all.slice(-SHOWN_MONTHS);
  const older = monthsByYear(all.slice(0, all.length - months.length).map((m) => m.month));
  const notices = noticesForArea(slug);
  return { area, units: area.units.map((u) => ({ id: u, name: unitName(u) })), months, older, notices: notices.slice(0, AREA_NOTICES), moreNotices: notices.length - Math.min(notices.length, AREA_NOTICES) };
}

/** /data/progress.json: the dashboard in numbers, so that anyone can check it against the CSVs. */
export function progressJson() {
  const p = portal();
  return {
    disclosure_date: p.disclosureDate,
    rule: `每月 ${DUE_DAY} 日为报送期限：${DUE_DAY} 日当天及以前报送为 on_time（按时），${DUE_DAY + 1} 日及以后（含次月及以后）报送为 late（逾期），责任单位没有报送为 missing（未报），期限未到为 pending（未到期）。状态按公示日期计算。`,
    statuses: Object.fromEntries(Object.entries(STATUS_TEXT).map(([k, v]) => [k, v.long])),
    months: progressModel().map((m) => ({
      month: m.month,
      label: monthLabel(m.month),
      due_on: m.due,
      counts: m.counts,
      areas_reported: m.areasReported,
      totals: m.totals,
      areas: m.areas.map((a) => ({
        area: a.area,
        title: p.areas.get(a.area)!.title,
        counts: a.counts,
        reports: a.cells.map((c) => ({
          unit: c.unit,
          unit_name: unitName(c.unit),
          status: c.status,
          submitted_on: c.report?.submitted_on ?? null,
          days_late: c.daysLate ?? null,
          cases_handled: c.report?.cases_handled ?? null,
          entries_listed: c.report?.entries_listed ?? null,
          entries_removed: c.report?.entries_removed ?? null,
          cases_published: c.report?.cases_published ?? null,
          amount_yuan: c.report?.amount_yuan ?? null,
          work_status: c.report?.work_status ?? null,
          summary: c.report?.summary ?? null,
        })),
      })),
    })),
  };
}
