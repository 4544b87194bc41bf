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

test.describe('one way to write dates', () => {
  for (const [name, path] of PAGE_TYPES) {
    test(`${name}: running text writes dates as 2026年8月1日; 2026-08-01 only in tables, code and addresses`, async ({ page }) => {
      await page.goto(path);
      const iso = await page.evaluate(() => {
        const out: string[] = [];
        const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = texts.nextNode(); n; n = texts.nextNode()) {
          if (n.parentElement!.closest('table, code, pre, script, style, template, [hidden]')) continue;
          // Addresses (a case's permanent link) may hold a date in their slug.
          const text = (n.textContent ?? '').replace(/https?:\/\/\S+/g, '');
          const m = /(?<![\d/])\d{4}-\d{2}(-\d{2})?(?![\d/])/.exec(text);
          if (m) out.push(`${n.parentElement!.tagName}: ${text.trim().slice(0, 60)}`);
        }
        // Text alternatives of charts are read out as running text too.
        for (const d of document.querySelectorAll('svg desc, svg title, [aria-label]')) {
          const text = d.tagName === 'desc' || d.tagName === 'title' ? (d.textContent ?? '') : (d.getAttribute('aria-label') ?? '');
          if (/(?<![\d/])\d{4}-\d{2}(-\d{2})?(?![\d/])/.test(text)) out.push(`${d.tagName} text alternative: ${text.slice(0, 60)}`);
        }
        return out;
      });
      expect(iso).toEqual([]);
    });
  }
});
