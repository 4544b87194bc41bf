/**
 * Governance as the plan sets it: each area's work status from its units' latest reports (with
 * the month of the report that says so, linked), the plan's deadline worded as the plan's, the
 * office's tally of typical cases with its differences, and the grounds of its criticisms.
 * Runs against the built site with DISCLOSURE_DATE=2026-11-27.
 *
 * Expectations are computed here from the files (papaparse, yaml via ./source.ts), not with the
 * portal's loaders.
 */
import { expect, test } from '@playwright/test';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';
import { ON, frontMatters, monthText, progressRows, sourceAreas, sourceCases, sourceWorkStatus, unitNames } from './source.ts';

test.beforeEach(({ page }) => atDisclosureDate(page));

const areas = sourceAreas();
const reports = progressRows();
const names = unitNames();

/** Per unit and month: the sum of its reports' cases_published, and the cases it issued in the report's period. */
function expectedTally() {
  const months = [...new Set(reports.map((r) => r['month']!))].filter((m) => `${m}-20` <= ON);
  const periodStart = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12-21` : `${y}-${String(m - 1).padStart(2, '0')}-21`;
  };
  const cases = sourceCases();
  const out = new Map<string, { month: string; unit: string; reported: number; published: number }>();
  const get = (month: string, unit: string) => {
    const k = `${month}|${unit}`;
    if (!out.has(k)) out.set(k, { month, unit, reported: 0, published: 0 });
    return out.get(k)!;
  };
  for (const month of months) {
    for (const r of reports.filter((x) => x['month'] === month)) get(month, r['unit']!).reported += Number(r['cases_published']);
    for (const c of cases.filter((x) => x.published_on >= periodStart(month) && x.published_on <= `${month}-20`)) for (const u of c.authorities) get(month, u).published++;
  }
  return [...out.values()].filter((v) => v.reported || v.published);
}

test('an area page shows its work status with the month of the report that says so, linked to that month', async ({ page }) => {
  // An area with several units, one of them further on than the others.
  const area = areas.find((a) => a.units.length > 1 && new Set(a.units.map((u) => reports.filter((r) => r['area'] === a.slug && r['unit'] === u).at(-1)?.['work_status'])).size > 1)!;
  expect(area, 'the sample has an area whose units disagree').toBeDefined();
  const work = sourceWorkStatus(area, reports);
  await page.goto(`areas/${area.slug}/`);
  const facts = page.locator('.area-facts');
  await expect(facts).toContainText('计划完成时限');
  await expect(facts).not.toContainText(/已过|已到期|已结束/);
  const status = facts.locator('.work-status');
  await expect(status.locator('.work-status__word')).toHaveText(work.status);
  await expect(status.locator('.work-status__source')).toContainText(names.get(work.unit)!);
  const link = status.locator('.work-status__source a');
  await expect(link).toHaveText(`${monthText(work.month!)}月报`);
  // Each unit's own latest word is listed too.
  for (const u of area.units) {
    const last = reports.filter((r) => r['area'] === area.slug && r['unit'] === u).at(-1)!;
    await expect(status.locator(`li[data-unit="${u}"]`)).toContainText(`${names.get(u)}：${last['work_status']}`);
  }
  // The month page it links to says so in that unit's report.
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/progress/${work.month}/#s-${area.slug}$`));
  const row = page.locator(`table.reports tr[data-area="${area.slug}"][data-unit="${work.unit}"]`);
  await expect(row.locator('td[data-work-status]')).toHaveText(work.status);
});

test('every area shows on /progress/ its work status and the month of the report that says so', async ({ page }) => {
  await page.goto('progress/');
  const rows = page.locator('table.matrix tbody tr');
  await expect(rows).toHaveCount(areas.length);
  const words = new Set<string>();
  for (const [i, area] of areas.entries()) {
    const work = sourceWorkStatus(area, reports);
    words.add(work.status);
    const status = rows.nth(i).locator('td.matrix__work .work-status');
    await expect(status, area.slug).toHaveAttribute('data-work-status', work.status);
    await expect(status, area.slug).toHaveAttribute('data-work-month', work.month ?? '');
    if (work.month) await expect(status.locator('a')).toHaveAttribute('href', new RegExp(`/progress/${work.month}/#s-${area.slug}$`));
  }
  // The sample has areas done and areas under way.
  expect(words.has('已完成') && words.has('推进中')).toBe(true);
});

