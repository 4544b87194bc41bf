/**
 * One way to write things, across the site: every page below the home page says where it is
 * (首页 › …), the CSV downloads write coded values in Chinese under their Chinese headers while
 * the JSON keeps the codes, and a case's citation can be copied with one button (or selected by
 * hand without JavaScript). Expectations come from the files (papaparse, yaml), not the loaders.
 */
import { expect, test } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import Papa from 'papaparse';
import { ON, publishedCases, sourceLists } from './source.ts';
import { basePath } from '../../src/lib/config.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

test.beforeEach(({ page }) => atDisclosureDate(page));

const DIST = resolve(process.env['OUT_DIR'] ?? 'dist');
const base = basePath();
const lists = sourceLists(ON);
const cases = publishedCases(ON);

test('every page below the home page has breadcrumbs that start at 首页 and end at the page itself', () => {
  const pages = globSync('**/index.html', { cwd: DIST }).filter((p) => p !== 'index.html' && !p.startsWith('pagefind/'));
  expect(pages.length).toBeGreaterThan(100);
  const missing: string[] = [];
  for (const p of pages) {
    const html = readFileSync(resolve(DIST, p), 'utf8');
    const nav = /<nav class="breadcrumbs"[^>]*aria-label="当前位置"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
    const items = nav ? [...nav.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!) : [];
    const first = items[0] ?? '';
    const last = items[items.length - 1] ?? '';
    if (!nav || items.length < 2 || !first.includes(`href="${base}"`) || !first.includes('首页') || !last.includes('aria-current="page"')) missing.push('/' + relative(DIST, resolve(DIST, p)));
  }
  expect(missing).toEqual([]);
});

test('a case page and a notice page say where they are, in a browser', async ({ page }) => {
  await page.goto(`cases/${cases[0]!.id}/`);
  const crumbs = page.getByRole('navigation', { name: '当前位置' }).getByRole('listitem');
  await expect(crumbs.first()).toHaveText('首页');
  await expect(crumbs.nth(1)).toHaveText('典型案例');
  await expect(crumbs.last()).toHaveText(cases[0]!.title);
  await page.goto('notices/');
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('listitem')).toHaveText(['首页', '通报']);
});

// The subject types as the CSV header's readers know them (the labels of the dictionary).
const SUBJECT_TYPES: Record<string, string> = { org: '法人及非法人组织', person: '自然人', sole_trader: '个体工商户' };

test('CSV downloads write the subject type in Chinese; the JSON keeps the codes', async ({ request }) => {
  for (const list of lists.filter((l) => l.active.length)) {
    const csv = await (await request.get(`data/${list.id}.csv`)).text();
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const byId = new Map(rows.map((r) => [r['编号'] ?? r['条目编号'] ?? Object.values(r)[0]!, r]));
    expect(rows.length, list.id).toBe(list.active.length);
    for (const e of list.active) expect(byId.get(e['id']!)?.['主体类型'], `${list.id}/${e['id']}`).toBe(SUBJECT_TYPES[e['subject_type']!]);
    const json = (await (await request.get(`data/${list.id}.json`)).json()) as { records: { id: string; subject_type: string }[] };
    for (const r of json.records) expect(list.active.find((e) => e['id'] === r.id)?.['subject_type'], `${list.id}/${r.id}`).toBe(r.subject_type);
  }
});

test('the copy button puts the citation on the clipboard exactly as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`cases/${cases[0]!.id}/`);
  const citation = (await page.locator('#case-cite-text').textContent())!.trim();
  expect(citation).toContain(cases[0]!.title);
  await page.getByRole('button', { name: '复制引用格式' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('已复制。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation is there to select and no copy button is offered', async ({ page }) => {
    await page.goto(`cases/${cases[0]!.id}/`);
    await expect(page.locator('#case-cite-text')).toContainText(cases[0]!.title);
    await expect(page.getByRole('button', { name: '复制引用格式' })).toBeHidden();
  });
});
