/**
 * Reporting pages: the /progress/ dashboard and /data/progress.json against the CSVs, the
 * month pages, bulletins and their feed, /stats/ against the lists, the charts' text
 * alternatives and tables, accessibility, and reading without JavaScript.
 * Runs against the built site with DISCLOSURE_DATE=2026-11-27.
 *
 * The expected values are computed here from the source files with papaparse and yaml, NOT
 * with the portal's loaders, so that the test checks the site against the data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { disclosureStatus } from '../../src/lib/lists/disclosure.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

const ON = SAMPLE_DAY;
const WORDS = { on_time: '按时', late: '逾期', missing: '未报' } as const;
type Status = keyof typeof WORDS;

function csv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}
function frontMatter(path: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'));
  return parseYaml(m![1]!, { schema: 'failsafe' }) as Record<string, unknown>;
}

// The areas in plan order, with their responsible units.
const areas = readdirSync('content/areas')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const fm = frontMatter(join('content/areas', f));
    return { slug: String(fm['slug']), title: String(fm['title']), units: fm['units'] as string[] };
  });

// Expected statuses straight from the CSVs: the 20th is on time, the 21st late, no row missing.
const months = readdirSync('data/progress')
  .filter((f) => /^\d{4}-\d{2}\.csv$/.test(f))
  .sort()
  .map((f) => {
    const month = f.slice(0, 7);
    const rows = csv(join('data/progress', f));
    const due = `${month}-20`;
    const cells = areas.map((a) =>
      a.units.map((unit) => {
        const row = rows.find((r) => r['area'] === a.slug && r['unit'] === unit);
        const status: Status = !row ? 'missing' : row['submitted_on']! <= due ? 'on_time' : 'late';
        return { area: a.slug, unit, status, row };
      }),
    );
    return { month, cells };
  });

test('the data has some reports of every kind, including on the 20th and the 21st', () => {
  const all = months.flatMap((m) => m.cells.flat());
  for (const s of ['on_time', 'late', 'missing'] as const) expect(all.some((c) => c.status === s), s).toBe(true);
  expect(all.some((c) => c.row?.['submitted_on']?.endsWith('-20'))).toBe(true);
  expect(all.some((c) => c.row?.['submitted_on']?.endsWith('-21'))).toBe(true);
  expect(months.length).toBeGreaterThanOrEqual(8);
});

test('/data/progress.json agrees exactly with the CSVs', async ({ request }) => {
  const res = await request.get('data/progress.json');
  expect(res.ok()).toBe(true);
  const json = await res.json();
  expect(json.disclosure_date).toBe(ON);
  expect(json.months.map((m: { month: string }) => m.month)).toEqual(months.map((m) => m.month));
  for (const [i, m] of months.entries()) {
    const jm = json.months[i];
    expect(jm.due_on).toBe(`${m.month}-20`);
    expect(jm.areas.map((a: { area: string }) => a.area)).toEqual(areas.map((a) => a.slug));
    for (const [j, cells] of m.cells.entries()) {
      const got = jm.areas[j].reports.map((r: Record<string, unknown>) => ({
        unit: r['unit'],
        status: r['status'],
        submitted_on: r['submitted_on'],
        cases_handled: r['cases_handled'],
        entries_listed: r['entries_listed'],
        entries_removed: r['entries_removed'],
        cases_published: r['cases_published'],
      }));
      const want = cells.map((c) => ({
        unit: c.unit,
        status: c.status,
        submitted_on: c.row?.['submitted_on'] ?? null,
        cases_handled: c.row ? Number(c.row['cases_handled']) : null,
        entries_listed: c.row ? Number(c.row['entries_listed']) : null,
        entries_removed: c.row ? Number(c.row['entries_removed']) : null,
        cases_published: c.row ? Number(c.row['cases_published']) : null,
      }));
      expect(got, `${m.month} ${areas[j]!.slug}`).toEqual(want);
    }
    const flat = m.cells.flat();
    expect(jm.counts).toEqual({
      expected: flat.length,
      on_time: flat.filter((c) => c.status === 'on_time').length,
      late: flat.filter((c) => c.status === 'late').length,
      missing: flat.filter((c) => c.status === 'missing').length,
      pending: 0,
    });
  }
});

// The matrix and an area's timeline show the last 12 months; older months are linked by year.
const shown = months.slice(-12);

test('the dashboard shows every area, the last 12 months and the same status words as the CSVs', async ({ page }) => {
  await page.goto('progress/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作进展');
  const table = page.locator('table.matrix');
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(3 + shown.length);
  await expect(table.locator('tbody tr')).toHaveCount(19);
  // Visible words per cell line, read at once: rows × months × units.
  const seen: string[][][] = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((tr) => [...tr.querySelectorAll('td.matrix__cell')].map((td) => [...td.querySelectorAll('li')].map((li) => (li.querySelector('[aria-hidden="true"]:not(.matrix__unit)') as HTMLElement).innerText))),
  );
  for (const [j, a] of areas.entries()) {
    for (const [i, m] of shown.entries()) {
      const words = seen[j]![i]!;
      expect(words.length, `${a.slug} ${m.month}`).toBe(a.units.length);
      m.cells[j]!.forEach((c, k) => expect(words[k], `${a.slug} ${m.month} ${c.unit}`).toContain(WORDS[c.status]));
    }
  }
  // The plan's deadline, as the plan's, for each area; nothing reads as over.
  await expect(table.locator('thead')).toContainText('计划完成时限');
  await expect(table.locator('tbody tr').first().locator('td.matrix__deadline')).toHaveText('2019-12-31');
  await expect(table).not.toContainText(/时限已过|已到期/);
  // Totals per month.
  const missingRow = table.locator('tfoot tr', { hasText: '未报（份）' });
  const totals = await missingRow.locator('td').allInnerTexts();
  expect(totals.map(Number)).toEqual(shown.map((m) => m.cells.flat().filter((c) => c.status === 'missing').length));
  // Every older month is linked.
  const older = months.slice(0, -12).map((m) => m.month);
  const links = await page.locator('nav.older a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.map((p) => /progress\/(\d{4}-\d{2})\/$/.exec(p)?.[1]).sort()).toEqual(older);
});

test('screen readers hear each unit and the full status, not only a symbol', async ({ page }) => {
  await page.goto('progress/');
  const first = page.locator('table.matrix tbody tr').first().locator('td.matrix__cell').first().locator('li').first();
  await expect(first.locator('.visually-hidden')).toHaveText(/^市公安局：已按时报送/);
});

test('a month page lists every report with its status, numbers, summary, scores and bulletins', async ({ page }) => {
  const m = months.find((x) => x.cells.flat().some((c) => c.status === 'missing'))!;
  await page.goto(`progress/${m.month}/`);
  const rows = page.locator('table.reports tbody tr');
  await expect(rows).toHaveCount(m.cells.flat().length);
  for (const c of m.cells.flat()) {
    const row = page.locator(`table.reports tr[data-area="${c.area}"][data-unit="${c.unit}"]`);
    await expect(row).toHaveAttribute('data-status', c.status);
    await expect(row).toContainText(WORDS[c.status]);
    if (c.row) await expect(row).toContainText(c.row['submitted_on']!);
  }
  const withSummary = m.cells.flat().find((c) => c.row)!;
  await expect(page.locator('#summaries ~ section').first()).toBeVisible();
  await expect(page.getByText(withSummary.row!['summary']!.slice(0, 20)).first()).toBeVisible();
  const scores = csv(`data/scores/${m.month}.csv`);
  await expect(page.locator('table.scores tbody tr')).toHaveCount(scores.length);
  const best = [...scores].sort((a, b) => Number(b['score']) - Number(a['score']))[0]!;
  await expect(page.locator('table.scores tbody tr').first()).toContainText(best['score']!);
  await expect(page.locator('#notices ~ ul.notice-list li').first()).toBeVisible();
});

test('/stats/ totals equal the counts computed from data/lists on the disclosure date', async ({ page, request }) => {
  // Dishonesty totals count blacklists and warning lists only; registers and red lists apart.
  const counts = { active: 0, expired: 0, removed: 0 };
  const others = { register_active: 0, redlist_active: 0 };
  const perList: Record<string, typeof counts> = {};
  const lists = readdirSync('data/lists').filter((d) => !d.includes('.')).sort();
  for (const id of lists) {
    const meta = parseYaml(readFileSync(join('data/lists', id, 'meta.yml'), 'utf8')) as { period: string; kind: string };
    const c = { active: 0, expired: 0, removed: 0 };
    for (const e of csv(join('data/lists', id, 'entries.csv'))) {
      const s = disclosureStatus({ listed_on: e['listed_on']!, expires_on: e['expires_on'] || undefined, removed_on: e['removed_on'] || undefined }, meta.period, ON);
      if (s !== 'pending') c[s]++;
    }
    perList[id] = c;
    if (meta.kind === 'register' || meta.kind === 'redlist') {
      others[`${meta.kind}_active`] += c.active;
      continue;
    }
    counts.active += c.active;
    counts.expired += c.expired;
    counts.removed += c.removed;
  }
  expect(others.redlist_active).toBeGreaterThan(0);
  const stats = await (await request.get('data/stats.json')).json();
  expect(stats.disclosure_date).toBe(ON);
  expect({ active: stats.totals.active, expired: stats.totals.expired, removed: stats.totals.removed, lists: stats.totals.lists }).toEqual({ ...counts, lists: lists.length });
  expect({ register_active: stats.totals.register_active, redlist_active: stats.totals.redlist_active }).toEqual(others);
  for (const l of stats.by_list) expect({ active: l.active, expired: l.expired, removed: l.removed }, l.list).toEqual(perList[l.list]);

  await page.goto('stats/');
  const num = async (k: string) => Number((await page.locator(`[data-stat="${k}"]`).innerText()).replace(/,/g, ''));
  expect(await num('active')).toBe(counts.active);
  expect(await num('expired')).toBe(counts.expired);
  expect(await num('removed')).toBe(counts.removed);
  expect(await num('lists')).toBe(lists.length);
  // The areas table's total row says the same.
  const total = page.locator('#entries-by-area table tbody tr', { hasText: '合计' });
  await expect(total.locator('td').nth(1)).toHaveText(counts.active.toLocaleString('zh-CN'));
  // The CSV download carries the same totals.
  const text = await (await request.get('data/stats.csv')).text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(`合计,all,全部,公示中,${counts.active}\r\n`);
  expect(text).toContain(`合计,all,全部,提前移出,${counts.removed}\r\n`);
});

test('/stats/ names no taken-down entry', async ({ page }) => {
  await page.goto('stats/');
  const body = await page.locator('main').innerText();
  for (const id of readdirSync('data/lists').filter((d) => !d.includes('.'))) {
    const meta = parseYaml(readFileSync(join('data/lists', id, 'meta.yml'), 'utf8')) as { period: string };
    for (const e of csv(join('data/lists', id, 'entries.csv'))) {
      const s = disclosureStatus({ listed_on: e['listed_on']!, expires_on: e['expires_on'] || undefined, removed_on: e['removed_on'] || undefined }, meta.period, ON);
      if (s === 'expired' || s === 'removed') expect(body, e['subject_name']).not.toContain(e['subject_name']!);
    }
  }
});

test('every chart is an image with a name and a description, and has a data table', async ({ page }) => {
  await page.goto('stats/');
  const charts = page.locator('main svg[role="img"]');
  const n = await charts.count();
  expect(n).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < n; i++) {
    const svg = charts.nth(i);
    const name = await svg.evaluate((el) => (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim());
    expect(name.length, `chart ${i}`).toBeGreaterThan(20);
    await expect(svg).toHaveAccessibleName(/.+/);
    const table = svg.locator('xpath=ancestor::section[contains(@class,"chart")]//table');
    await expect(table).toHaveCount(1);
    expect(await table.locator('tbody tr').count(), `chart ${i}`).toBeGreaterThan(0);
    await expect(table.locator('caption')).not.toBeEmpty();
  }
});

test('bulletins are listed newest first, link to their areas, and have a feed with absolute links', async ({ page, request }) => {
  const files = readdirSync('content/notices').filter((f) => f.endsWith('.mdx')).sort().reverse();
  await page.goto('notices/');
  const items = page.locator('ul.notice-list > li');
  await expect(items).toHaveCount(files.length);
  // Grouped by year, newest year first, each year's count in its heading.
  const years = [...new Set(files.map((f) => f.slice(0, 4)))];
  await expect(page.locator('section[data-year]')).toHaveCount(years.length);
  expect(await page.locator('section[data-year]').evaluateAll((ss) => ss.map((s) => s.getAttribute('data-year')))).toEqual(years);
  for (const y of years) await expect(page.locator(`section[data-year="${y}"] h2`)).toContainText(`（${files.filter((f) => f.startsWith(y)).length} 份）`);
  const criticism = files.find((f) => f.includes('criticism'))!;
  const fm = frontMatter(join('content/notices', criticism));
  await page.goto(`notices/${criticism.replace('.mdx', '')}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(fm['title']));
  const base = new URL(page.url()).pathname.replace(/notices\/.*$/, '');
  await expect(page.locator('main article')).toHaveCount(1);
  for (const slug of fm['areas'] as string[]) await expect(page.locator(`main a[href$="/areas/${slug}/"]`).first()).toBeVisible();

  // Units have no page of their own: the scores page links each named unit to its bulletins.
  await page.goto('progress/scores/');
  await expect(page.locator(`#unit-notices-caption ~ tbody a[href$="/notices/${criticism.replace('.mdx', '')}/"]`)).toHaveCount((fm['units'] as string[]).length);

  const rss = await (await request.get('notices/rss.xml')).text();
  const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
  expect(links).toHaveLength(files.length);
  expect(links[0]).toMatch(new RegExp(`^https?://[^/]+${base}notices/${files[0]!.replace('.mdx', '')}/$`));
});

test('an area page shows its own timeline and the bulletins that name it', async ({ page }) => {
  const a = areas.find((x) => x.slug === 'illegal-lottery')!;
  await page.goto(`areas/${a.slug}/`);
  const section = page.locator('section.area-progress');
  await expect(section.locator('thead th')).toHaveCount(1 + a.units.length);
  await expect(section.locator('tbody tr')).toHaveCount(shown.length);
  // Newest month first.
  const last = months[months.length - 1]!;
  const j = areas.indexOf(a);
  const firstRow = section.locator('tbody tr').first();
  await expect(firstRow.locator('th')).toContainText(`${Number(last.month.slice(0, 4))}年${Number(last.month.slice(5))}月`);
  const words = await firstRow.locator('td').allInnerTexts();
  last.cells[j]!.forEach((c, k) => expect(words[k]).toContain(WORDS[c.status]));
  await expect(section.locator('ul.notice-list a').first()).toHaveAttribute('href', /\/notices\//);
});

test('the home page shows key figures, red-list entries apart from dishonesty ones, and the latest three bulletins', async ({ page, request }) => {
  const stats = await (await request.get('data/stats.json')).json();
  await page.goto('./');
  await expect(page.locator('.key-figures li')).toHaveCount(stats.totals.redlist_active > 0 ? 5 : 4);
  await expect(page.locator('[data-figure="dishonesty"]')).toHaveText(stats.totals.active.toLocaleString('zh-CN'));
  await expect(page.locator('[data-figure="redlist"]')).toHaveText(stats.totals.redlist_active.toLocaleString('zh-CN'));
  await expect(page.locator('#latest-notices-title ~ ul.notice-list > li')).toHaveCount(3);
});

for (const path of ['progress/', 'progress/2019-09/', 'progress/scores/', 'stats/', 'notices/', 'notices/2019-09-26-criticism/']) {
  test(`${path} has no serious accessibility problem`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousAxe(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the dashboard, statistics and a bulletin read in full', async ({ page }) => {
    await page.goto('progress/');
    await expect(page.locator('table.matrix tbody tr')).toHaveCount(19);
    await expect(page.locator('table.matrix')).toContainText('未报');
    await page.goto('stats/');
    await expect(page.locator('main svg[role="img"]').first()).toBeVisible();
    await expect(page.locator('#entries-by-area table')).toBeVisible();
    await page.goto('notices/2019-09-26-criticism/');
    await expect(page.locator('article')).toContainText('各责任单位');
  });
});

test.describe('on a 360px screen', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const path of ['progress/', 'stats/', 'progress/2019-09/', 'progress/scores/', 'areas/illegal-lottery/']) {
    test(`${path} scrolls the tables, not the page`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});