test('the tally on /progress/ shows the planted differences the files contain, and agrees elsewhere in the last 12 months', async ({ page }) => {
  const tally = expectedTally();
  const differences = tally.filter((t) => t.reported !== t.published);
  expect(differences.map((d) => `${d.month} ${d.unit} ${d.reported - d.published}`).sort()).toEqual(['2023-09 transport -1', '2026-05 taxation 1']);
  await page.goto('progress/');
  const section = page.getByRole('region', { name: '典型案例核对' });
  await expect(section).toContainText(`${differences.length} 处不一致`);
  const allMonths = [...new Set(reports.map((r) => r['month']!))].filter((m) => `${m}-20` <= ON).sort();
  const recent = new Set(allMonths.slice(-12));
  const expected = tally.filter((t) => recent.has(t.month) || t.reported !== t.published);
  expect(expected.length).toBeGreaterThan(differences.length);
  const rows = section.locator('table.tally tbody tr');
  await expect(rows).toHaveCount(expected.length);
  for (const t of expected) {
    const row = section.locator(`tr[data-month="${t.month}"][data-unit="${t.unit}"]`);
    await expect(row).toHaveAttribute('data-reported', String(t.reported));
    await expect(row).toHaveAttribute('data-published', String(t.published));
    if (t.reported === t.published) {
      await expect(row).toContainText('一致');
      await expect(row).not.toHaveClass(/tally__row--differs/);
    } else {
      await expect(row).toHaveClass(/tally__row--differs/);
      await expect(row).toContainText(t.reported > t.published ? `多报 ${t.reported - t.published} 件` : `少报 ${t.published - t.reported} 件`);
    }
  }
});

test('a month page checks that month’s reported cases against the published ones', async ({ page }) => {
  const t = expectedTally().find((x) => x.month === '2023-09' && x.unit === 'transport')!;
  await page.goto('progress/2023-09/');
  const row = page.locator(`table.tally tr[data-unit="transport"]`);
  await expect(row).toHaveAttribute('data-reported', String(t.reported));
  await expect(row).toHaveAttribute('data-published', String(t.published));
  await expect(row).toContainText('少报');
  await expect(row.locator('a[href$="/cases/transport-2023-01/"]')).toHaveCount(1);
});

test('criticisms show their ground in the list and on their page, with the typical cases they name', async ({ page }) => {
  const notices = frontMatters<{ kind: string; ground?: string; title: string; date: string; cases?: string[] }>('notices').filter((n) => String(n.date) <= ON);
  const criticisms = notices.filter((n) => n.kind === '通报批评');
  expect(criticisms.every((n) => n.ground)).toBe(true);
  const grounds = ['报送迟交', '工作推进不力', '重大失信事件'];
  for (const g of grounds) expect(criticisms.some((n) => n.ground === g), g).toBe(true);

  await page.goto('notices/');
  await expect(page.locator('[data-ground-counts]')).toHaveText(grounds.map((g) => `${g} ${criticisms.filter((n) => n.ground === g).length} 份`).join('，'));
  for (const g of grounds) await expect(page.locator(`ul.notice-list .notice-list__ground[data-ground="${g}"]`)).toHaveCount(criticisms.filter((n) => n.ground === g).length);
  await expect(page.locator('ul.notice-list .notice-list__ground')).toHaveCount(criticisms.length);

  const major = criticisms.find((n) => n.ground === '重大失信事件' && n.cases?.length)!;
  await page.goto(`notices/${major.id}/`);
  await expect(page.locator('.notice__meta dd[data-ground]')).toHaveText('重大失信事件');
  const titles = new Map(sourceCases().map((c) => [c.id, c.title]));
  for (const id of major.cases!) await expect(page.locator(`.notice__cases a[data-case="${id}"]`)).toHaveText(titles.get(id)!);

  const praise = notices.find((n) => n.kind === '通报表扬')!;
  await page.goto(`notices/${praise.id}/`);
  await expect(page.locator('[data-ground]')).toHaveCount(0);
});
