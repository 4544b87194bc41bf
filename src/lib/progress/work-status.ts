/**
 * Where an area's work stands, from its units' monthly reports (the `work_status` column):
 * 未开展, 推进中 or 已完成. Pure logic, no I/O.
 *
 * The rule: each responsible unit's word is that of its latest report known on the disclosure
 * date (on time or late; any month). The area's status is the least advanced of these words, so
 * that one unit's 已完成 never hides another unit's 推进中. The report that says so is the one the
 * pages link to: among units with that word, the one whose latest report is the oldest (the
 * longest-standing claim), then the first in the area's order. A unit that has never reported
 * for the area counts as 未开展, with no report to link to.
 *
 * The plan's 完成时限 is a different thing: it is shown beside this, as the plan's deadline.
 */
import { WORK_STATUSES, type WorkStatusValue } from '../../schemas/progress.ts';
import type { MonthModel, ReportLike } from './rules.ts';

/** 未开展 < 推进中 < 已完成. */
export const WORK_RANK: Record<WorkStatusValue, number> = Object.fromEntries(WORK_STATUSES.map((s, i) => [s, i])) as Record<WorkStatusValue, number>;

/** One unit's latest word for an area; `month` undefined when it never reported. */
export interface UnitWork {
  unit: string;
  status: WorkStatusValue;
  month: string | undefined;
}

export interface AreaWork {
  /** The least advanced of the units' words. */
  status: WorkStatusValue;
  /** The unit whose report says so, and that report's month (undefined: the unit never reported). */
  unit: string;
  month: string | undefined;
  /** Every responsible unit's latest word, in the area's order. */
  units: UnitWork[];
}

/**
 * An area's work status on the model's disclosure date. Undefined when the area has no
 * responsible unit in the model (it is not in any month).
 */
export function areaWorkStatus(months: readonly MonthModel<ReportLike>[], area: string): AreaWork | undefined {
  const latest = new Map<string, UnitWork>();
  let order: string[] | undefined;
  for (const m of months) {
    const a = m.areas.find((x) => x.area === area);
    if (!a) continue;
    order ??= a.cells.map((c) => c.unit);
    for (const c of a.cells) if (c.report) latest.set(c.unit, { unit: c.unit, status: c.report.work_status, month: m.month });
  }
  if (!order || order.length === 0) return undefined;
  const units = order.map((u): UnitWork => latest.get(u) ?? { unit: u, status: '未开展', month: undefined });
  let pick = units[0]!;
  for (const u of units.slice(1)) {
    const byRank = WORK_RANK[u.status] - WORK_RANK[pick.status];
    // Never reported sorts before any month: it is the oldest claim there is.
    const older = (u.month ?? '') < (pick.month ?? '');
    if (byRank < 0 || (byRank === 0 && older)) pick = u;
  }
  return { status: pick.status, unit: pick.unit, month: pick.month, units };
}
