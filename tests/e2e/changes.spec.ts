/**
 * /changes/, its feed, the entry page's history and the editors' templates, against the built
 * site. The repository's history differs between machines (CI builds a fresh clone, the sample
 * data may not be committed yet), so no date from git is asserted here — only what must hold in
 * every case: take-downs match the data, nothing names a taken-down entry, links work, feeds parse.
 * The same rules with known commit dates are tested in tests/unit/changes.test.ts.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ON, sourceLists } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

// The lists as their files say (papaparse, yaml), not through the portal's loader.
const lists = sourceLists(ON);
const all = lists.flatMap((l) => l.rows.map((e) => ({ list: l, e })));
const takenDown = all.filter(({ e }) => e.status === 'expired' || e.status === 'removed');
const active = all.filter(({ e }) => e.status === 'active');

/**
 * What must never appear: names and codes of taken-down entries that no active entry shares.
 * (Reasons are not in the list: the sample's are general phrases such as 信用修复 that the site's
 * own text uses; the pages never receive an entry's reason at all, see src/lib/lists/changes.ts.)
 */
const activeTexts = new Set(active.flatMap(({ e }) => [e.subject_name, e.uscc, e.id_masked, e.legal_rep]).filter(Boolean));
const forbidden = [...new Set(takenDown.flatMap(({ e }) => [e.subject_name, e.uscc, e.id_masked, e.legal_rep]).filter((v): v is string => !!v && !activeTexts.has(v)))];

async function text(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

/** Every page of /changes/, following the page count the first page states. */
async function changePages(request: APIRequestContext): Promise<string[]> {
  const first = await text(request, 'changes/');
  const total = Number(/data-total="(\d+)"/.exec(first)![1]);
  const pages = Math.max(1, Math.ceil(total / 100));
  const out = [first];
  for (let p = 2; p <= pages; p++) out.push(await text(request, `changes/${p}/`));
  return out;
}

function leaks(haystack: string): string[] {
  return forbidden.filter((f) => haystack.includes(f));
}

test.describe('/changes/', () => {
  test('the sample data has taken-down entries whose names must not appear', () => {
    expect(takenDown.length).toBeGreaterThan(0);
    expect(forbidden.length).toBeGreaterThan(0);
  });

  test('lists every take-down on its stop date, without any name or code, over all its pages', async ({ request }) => {
    const pages = await changePages(request);
    const html = pages.join('\n');
    expect(leaks(html)).toEqual([]);
    // Every taken-down entry has exactly one event, on the day it stopped (anchor: c-<date>-<kind>-<list>-<entry>).
    const anchors = [...html.matchAll(/id="c-(\d{4}-\d{2}-\d{2})-(expired|removed)-([a-z0-9-]+?)-([A-Za-z0-9-]+)" data-entry-id="\4"/g)].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`);
    expect(anchors.sort()).toEqual(takenDown.map(({ list, e }) => `${e.stopped_on} ${e.status} ${list.id} ${e.id}`).sort());
  });

  test('shows dates newest first and links only to pages that exist', async ({ request }) => {
    const pages = await changePages(request);
    const dates = pages.flatMap((h) => [...h.matchAll(/data-change-date="([^"]+)"/g)].map((m) => m[1]!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    const links = [...new Set(pages.flatMap((h) => [...h.matchAll(/<a href="([^"]*\/lists\/[^"]+\/)"/g)].map((m) => m[1]!)))];
    expect(links.length).toBeGreaterThan(0);
    // List pages, and entry pages that are active (a taken-down notice has no history).
    for (const href of links.slice(0, 60)) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      if (/\/lists\/[^/]+\/[^/]+\/$/.test(href) && !/\/lists\/[^/]+\/\d+\/$/.test(href)) expect(await res.text(), href).toContain('data-entry-history');
    }
  });

  test('reads without JavaScript, is reachable from the footer and has no serious accessibility problem', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page: Page = await context.newPage();
    await page.goto('');
    await page.locator('footer').getByRole('link', { name: '数据变更记录' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据变更记录');
    await expect(page.locator('[data-change-date]').first()).toBeVisible();
    await context.close();
    const withJs = await browser.newContext();
    const p2 = await withJs.newPage();
    await p2.goto('changes/');
    await expectNoSeriousAxe(p2);
    await withJs.close();
  });
});

test.describe('/changes/rss.xml', () => {
  test('is well-formed RSS with absolute links under the site and base, naming no taken-down entry', async ({ request, page }) => {
    const xml = await text(request, 'changes/rss.xml');
    expect(leaks(xml)).toEqual([]);
    await page.goto('changes/');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        channel: doc.querySelector('channel > link')?.textContent ?? '',
        items: [...doc.querySelectorAll('item')].map((i) => ({ title: i.querySelector('title')?.textContent ?? '', link: i.querySelector('link')?.textContent ?? '' })),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.items.length).toBeGreaterThan(0);
    expect(parsed.items.length).toBeLessThanOrEqual(200);
    const base = new URL(page.url()).pathname.replace(/changes\/$/, '');
    expect(new URL(parsed.channel).pathname).toBe(`${base}changes/`);
    for (const item of parsed.items) {
      const url = new URL(item.link);
      expect(url.pathname.startsWith(base), item.link).toBe(true);
      expect(item.title).not.toBe('');
    }
    // The newest item's link resolves on this server (page and anchor, or entry page).
    const first = new URL(parsed.items[0]!.link);
    const res = await request.get(first.pathname.slice(base.length));
    expect(res.status()).toBe(200);
    if (first.hash) expect(await res.text()).toContain(`id="${decodeURIComponent(first.hash.slice(1))}"`);
  });
});

test.describe('entry history', () => {
  test('an active entry page says when it was first published and last changed, or that the history does not know', async ({ page }) => {
    const { list, e } = active[0]!;
    await page.goto(`lists/${list.id}/${e.id}/`);
    const section = page.locator('[data-entry-history]');
    await expect(section).toHaveCount(1);
    const state = await section.getAttribute('data-entry-history');
    if (state === 'unknown') {
      await expect(section).toContainText('无法给出首次公示和最近修改的日期');
    } else {
      await expect(section).toContainText('首次公示（依据版本记录）');
      await expect(section).toContainText('最近修改');
      const first = await section.locator('[data-first-published]').getAttribute('data-first-published');
      const last = await section.locator('[data-last-changed]').getAttribute('data-last-changed');
      expect(first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(last! >= first!).toBe(true);
      if (state === 'approximate') await expect(section).toContainText('不晚于');
    }
  });

  test('a taken-down entry notice shows no history section', async ({ page }) => {
    const { list, e } = takenDown[0]!;
    await page.goto(`lists/${list.id}/${e.id}/`);
    await expect(page.locator('[data-entry-history]')).toHaveCount(0);
  });
});

test.describe('blank templates for editors', () => {
  test('are linked from /data/', async ({ page }) => {
    await page.goto('data/');
    const links = page.locator('[data-templates] a[href$=".csv"]');
    await expect(links).toHaveCount(lists.length);
  });

  for (const list of lists) {
    test(`${list.id}: header of keys and one commented, fictional example row`, async ({ request }) => {
      const res = await request.get(`data/templates/${list.id}.csv`);
      expect(res.status()).toBe(200);
      const bytes = await res.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
      expect(lines).toHaveLength(2);
      expect(lines[0]!.split(',').slice(0, 2)).toEqual(['id', 'subject_name']);
      for (const c of list.columns) expect(lines[0]!.split(',')).toContain(c.key);
      expect(lines[1]!.startsWith('#')).toBe(true);
      expect(lines[1]).toContain('示例');
    });
  }
});
