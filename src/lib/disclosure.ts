/**
 * Disclosure status of a list entry on a given day (DESIGN.md "Disclosure status").
 * Dates are calendar days `YYYY-MM-DD`; comparison is by string, which is safe for that form.
 */

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

/**
 * - `removed` from `removed_on` on (the day of removal it is no longer shown);
 * - `expired` after the last day shown (on `expires_on` itself it is still shown);
 * - `pending` if listed after the disclosure date;
 * - otherwise `active`.
 */
export function disclosureStatus(
  entry: { listed_on: string; expires_on?: string | undefined; removed_on?: string | undefined },
  period: string,
  on: string,
): DisclosureStatus {
  if (entry.listed_on > on) return 'pending';
  if (entry.removed_on && entry.removed_on <= on) return 'removed';
  if (shownUntil(entry, period) < on) return 'expired';
  return 'active';
}

/** The day publication stopped, for the take-down notice. */
export function stoppedOn(entry: { listed_on: string; expires_on?: string | undefined; removed_on?: string | undefined }, period: string): string {
  if (entry.removed_on) return entry.removed_on;
  const until = shownUntil(entry, period);
  const d = new Date(`${until}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
