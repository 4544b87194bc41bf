import type { Page } from '@playwright/test';

/**
 * Submits a query through the search page's own form (as pressing Enter does) and waits until the
 * page reports the search finished (`data-search-run` changed, not busy). Returns the
 * milliseconds from submitting to shown results, and the shown results' hrefs as written.
 * Used by the search test (tests/e2e/search.spec.ts) and the search benchmark.
 */
export function submitSearch(page: Page, query: string): Promise<{ ms: number; hrefs: string[] }> {
  return page.evaluate(async (q) => {
    const app = document.querySelector<HTMLElement>('[data-search-app]')!;
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const before = app.dataset['searchRun'];
    const finished = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (app.dataset['searchRun'] !== before && app.dataset['searchState'] !== 'busy') {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(app, { attributes: true });
    });
    input.value = q;
    const t0 = performance.now();
    input.form!.requestSubmit();
    const ms = (await finished) - t0;
    const hrefs = [...document.querySelectorAll('[data-search-list] .search-hit__title a')].map((a) => a.getAttribute('href') ?? '');
    return { ms, hrefs };
  }, query);
}
