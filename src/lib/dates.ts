/**
 * Calendar days, the one way the portal handles them: `YYYY-MM-DD` strings, compared as strings
 * (safe for that form), computed in UTC so that no time zone shifts a day, and labelled in
 * Chinese. China has kept UTC+8 all year since 1991, so "today in China" needs no time-zone
 * database and works the same in the browser. Used by the build, the pages' scripts and the
 * scripts alike.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** True for a well-formed `YYYY-MM-DD` string (not a check that the day exists). */
export function isIsoDay(s: string | undefined | null): s is string {
  return !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** Adds (or, negative, subtracts) whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (to − from). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar day in China of a moment: a millisecond clock, or an ISO timestamp with offset. */
export function chinaDay(moment: number | string): string {
  const ms = typeof moment === 'number' ? moment : new Date(moment).getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2019-06-20` → `2019年6月20日`. */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** `2019-06` (or a full date) → `2019年6月`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${y}年${m}月`;
}
