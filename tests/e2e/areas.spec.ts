/**
 * The areas: home page tiles, every area page (deadline, units, tip-off channels), reading
 * without JavaScript, and accessibility. Runs against the built site with DISCLOSURE_DATE=2026-11-27.
 */
import { expect, test } from '@playwright/test';
import { monthText, progressRows, sourceAreas, sourceWorkStatus, unitNames, yamlFile } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

// Expectations come from the files the editors change, read without the portal's loaders.
const areas = sourceAreas();
const names = unitNames();
const unitName = (id: string) => names.get(id)!;
const city = yamlFile<{ lead_office: string; plan: { issued_on: string } }>('city.yml');
const dataset = yamlFile<{ licence: string; sample: boolean }>('dataset.yml');
const reports = progressRows();

test('the home page lists the 19 areas with their units and deadline', async ({ page }) => {
  await page.goto('./');
  const tiles = page.locator('[data-area-tiles] > li');
  await expect(tiles).toHaveCount(19);
  await expect(tiles.first()).toContainText('电信网络诈骗');
  await expect(tiles.first()).toContainText('市公安局');
  await expect(tiles.first()).toContainText('2019年12月31日');
  await expect(tiles.nth(18)).toContainText('假球黑哨');
  await expect(page.getByRole('search', { name: '查询失信主体和案例' }).getByRole('searchbox')).toHaveAttribute('name', 'q');
});

test('the home search box sends q to the search page', async ({ page }) => {
  await page.goto('./');
  const form = page.getByRole('search', { name: '查询失信主体和案例' });
  await form.getByRole('searchbox').fill('兰州');
  await form.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E5%85%B0%E5%B7%9E$/);
});

for (const area of areas) {
  test(`area ${area.number} ${area.slug} shows its deadline, units and tip-off channels`, async ({ page }) => {
    await page.goto(`areas/${area.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(area.title);
    const facts = page.locator('.area-facts');
    // The plan's deadline is the plan's; the work status comes from the latest reports.
    await expect(facts).toContainText('计划完成时限');
    await expect(facts).toContainText('2019年12月31日');
    await expect(facts).not.toContainText(/已过|已到期|已结束/);
    await expect(facts).toContainText('目前工作状态');
    const work = sourceWorkStatus(area, reports);
    const status = facts.locator('.work-status');
    await expect(status).toHaveAttribute('data-work-status', work.status);
    if (work.month) await expect(status.locator('.work-status__source a')).toHaveText(`${monthText(work.month)}月报`);
    for (const id of area.units) await expect(facts).toContainText(unitName(id));

    const tipOff = page.getByRole('region', { name: /我要举报/ });
    await expect(tipOff).toBeVisible();
    const tel = tipOff.locator('a[href^="tel:"][data-hotline]');
    await expect(tel).toHaveCount(area.channels.length);
    await expect(tel.first()).toHaveText(area.channels[0]!.hotline);
    const web = tipOff.locator('a.tip-off__web');
    await expect(web).toHaveCount(area.channels.length);
    for (const href of await web.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^https:\/\//);
    }
    await expect(web.first()).toContainText('将离开本站');

    if (area.channels.every((c) => c.scope === 'fallback')) {
      await expect(tipOff).toContainText('本领域没有经本站核实的专门举报渠道');
      await expect(tipOff).toContainText('12345');
    }
    if (area.no_list_reason) await expect(page.locator('main')).toContainText(`本领域不公布主体名单：${area.no_list_reason}`);
    else await expect(page.locator('main')).not.toContainText('本领域不公布主体名单');
  });
}

test('area 02 shows the measures verbatim, with the OCR fix', async ({ page }) => {
  await page.goto('areas/online-rumours/');
  const measures = page.getByRole('region', { name: '治理措施' });
  await expect(measures.getByRole('listitem')).toHaveCount(4);
  await expect(measures).toContainText('直播平台、付费知识服务平台');
  await expect(measures).not.toContainText('平合');
  await expect(measures).toContainText('责任单位：市委网信办、市公安局、市市场监督管理局分别按职责分工具体负责。');
});

test('/areas/ lists every area with units, its work status and the plan deadline', async ({ page }) => {
  await page.goto('areas/');
  const rows = page.locator('table.area-table tbody tr');
  await expect(rows).toHaveCount(19);
  await expect(rows.nth(13)).toContainText('骗取保险问题');
  await expect(rows.nth(13)).toContainText('市人社局、市政府金融办、市医疗保障局');
  await expect(rows.nth(13)).toContainText(sourceWorkStatus(areas[13]!, reports).status);
  await expect(rows.nth(13)).toContainText('2019年12月31日');
  await expect(page.locator('table.area-table')).not.toContainText(/时限已过|已到期/);
});

test('/tip-off/ has one row per channel with an https link and the general 12345', async ({ page }) => {
  await page.goto('tip-off/');
  const total = areas.reduce((n, a) => n + a.channels.length, 0);
  const rows = page.locator('table.tip-off-table tbody tr');
  await expect(rows).toHaveCount(total);
  for (const href of await rows.locator('td:last-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^https:\/\//);
  }
  await expect(page.locator('.tip-off-general')).toContainText('12345');
});

test('area pages and the home page read with JavaScript disabled', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('areas/wage-arrears/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('拖欠工资问题专项治理');
  await expect(page.getByRole('region', { name: '治理措施' })).toContainText('拖欠农民工工资“黑名单”制度');
  await expect(page.getByRole('region', { name: /我要举报/ })).toContainText('12333');
  await page.goto('./');
  await expect(page.locator('[data-area-tiles] > li')).toHaveCount(19);
  await context.close();
});

test('the about page states the legal basis, sample data and licence', async ({ page }) => {
  await page.goto('about/');
  const main = page.locator('main');
  const [y, m, d] = String(city.plan.issued_on).split('-').map(Number);
  await expect(main).toContainText(`${y}年${m}月${d}日印发`);
  await expect(main).toContainText(city.lead_office);
  await expect(main).toContainText(dataset.licence);
  await expect(main).toContainText('620102********123X');
  if (dataset.sample) await expect(main).toContainText('虚构数据');
});

test('an unknown address answers with the friendly 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('没有找到这个页面');
  await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('areas/telecom-fraud/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('pages fit a 360px-wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['./', 'areas/', 'areas/telecom-fraud/', 'areas/insurance-fraud/', 'tip-off/', 'about/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});

test('the home page and an area page have no serious accessibility violation', async ({ page }) => {
  await page.goto('./');
  await expectNoSeriousAxe(page);
  await page.goto('areas/environment/');
  await expectNoSeriousAxe(page);
  await page.goto('tip-off/');
  await expectNoSeriousAxe(page);
});
