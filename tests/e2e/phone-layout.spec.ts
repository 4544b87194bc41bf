/**
 * The site on a phone (360 × 800) and without JavaScript: every page type fits the screen, its
 * header stays small with the menu reachable, tables are readable, the open data's download
 * links can be reached, and the search page offers ways to find a name without a script. What
 * each test expects is read from the source files (papaparse, yaml), not from the portal's code.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES, lists } from './page-types.ts';
import { ON, csvRows, hasDataFile, monthText, progressRows, publishedCases, sourceAreas, sourceWorkStatus, yamlFile } from './source.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

const PHONE = { width: 360, height: 800 };
const MIN_CELL = 48;
const MAX_HEADER = 200;

test.beforeEach(({ page }) => atDisclosureDate(page));

/** Width of every table cell a reader can see (not inside a visually hidden or closed part). */
async function visibleCellWidths(page: Page): Promise<{ width: number; text: string }[]> {
  return page.locator('td, th').evaluateAll((cells) =>
    cells
      .filter((c) => {
        if (!c.getClientRects().length) return false;
        for (let a: Element | null = c; a; a = a.parentElement) {
          const r = a.getBoundingClientRect();
          if (r.width <= 1 || r.height <= 1) return false;
        }
        return true;
      })
      .map((c) => ({ width: c.getBoundingClientRect().width, text: (c.textContent ?? '').trim().slice(0, 20) })),
  );
}

test.describe('at 360 × 800 px', () => {
  test.use({ viewport: PHONE });
  for (const [name, url] of PAGE_TYPES) {
    test(`${name} (/${url}) fits the screen: no sideways scrolling, no table cell under ${MIN_CELL} px, a header of at most ${MAX_HEADER} px`, async ({ page }) => {
      await page.goto(url);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
      expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
      const header = await page.locator('header.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(MAX_HEADER);
      const narrow = (await visibleCellWidths(page)).filter((c) => c.width < MIN_CELL);
      expect(narrow, 'cells narrower than 48 px').toEqual([]);
    });
  }

  test('the open data page shows every download link within the screen width', async ({ page }) => {
    // CSV, JSON, dictionary and data package per list, per folder of aggregate figures the data
    // folder has, and for cases, notices, reports, scores and statistics.
    const figures = ['exam-cheating', 'poverty-relief'].filter((f) => hasDataFile(`${f}/figures.csv`) && csvRows(`${f}/figures.csv`).length);
    const expected = (lists.length + figures.length + 5) * 4;
    await page.goto('data/');
    const links = page.locator('table.datasets td.datasets__files > a');
    await expect(links).toHaveCount(expected);
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
    }
  });

  test('the menu opens without JavaScript and from the keyboard, and leads to every section', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('stats/');
    const menu = page.locator('header.site-header summary', { hasText: '菜单' });
    await expect(menu).toBeVisible();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    for (const label of ['治理领域', '名单公示', '典型案例', '工作进展', '通报', '统计', '开放数据', '我要举报', '关于']) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: '统计', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: '治理领域', exact: true })).toBeFocused();
    await context.close();
  });
});

