/**
 * The page side of src/lib/stale.ts, loaded on every page as an external module (the CSP allows
 * no inline script): hides entries whose day has come and shows their take-down wording, and
 * shows the banner when the build is old. Without JavaScript nothing changes: the page stays as
 * built. The search page drops due results itself (search-client.ts).
 */
import { isDue, isStaleBuild } from '../../lib/stale.ts';
import { chinaDay } from '../../lib/dates.ts';

export function guardStaleCopy(doc: Document = document, now: number = Date.now()): void {
  const today = chinaDay(now);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-hide-from]')) {
    if (!isDue(el.dataset['hideFrom'], today)) continue;
    el.hidden = true;
    // The take-down wording for this entry, rendered beside it (hidden) by the build; the
    // document title names the entry too, so it is replaced by the notice's.
    const notice = el.id ? doc.querySelector<HTMLTemplateElement>(`template[data-stale-notice-for="${el.id}"]`) : null;
    if (!notice) continue;
    if (notice.dataset['title']) doc.title = notice.dataset['title'];
    notice.replaceWith(notice.content.cloneNode(true));
  }
  const date = doc.querySelector<HTMLElement>('[data-data-date]');
  const banner = doc.querySelector<HTMLElement>('[data-stale-banner]');
  if (date && banner && isStaleBuild(date.dataset['dataDate'], today)) banner.hidden = false;
}
