/**
 * Hostile input stays inert: the site built from scripts/make-hostile-fixture.ts, where
 * every kind of text field carries `<script>`, `"><img onerror>`, `javascript:`, `</title>`,
 * `]]></description>`, CSV-formula and other payloads. On one page of every type: no dialog
 * fires, no element or attribute from a payload exists, and the payload is shown as text.
 * Downloads, feeds, the sitemap, social images and search results too.
 * Run by `npm run test:hostile` (scripts/test-hostile.ts builds the fixture first).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { HostileManifest } from '../../scripts/make-hostile-fixture.ts';
import { hostileDir } from '../../scripts/lib/scratch-dirs.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

const m = JSON.parse(readFileSync(join(hostileDir(), 'manifest.json'), 'utf8')) as HostileManifest;
const P = m.payloads;

/** Everything a payload could have put into the DOM, as readable strings (empty = inert). */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}="${a.value}">`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)) out.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
      if (el.localName === 'img' && el.getAttribute('src') === 'x') out.push('<img src=x>');
    }
    for (const s of document.querySelectorAll('script')) {
      const text = s.textContent ?? '';
      // JSON-LD may carry a payload as data: it must stay JSON, with no tag that could end the element.
      if (s.type === 'application/ld+json') {
        try {
          JSON.parse(text);
        } catch {
          out.push(`invalid JSON-LD: ${text.slice(0, 200)}`);
        }
        if (/[<>]/.test(text)) out.push(`unescaped < or > in JSON-LD: ${text.slice(0, 200)}`);
      } else if (text.includes('alert(1)')) out.push(`<script>${text}</script>`);
    }
    if (document.querySelectorAll('head > title, body title:not(svg title)').length !== 1) out.push('a second <title>');
    if (document.querySelector('meta[http-equiv="refresh" i], base[href]:not([href="/"]), iframe, object, embed')) out.push('refresh/base/iframe/object/embed');
    return out;
  });
}

/** Opens a page, listening for dialogs (alert/confirm/prompt): none may fire. */
async function visit(page: Page, url: string): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await page.waitForLoadState('networkidle');
  return dialogs;
}

interface PageCase {
  name: string;
  url: string;
  /** Text (with its payload) that must be visible in <main>, as text. */
  shows?: string[];
  /** Text that must not be anywhere on the page. */
  hides?: string[];
}

const pages: PageCase[] = [
  { name: 'home', url: '', shows: ['恶意测试'] },
  { name: 'area', url: `areas/${m.area}/`, shows: [m.areaSummary, ...m.bodyTexts] },
  { name: 'areas index', url: 'areas/' },
  { name: 'tip-off', url: 'tip-off/', shows: ['alert(1)'] },
  { name: 'list catalogue', url: 'lists/', shows: [m.listTitle] },
  { name: 'list table', url: `lists/${m.list}/`, shows: [m.listTitle] },
  { name: 'list table with the payload entry', url: `lists/${m.entry.list}/` },
  { name: 'entry', url: `lists/${m.entry.list}/${m.entry.id}/`, shows: [m.entry.name] },
  ...(m.entry.uscc ? [{ name: 'subject', url: `subjects/${m.entry.uscc}/`, shows: [m.entry.name] }] : []),
  { name: 'take-down notice', url: `lists/${m.takenDown.list}/${m.takenDown.id}/`, hides: [m.takenDown.name, '已停止公示恶意测试'] },
  { name: 'case', url: `cases/${m.caseId}/`, shows: [m.caseTitle, '恶意测试正文：<script>alert(1)</script>', P.img, ...m.bodyTexts] },
  { name: 'cases index', url: 'cases/', shows: ['恶意测试'] },
  { name: 'notice', url: `notices/${m.noticeId}/`, shows: [m.noticeTitle, '恶意测试正文：<script>alert(1)</script>', ...m.bodyTexts] },
  { name: 'notices index', url: 'notices/', shows: [m.noticeTitle] },
  { name: 'progress', url: 'progress/' },
  { name: 'month', url: `progress/${m.month}/`, shows: ['alert(1)'] },
  { name: 'scores', url: 'progress/scores/' },
  { name: 'stats', url: 'stats/' },
  { name: 'data', url: 'data/', shows: [m.listTitle] },
  { name: 'changes', url: 'changes/' },
  { name: 'about', url: 'about/' },
];

test.describe('every page type shows hostile text as text and runs nothing', () => {
  for (const pc of pages) {
    test(`${pc.name} (/${pc.url})`, async ({ page }) => {
      const dialogs = await visit(page, pc.url);
      expect(await injected(page)).toEqual([]);
      for (const text of pc.shows ?? []) await expect(page.locator('main')).toContainText(text);
      const body = (await page.locator('body').textContent()) ?? '';
      for (const text of pc.hides ?? []) expect(body).not.toContain(text);
      expect(dialogs).toEqual([]);
    });
  }

  test('the page title keeps a </title> payload as text', async ({ page }) => {
    await visit(page, `cases/${m.caseId}/`);
    expect(await page.title()).toContain(m.caseTitle);
    await visit(page, `lists/${m.list}/`);
    expect(await page.title()).toContain(P.title);
  });
});

test('search results show payload names as text and run nothing', async ({ page }) => {
  const dialogs = await visit(page, `search/?q=${encodeURIComponent(m.searchQuery)}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done', { timeout: 30_000 });
  const titles = await page.locator('[data-search-list] .search-hit__title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  // Payload names come back from the index and are rendered with textContent.
  expect(titles.some((t) => /<img src=x|<script>|<svg onload|javascript:alert/.test(t)), titles.join('\n')).toBe(true);
  // Show every result the query has, then check again.
  const more = page.locator('[data-search-more]');
  for (let i = 0; i < 10 && (await more.isVisible()); i++) await more.click();
  expect(await injected(page)).toEqual([]);
  expect(dialogs).toEqual([]);
  // The entry with the <img> payload is found by its name and its link resolves.
  await visit(page, `search/?q=${encodeURIComponent(m.entry.name.slice(0, 8))}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done', { timeout: 30_000 });
  const hit = page.locator('[data-search-list] .search-hit__title a', { hasText: m.entry.name });
  await expect(hit.first()).toBeVisible();
  await hit.first().click();
  await expect(page.locator('h1')).toContainText(m.entry.name);
  expect(await injected(page)).toEqual([]);
});

test.describe('downloads, feeds, sitemap and images', () => {
  const FORMULA = /^[=+\-@\t\r]/;

  test('CSV downloads neutralise every formula cell and keep the payload text', async ({ request }) => {
    const catalog = (await (await request.get('data/catalog.json')).json()) as { datasets: { id: string; kind: string }[] };
    const ids = catalog.datasets.map((d) => d.id);
    // Every dataset's CSV (stats.csv among them); editors' templates exist for lists only.
    const listIds = catalog.datasets.filter((d) => ['blacklist', 'warning', 'register', 'redlist'].includes(d.kind)).map((d) => d.id);
    expect(ids).toContain(m.entry.list);
    const neutralised = new Set<string>();
    const formulas: string[] = [];
    let cells = 0;
    for (const path of [...ids.map((id) => `data/${id}.csv`), ...listIds.map((id) => `data/templates/${id}.csv`)]) {
      const id = path;
      const res = await request.get(path);
      expect(res.status(), id).toBe(200);
      const text = (await res.body()).toString('utf8').replace(/^\uFEFF/, '');
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      expect(parsed.errors, id).toEqual([]);
      for (const row of parsed.data) {
        for (const cell of row) {
          cells++;
          if (FORMULA.test(cell)) formulas.push(`${id}: ${cell}`);
          for (const p of [P.formula, P.formulaPlus, P.formulaAt, P.formulaMinus]) if (cell.startsWith(`'${p}`)) neutralised.add(p);
        }
      }
    }
    expect(formulas, 'cells a spreadsheet would run as formulas').toEqual([]);
    expect(cells).toBeGreaterThan(1000);
    // Each kind of formula payload was in some cell's first place, and came out quoted.
    expect([...neutralised].sort()).toEqual([P.formula, P.formulaPlus, P.formulaAt, P.formulaMinus].sort());
  });

  test('JSON downloads are valid and carry the payload unchanged', async ({ request }) => {
    const res = await request.get(`data/${m.entry.list}.json`);
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toContain(JSON.stringify(m.entry.name));
    expect(text).not.toContain(m.takenDown.name);
    for (const f of ['catalog.json', 'progress.json', 'stats.json']) {
      const r = await request.get(`data/${f}`);
      expect(r.status(), f).toBe(200);
      const t = await r.text();
      expect(() => JSON.parse(t), f).not.toThrow();
    }
    // The list's description (with a payload) is in the catalogue as it was written.
    expect(JSON.stringify(await (await request.get('data/catalog.json')).json())).toContain(JSON.stringify(m.listTitle).slice(1, -1));
  });

  for (const feed of ['cases/rss.xml', 'notices/rss.xml', 'changes/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']) {
    test(`${feed} parses as XML and keeps payloads as text`, async ({ page, request }) => {
      const res = await request.get(feed);
      expect(res.status(), feed).toBe(200);
      const xml = await res.text();
      await page.goto('about:blank');
      const parsed = await page.evaluate((src) => {
        const doc = new DOMParser().parseFromString(src, 'application/xml');
        if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent, titles: [], scripts: 0 };
        return {
          error: null,
          titles: [...doc.querySelectorAll('item > title, entry > title, url > loc, sitemap > loc')].map((t) => t.textContent ?? ''),
          scripts: doc.getElementsByTagName('script').length + doc.getElementsByTagName('img').length,
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.scripts, 'elements from a payload in the feed').toBe(0);
      expect(parsed.titles.length).toBeGreaterThan(0);
      if (feed === 'cases/rss.xml') expect(parsed.titles).toContain(m.caseTitle);
      if (feed === 'notices/rss.xml') expect(parsed.titles.some((t) => t.endsWith(m.noticeTitle)), parsed.titles.join('\n')).toBe(true);
      expect(xml).not.toContain(m.takenDown.name);
    });
  }

  test('social images with payload titles are rendered PNGs', async ({ request }) => {
    for (const path of [`og/case/${m.caseId}.png`, `og/list/${m.list}.png`, `og/area/${m.area}.png`]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const png = await res.body();
      expect(png.subarray(0, 8).toString('hex'), path).toBe('89504e470d0a1a0a');
      // IHDR: 1200 × 630.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      expect(png.length, path).toBeGreaterThan(10_000);
    }
  });
});
