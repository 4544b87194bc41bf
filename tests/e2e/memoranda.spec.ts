/**
 * Joint punishment has its basis: every memorandum has a page listing the published cases that
 * applied one of its measures, an index lists them all, and case and measure pages name the
 * memorandum each measure rests on. Which cases a page must list is computed from the case files'
 * front matter (yaml) and the measure vocabulary, not by the portal's queries.
 * Runs against the built site with DISCLOSURE_DATE=2026-11-27 (BASE_PATH as built).
 */
import { expect, test, type Page } from '@playwright/test';
import { ON, publishedCases } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { MEASURES, type MeasureKey } from '../../src/schemas/measures.ts';
import { MEMORANDA, type MemorandumKey, type MemorandumSpec } from '../../src/schemas/memoranda.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

test.beforeEach(({ page }) => atDisclosureDate(page));

const cases = publishedCases(ON);
const keys = Object.keys(MEMORANDA) as MemorandumKey[];
const spec = (k: MemorandumKey): MemorandumSpec => MEMORANDA[k];
const restsOn = (measure: string, k: MemorandumKey) => {
  const basis: unknown = MEASURES[measure as MeasureKey].basis;
  return Array.isArray(basis) && basis.includes(k);
};
/** Published cases with at least one measure whose basis names the memorandum, newest first. */
const casesOf = (k: MemorandumKey) => cases.filter((c) => c.measures.some((m) => restsOn(m.measure, k)));

/** Titles of every case a paginated listing shows, following its 下一页 links. */
async function listedTitles(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const seen: string[] = [];
  for (;;) {
    seen.push(...(await page.locator('.case-list__title a').allTextContents()));
    const next = page.getByRole('link', { name: '下一页' });
    if (!(await next.count())) return seen;
    await next.click();
  }
}

test('each memorandum page lists exactly the published cases that applied one of its measures, newest first', async ({ page }) => {
  expect(keys.some((k) => casesOf(k).length > 0)).toBe(true);
  for (const k of keys) {
    const want = casesOf(k).map((c) => c.title);
    expect(await listedTitles(page, `cases/memoranda/${k}/`), k).toEqual(want);
  }
});

test('a memorandum page says what the document is, where it sits and how many cases applied it', async ({ page }) => {
  const k: MemorandumKey = 'judgment-defaulters';
  await page.goto(`cases/memoranda/${k}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`《${spec(k).title}》`);
  const facts = page.locator('.memorandum-facts');
  await expect(facts).toContainText('发改财金〔2016〕141号');
  for (const issuer of spec(k).issuers) await expect(facts).toContainText(issuer);
  await expect(facts).toContainText(spec(k).concerns);
  await expect(page.locator('.lead')).toContainText(`共 ${casesOf(k).length} 个案例`);
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link', { name: '联合惩戒备忘录' })).toBeVisible();
  await crumbs.getByRole('link', { name: '联合惩戒备忘录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('联合惩戒备忘录');
});

test('the index lists every memorandum with its number, issuers and case count, and the measures that rest on the law', async ({ page }) => {
  await page.goto('cases/memoranda/');
  const items = page.locator('.memoranda__item');
  await expect(items).toHaveCount(keys.length);
  for (const [i, k] of keys.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(`《${spec(k).title}》`);
    if (spec(k).number) await expect(item).toContainText(spec(k).number!);
    await expect(item).toContainText(spec(k).issuers.join('、'));
    const n = casesOf(k).length;
    await expect(item).toContainText(n ? `（${n} 个）` : '暂无采取本备忘录所列措施的典型案例');
  }
  const law = (Object.keys(MEASURES) as MeasureKey[]).filter((m) => MEASURES[m].basis === 'law').map((m) => MEASURES[m].label);
  await expect(page.locator('.memoranda__law li')).toHaveText(law);
});

test('a case page names the memorandum each measure rests on, and the law for a penalty', async ({ page }) => {
  const c = cases.find((x) => x.measures.some((m) => m.measure === 'restrict-high-consumption') && x.measures.some((m) => MEASURES[m.measure as MeasureKey].basis === 'law'))!;
  await page.goto(`cases/${c.id}/`);
  const section = page.locator('.case__measures');
  const item = section.locator('li', { hasText: '限制高消费' });
  const link = item.getByRole('link', { name: `《${spec('judgment-defaulters').title}》（发改财金〔2016〕141号）` });
  await expect(link).toBeVisible();
  const lawLabel = MEASURES[c.measures.find((m) => MEASURES[m.measure as MeasureKey].basis === 'law')!.measure as MeasureKey].label;
  await expect(section.locator('li', { hasText: lawLabel }).first()).toContainText('依据：作出处理决定时适用的法律、法规');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(spec('judgment-defaulters').title);
});

test('a measure page names every memorandum that provides the measure', async ({ page }) => {
  await page.goto('cases/measure/restrict-exit/');
  const basis = page.locator('.measure-basis');
  for (const k of keys.filter((x) => restsOn('restrict-exit', x))) await expect(basis.getByRole('link', { name: spec(k).title })).toBeVisible();
  await page.goto('cases/measure/fine/');
  await expect(page.locator('.measure-basis')).toContainText('法律、法规');
});

test('the memoranda pages have no serious accessibility problem', async ({ page }) => {
  for (const path of ['cases/memoranda/', `cases/memoranda/${keys[0]}/`]) {
    await page.goto(path);
    await expectNoSeriousAxe(page);
  }
});