test('at 1280 px the header keeps its full navigation and the scores table shows the average it is sorted by and the latest month', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('progress/scores/');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.locator('header.site-header summary')).toBeHidden();
  const latest = readdirSync(join(process.env['PORTAL_DATA_DIR'] ?? 'data', 'scores'))
    .filter((f) => /^\d{4}-\d{2}\.csv$/.test(f) && `${f.slice(0, 7)}-01` <= ON)
    .sort()
    .at(-1)!
    .slice(0, 7);
  const label = `${Number(latest.slice(0, 4))}年${Number(latest.slice(5))}月`;
  const table = page.locator('table.overview');
  const box = (await page.locator('table.overview').locator('xpath=..').boundingBox())!;
  for (const heading of [table.locator('thead th', { hasText: '平均分' }), table.locator('thead th', { hasText: label })]) {
    const h = (await heading.boundingBox())!;
    expect(h.x).toBeGreaterThanOrEqual(box.x);
    expect(h.x + h.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page links to the lists, the subject directory by district and by first character, and the cases by area and year', async ({ page }) => {
    await page.goto('search/?q=%E6%81%92%E8%BE%BE');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const base = new URL(page.url()).pathname.replace(/search\/$/, '');
    const has = (path: string) => expect(hrefs, path).toContain(base + path);
    has('lists/');
    has('subjects/');
    has('subjects/name/');
    const districts = new Set(lists.flatMap((l) => l.active.map((e) => e['district'] || '未注明区县')));
    for (const d of districts) has(`subjects/district/${encodeURIComponent(d)}/`);
    const cases = publishedCases();
    for (const area of new Set(cases.map((c) => c.area))) has(`cases/area/${area}/`);
    for (const year of new Set(cases.map((c) => c.published_on.slice(0, 4)))) has(`cases/year/${year}/`);
  });

  test('the subject directory files every published name once, under its first character after the place name', async ({ page }) => {
    const city = yamlFile<{ name: string; province: string; districts: string[] }>('city.yml');
    const places = [city.province, city.province.replace(/省$/, ''), city.name, city.name.replace(/市$/, ''), ...city.districts].sort((a, b) => b.length - a.length);
    const filedUnder = (name: string) => {
      let rest = name;
      for (let again = true; again; ) {
        again = false;
        for (const p of places) if (rest.startsWith(p) && rest.length > p.length) ((rest = rest.slice(p.length)), (again = true));
      }
      return [...rest.replace(/^[^\p{L}\p{N}]+/u, '')][0]!; // 《》 and other marks are skipped
    };
    // Organisations once per credit code (the newest entry's name); everyone else once per entry.
    const newest = new Map<string, { name: string; listed: string; id: string }>();
    const expected: string[] = [];
    for (const e of lists.flatMap((l) => l.active)) {
      if (!e['uscc']) expected.push(e['subject_name']!);
      else {
        const seen = newest.get(e['uscc']);
        if (!seen || e['listed_on']! > seen.listed || (e['listed_on'] === seen.listed && e['id']! > seen.id)) newest.set(e['uscc'], { name: e['subject_name']!, listed: e['listed_on']!, id: e['id']! });
      }
    }
    expected.push(...[...newest.values()].map((v) => v.name));

    const found: { initial: string; name: string }[] = [];
    for (let n = 1, pages = 1; n <= pages; n++) {
      await page.goto(n === 1 ? 'subjects/name/' : `subjects/name/${n}/`);
      const status = await page.locator('.pagination__status').textContent().catch(() => null);
      pages = status ? Number(/共 (\d+) 页/.exec(status)![1]) : 1;
      for (const group of await page.locator('section.directory-group').all()) {
        const initial = [...((await group.locator('h2').textContent()) ?? '')][0]!;
        for (const name of await group.locator('li > a').allTextContents()) found.push({ initial, name });
      }
    }
    expect(found.map((f) => f.name).sort()).toEqual([...expected].sort());
    for (const f of found) expect(f.initial, f.name).toBe(filedUnder(f.name).toLocaleUpperCase('zh-CN'));
  });
});

test('each area shows the plan deadline as the plan\'s, beside its work status from the latest reports', async ({ page }) => {
  await page.goto('areas/');
  await expect(page.locator('table.area-table thead')).toContainText('计划完成时限');
  const rows = page.locator('table.area-table tbody tr');
  const reports = progressRows();
  for (const [i, area] of sourceAreas().entries()) {
    const work = sourceWorkStatus(area, reports);
    const row = rows.nth(i);
    await expect(row).not.toContainText(/(^|[^限])已到期/);
    await expect(row.locator('.work-status')).toHaveAttribute('data-work-status', work.status);
    await expect(row).toContainText(work.month ? `${monthText(work.month)}月报` : '尚未报送');
  }
});
