/**
 * Checks on the built site, in the browser: one page of EVERY page type, served with
 * the security headers of public/_headers (playwright.config.ts runs scripts/serve.ts --headers):
 * the Content-Security-Policy is really sent, nothing violates it, no console error, no uncaught
 * exception, and axe finds nothing serious or critical. Search must work under the policy
 * (Pagefind's WebAssembly needs 'wasm-unsafe-eval', and nothing else).
 */
import { expect, test, type Page } from '@playwright/test';
import { ON, progressMonths, sourceAreas, sourceCases, sourceLists, sourceNotices } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

// Which pages to visit, chosen from the files themselves (papaparse, yaml), not the loader.
const lists = sourceLists(ON);
const active = lists.flatMap((l) => l.active.map((e) => ({ list: l.id, e })));
const org = active.find((a) => a.e['subject_type'] === 'org' && a.e['uscc'])!;
const person = active.find((a) => a.e['subject_type'] === 'person') ?? org;
const gone = lists.flatMap((l) => l.takenDown.map((e) => ({ list: l.id, e })))[0]!;
const firstCase = sourceCases().find((c) => String(c.published_on) <= ON)!;
const notice = sourceNotices().find((n) => String(n.date) <= ON)!;
const month = progressMonths().at(-1)!;
const area = sourceAreas()[0]!;

/** One page of every type the site has (DESIGN.md "Addresses"), plus 404. */
const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['areas', 'areas/'],
  ['area', `areas/${area.slug}/`],
  ['tip-off', 'tip-off/'],
  ['list catalogue', 'lists/'],
  ['list table', `lists/${org.list}/`],
  ['list table, page 2', `lists/${lists.find((l) => l.active.length > 50)?.id ?? org.list}/2/`],
  ['entry (organisation)', `lists/${org.list}/${org.e['id']}/`],
  ['entry (person)', `lists/${person.list}/${person.e['id']}/`],
  ['take-down notice', `lists/${gone.list}/${gone.e['id']}/`],
  ['subject', `subjects/${org.e['uscc']}/`],
  ['cases', 'cases/'],
  ['case', `cases/${firstCase.id}/`],
  ['cases by area', `cases/area/${firstCase.area}/`],
  ['notices', 'notices/'],
  ['notice', `notices/${notice.id}/`],
  ['progress', 'progress/'],
  ['month', `progress/${month}/`],
  ['scores', 'progress/scores/'],
  ['stats', 'stats/'],
  ['data', 'data/'],
  ['changes', 'changes/'],
  ['about', 'about/'],
  ['search (empty)', 'search/'],
  ['404', '404.html'],
];

interface Problems {
  console: string[];
  csp: string[];
}

/** Opens a page, recording console errors, uncaught exceptions and CSP violations. */
async function open(page: Page, url: string): Promise<Problems> {
  const problems: Problems = { console: [], csp: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.console.push(`exception: ${err.message}`));
  page.on('requestfailed', (req) => problems.console.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp, 'the page is served under the Content-Security-Policy').toMatch(/script-src 'self'/);
  expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  expect(res?.headers()['x-content-type-options']).toBe('nosniff');
  await page.waitForLoadState('networkidle');
  problems.csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return problems;
}

test.describe('every page type under the Content-Security-Policy', () => {
  for (const [name, url] of PAGE_TYPES) {
    test(`${name} (/${url}): no console error, no CSP violation, no serious axe violation`, async ({ page }) => {
      const p = await open(page, url);
      expect(p.csp, 'CSP violations').toEqual([]);
      expect(p.console, 'console errors').toEqual([]);
      await expectNoSeriousAxe(page);
    });
  }
});

test('search finds a real name under the Content-Security-Policy', async ({ page }) => {
  const name = org.e['subject_name']!;
  const p = await open(page, `search/?q=${encodeURIComponent(name)}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done', { timeout: 30_000 });
  await expect(page.locator('[data-search-list] .search-hit__title').first()).toContainText(name);
  p.csp.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
  expect(p.csp, 'CSP violations').toEqual([]);
  expect(p.console, 'console errors').toEqual([]);
  await expectNoSeriousAxe(page);
});
