/**
 * Checks on the built site, in the browser: one page of EVERY page type, served with
 * the security headers of public/_headers (playwright.config.ts runs scripts/serve.ts --headers):
 * the Content-Security-Policy is really sent, nothing violates it, no console error, no uncaught
 * exception, and axe finds nothing serious or critical. Search must work under the policy
 * (Pagefind's WebAssembly needs 'wasm-unsafe-eval', and nothing else).
 */
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES, org } from './page-types.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

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
