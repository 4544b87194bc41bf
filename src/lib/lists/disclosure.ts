/**
 * Disclosure status of a list entry on a given day (DESIGN.md "Disclosure status").
 * Dates are calendar days `YYYY-MM-DD`; comparison is by string, which is safe for that form.
 */
import { addDays } from '../dates.ts';

/** `pending`: listed after the disclosure date, not yet public (no page, counted nowhere). */
export type DisclosureStatus = 'active' | 'expired' | 'removed' | 'pending';

/** Adds a period like `3y` or `6m` to a date; the 31st of a short month clamps to its last day. */
export function addPeriod(date: string, period: string): string {
  const m = /^(\d+)([ym])$/.exec(period);
  if (!m) throw new Error(`bad period ${period}`);
  const n = Number(m[1]);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const months = m[2] === 'y' ? n * 12 : n;
  const ty = y + Math.floor((mo - 1 + months) / 12);
  const tm = ((mo - 1 + months) % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day an entry is shown: its own `expires_on`, else listed_on + period. */
export function shownUntil(entry: { listed_on: string; expires_on?: string | undefined }, period: string): string {
  return entry.expires_on ?? addPeriod(entry.listed_on, period);
}

type Dated = { listed_on: string; expires_on?: string | undefined; removed_on?: string | undefined };

/**
 * The day publication stops (the first day not shown): `removed_on`, or the day after the last
 * day shown, whichever comes first. An entry whose period ran out before it was removed counts
 * as expired, not removed.
 */
function stopDay(entry: Dated, shown_until: string): string {
  const expiry = addDays(shown_until, 1);
  return entry.removed_on && entry.removed_on <= expiry ? entry.removed_on : expiry;
}

/**
 * The disclosure rule, in one place: last day shown, first day not shown, and the status on `on`:
 * - `pending` if listed after `on` (not yet public);
 * - `removed` from `removed_on` on (on the day of removal it is no longer shown);
 * - `expired` after the last day shown (on `expires_on` itself it is still shown);
 * - otherwise `active`.
 * The loader calls it once per entry.
 */
export function disclose(entry: Dated, period: string, on: string): { status: DisclosureStatus; shown_until: string; stopped_on: string } {
  const shown_until = shownUntil(entry, period);
  const stopped_on = stopDay(entry, shown_until);
  const status: DisclosureStatus = entry.listed_on > on ? 'pending' : stopped_on > on ? 'active' : entry.removed_on === stopped_on ? 'removed' : 'expired';
  return { status, shown_until, stopped_on };
}

/** The first day an entry is not shown (see `disclose`). */
export function stoppedOn(entry: Dated, period: string): string {
  return stopDay(entry, shownUntil(entry, period));
}

/** The status of an entry on `on` (see `disclose`). */
export function disclosureStatus(entry: Dated, period: string, on: string): DisclosureStatus {
  return disclose(entry, period, on).status;
}

/** Chinese label of a status, for pages and statistics. */
export const STATUS_LABELS: Record<DisclosureStatus, string> = {
  active: '公示中',
  expired: '公示期满，已停止公示',
  removed: '已提前移出，停止公示',
  pending: '尚未公示',
};

/** `3y` → 3 年, `6m` → 6 个月. */
export function periodLabel(period: string): string {
  const m = /^(\d+)([ym])$/.exec(period);
  if (!m) return period;
  return m[2] === 'y' ? `${m[1]} 年` : `${m[1]} 个月`;
}
