/**
 * Search while typing, in the browser: results come after a pause without Enter, a query typed
 * in one go makes one history entry, an input method's composition is waited out, and Enter still
 * searches at once. The query is a published organisation's name read from its CSV file.
 */
import { expect, test, type Page } from '@playwright/test';
import { sourceLists } from './source.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';
import { basePath } from '../../src/lib/config.ts';

test.beforeEach(({ page }) => atDisclosureDate(page));
// The first search loads the index; on a busy machine that alone can take several seconds.
const LOADED = { timeout: 30_000 };

const base = basePath();
const lists = sourceLists();
const list = lists.find((l) => l.active.some((r) => r['subject_type'] === 'org'))!;
const entry = list.active.find((r) => r['subject_type'] === 'org')!;
const name = entry['subject_name']!;
const entryHref = `${base}lists/${list.id}/${entry['id']}/`;

const resultLinks = (page: Page) => page.locator('[data-search-list] .search-hit__title a');
const searchRun = (page: Page) => page.locator('[data-search-app]').getAttribute('data-search-run');

test('typing a name without pressing Enter shows its results after a short pause', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-run', /\d/);
  const historyBefore = await page.evaluate(() => history.length);
  await page.locator('#search-q').pressSequentially(name, { delay: 60 });
  await expect(resultLinks(page).first()).toBeVisible(LOADED);
  await expect(page.locator(`[data-search-list] a[href="${entryHref}"]`)).toHaveCount(1);
  await expect(page.locator('[data-search-status]')).toContainText(`“${name}”`);
  // The address holds the query (shareable), and the whole typed query is one history entry.
  expect(new URL(page.url()).searchParams.get('q')).toBe(name);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
  // The typed text is the person's: a search never rewrites the box under them.
  await expect(page.locator('#search-q')).toHaveValue(name);
});

test('nothing is searched while an input method composes; the composed text is', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-run', /\d/);
  const before = await searchRun(page);
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    for (const letters of ['h', 'he', 'heng', 'hengd', 'hengda']) {
      input.value = letters;
      input.dispatchEvent(new InputEvent('input', { data: letters, isComposing: true, inputType: 'insertCompositionText' }));
    }
  });
  await page.waitForTimeout(1000);
  expect(await searchRun(page)).toBe(before);
  expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  await page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    input.value = text;
    input.dispatchEvent(new CompositionEvent('compositionend', { data: text }));
  }, name);
  await expect(page.locator(`[data-search-list] a[href="${entryHref}"]`)).toHaveCount(1, LOADED);
  expect(new URL(page.url()).searchParams.get('q')).toBe(name);
});

test('Enter still searches at once, and the back button returns to the previous query', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-run', /\d/);
  const input = page.locator('#search-q');
  await input.fill(name);
  await input.press('Enter');
  await expect(page.locator(`[data-search-list] a[href="${entryHref}"]`)).toHaveCount(1, LOADED);
  const other = lists.flatMap((l) => l.active).find((r) => r['subject_type'] === 'org' && r['subject_name'] !== name && !r['subject_name']!.includes(name))!['subject_name']!;
  await input.fill('');
  await input.pressSequentially(other, { delay: 60 });
  await expect(page.locator('[data-search-status]')).toContainText(`“${other}”`, LOADED);
  await page.goBack();
  await expect(page.locator('[data-search-status]')).toContainText(`“${name}”`, LOADED);
  await expect(input).toHaveValue(name);
});
