/**
 * A copy of the site that is not rebuilt (a mirror, a browser cache, a missed daily build) must
 * not go on showing an entry past its period to a visitor with JavaScript, and must say when its
 * data is old. Each entry carries the first day it must no longer be shown (`data-hide-from`, and
 * `h` in its search record); these rules decide against the visitor's clock, in China time.
 * Browser-safe: no Intl, no time-zone database — China has been UTC+8 all year since 1991.
 */
import { daysBetween } from './dates.ts';

/** Is an entry that stops on `hideFrom` (YYYY-MM-DD) due to be hidden on `today`? */
export function isDue(hideFrom: string | undefined | null, today: string): boolean {
  return !!hideFrom && /^\d{4}-\d{2}-\d{2}$/.test(hideFrom) && hideFrom <= today;
}

/** Days after which a page says its data may be out of date (the daily build should prevent it). */
export const STALE_AFTER_DAYS = 2;

/** Is a build made for `dataDate` too old on `today` (more than STALE_AFTER_DAYS days)? */
export function isStaleBuild(dataDate: string | undefined | null, today: string): boolean {
  return !!dataDate && /^\d{4}-\d{2}-\d{2}$/.test(dataDate) && daysBetween(dataDate, today) > STALE_AFTER_DAYS;
}
