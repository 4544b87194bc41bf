/**
 * Typical cases: every area shows cases, every case page has a social image that is a
 * 1200×630 PNG (unless built with SKIP_OG=1), the RSS feed, a case whose list entry was taken
 * down, pagination without JavaScript, JSON-LD and accessibility.
 * Runs against the built site with DISCLOSURE_DATE=2026-11-27 (SITE_URL and BASE_PATH as built).
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ON, publishedCases, sourceAreas, sourceLists, yamlFile } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { basePath } from '../../src/lib/config.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

// Expectations from the files themselves (papaparse, yaml), not from the portal's loader.
const cases = publishedCases(ON);
const lists = new Map(sourceLists(ON).map((l) => [l.id, l]));
const areaSlugs = sourceAreas().map((a) => a.slug);
const publisher = yamlFile<{ publisher: string }>('dataset.yml').publisher;
const skipOg = ['1', 'true', 'yes'].includes((process.env['SKIP_OG'] ?? '').toLowerCase());
const base = basePath();
/** Site URL + base path, as the build writes absolute links. */
const siteBase = new URL(base, process.env['SITE_URL'] || 'http://localhost:4321').href;

function entryOf(ref: string) {
  const [listId, entryId] = ref.split('/') as [string, string];
  const e = lists.get(listId)!.rows.find((r) => r['id'] === entryId)!;
  return { status: e.status, subject_name: e['subject_name']!, uscc: e['uscc'], legal_rep: e['legal_rep'] };
}

/** Fetches an absolute site URL from the test server (the build's SITE_URL may be another host). */
function localPath(absolute: string): string {
  expect(absolute.startsWith(siteBase), `${absolute} is under ${siteBase}`).toBe(true);
  return absolute.slice(siteBase.length);
}

async function pngSizeAt(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  const b = await res.body();
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('every area page shows at least one typical case, linked to its page', async ({ page }) => {
  for (const slug of areaSlugs) {
    await page.goto(`areas/${slug}/`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: '典型案例', level: 2 }) });
    const links = section.locator('.case-list__title a');
    expect(await links.count(), slug).toBeGreaterThanOrEqual(1);
    const first = cases.find((c) => c.area === slug)!;
    await expect(links.first()).toHaveText(first.title);
    await expect(links.first()).toHaveAttribute('href', `${base}cases/${first.id}/`);
  }
});

test('every case page has Open Graph and Twitter tags, and its og:image is a 1200×630 PNG', async ({ request }) => {
  test.skip(skipOg, 'built with SKIP_OG=1: no images');
  for (const c of cases) {
    const html = await (await request.get(`cases/${c.id}/`)).text();
    const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('property', 'og:title'), c.id).toBe(c.title);
    expect(meta('property', 'og:type')).toBe('article');
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    const image = meta('property', 'og:image');
    expect(image, c.id).toBe(`${siteBase}og/case/${c.id}.png`);
    expect(meta('name', 'twitter:image')).toBe(image);
    expect(await pngSizeAt(request, localPath(image!))).toEqual({ width: 1200, height: 630 });
  }
});

test('the home page, each area and each list have their own social image', async ({ request }) => {
  test.skip(skipOg, 'built with SKIP_OG=1: no images');
  const pages = [
    { path: './', image: 'og/site/home.png' },
    ...areaSlugs.map((s) => ({ path: `areas/${s}/`, image: `og/area/${s}.png` })),
  ];
  for (const p of pages) {
    const html = await (await request.get(p.path)).text();
    expect(html, p.path).toContain(`<meta property="og:image" content="${siteBase}${p.image}"`);
  }
  for (const img of [...pages.map((p) => p.image), ...[...lists.keys()].map((l) => `og/list/${l}.png`)]) {
    expect(await pngSizeAt(request, img), img).toEqual({ width: 1200, height: 630 });
  }
});

test('the RSS feed parses as XML with one item per case, newest first, with absolute links under site and base', async ({ page, request }) => {
  const res = await request.get('cases/rss.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  await page.goto('./');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return {
      channelLink: doc.querySelector('channel > link')?.textContent,
      items: [...doc.querySelectorAll('item')].map((i) => ({ link: i.querySelector('link')?.textContent ?? '', date: i.querySelector('pubDate')?.textContent ?? '', title: i.querySelector('title')?.textContent ?? '' })),
    };
  }, xml);
  expect(feed, 'RSS is well-formed XML').not.toBeNull();
  expect(feed!.channelLink).toBe(`${siteBase}cases/`);
  expect(feed!.items).toHaveLength(cases.length);
  expect(feed!.items.map((i) => i.link)).toEqual(cases.map((c) => `${siteBase}cases/${c.id}/`));
  const times = feed!.items.map((i) => Date.parse(i.date));
  expect(times.every((t, k) => !Number.isNaN(t) && (k === 0 || t <= times[k - 1]!))).toBe(true);
  expect(feed!.items[0]!.title).toBe(cases[0]!.title);
});

test('a case whose referenced list entry was taken down shows no name or code from that entry', async ({ page }) => {
  const withTakenDown = cases.filter((c) => c.subjects.some((s) => s.ref && entryOf(s.ref).status !== 'active'));
  expect(withTakenDown.length).toBeGreaterThanOrEqual(1);
  for (const c of withTakenDown) {
    await page.goto(`cases/${c.id}/`);
    const html = await page.content();
    for (const s of c.subjects.filter((x) => x.ref && entryOf(x.ref).status !== 'active')) {
      const e = entryOf(s.ref!);
      expect(html, `${c.id} must not show ${s.ref}`).not.toContain(e.subject_name);
      if (e.uscc) expect(html).not.toContain(e.uscc);
      if (e.legal_rep) expect(html).not.toContain(e.legal_rep);
      expect(html).not.toContain(`/lists/${s.ref}/`);
    }
    await expect(page.locator('.case-facts')).toContainText('相关名单信息已停止公示');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
  }
});

test('a case that refers to a disclosed list entry names it and links to its page', async ({ page }) => {
  const c = cases.find((x) => x.subjects.some((s) => s.ref && entryOf(s.ref).status === 'active'))!;
  const ref = c.subjects.find((s) => s.ref && entryOf(s.ref).status === 'active')!.ref!;
  await page.goto(`cases/${c.id}/`);
  const related = page.locator('section', { has: page.getByRole('heading', { name: '相关名单信息' }) });
  await expect(related.getByRole('link', { name: entryOf(ref).subject_name })).toHaveAttribute('href', `${base}lists/${ref}/`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the case list pages through every case, 20 a page, newest first', async ({ page }) => {
    const pages = Math.ceil(cases.length / 20);
    expect(pages).toBeGreaterThanOrEqual(2);
    await page.goto('cases/');
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      await expect(page).toHaveURL(new RegExp(`${base}cases/${n === 1 ? '' : `${n}/`}$`));
      const links = page.locator('.case-listing__main .case-list__title a');
      await expect(links).toHaveCount(n < pages ? 20 : cases.length - 20 * (pages - 1));
      seen.push(...(await links.allTextContents()));
      await expect(page.getByRole('navigation', { name: '分页' })).toContainText(`第 ${n} 页，共 ${pages} 页`);
      if (n < pages) await page.getByRole('link', { name: '下一页' }).click();
    }
    expect(seen).toEqual(cases.map((c) => c.title));
  });

  test('a case page reads fully: facts, narrative, measures, sources and how to cite', async ({ page }) => {
    const c = cases.find((x) => x.measures.length >= 3 && x.subjects.every((s) => !s.ref))!;
    await page.goto(`cases/${c.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    for (const h of ['基本情况', '案情经过', '惩戒措施', '信息来源', '如何引用', '本领域其他案例']) await expect(page.getByRole('heading', { name: h, level: 2 })).toBeVisible();
    await expect(page.locator('.case-facts')).toContainText(c.subjects[0]!.name!);
    const cite = page.locator('.case__cite');
    await expect(cite).toContainText(publisher);
    await expect(cite).toContainText(`${siteBase}cases/${c.id}/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ '@type': 'Article', headline: c.title, datePublished: c.published_on, url: `${siteBase}cases/${c.id}/` });
  });

  test('browse pages by area, year and measure list the matching cases', async ({ page }) => {
    const c = cases[0]!;
    await page.goto(`cases/area/${c.area}/`);
    await expect(page.locator('.case-list__title a', { hasText: c.title })).toBeVisible();
    await page.goto(`cases/year/${c.published_on.slice(0, 4)}/`);
    await expect(page.locator('.case-list__title a', { hasText: c.title })).toBeVisible();
    const m = c.measures[0]!.measure;
    await page.goto(`cases/measure/${m}/`);
    const n = cases.filter((x) => x.measures.some((y) => y.measure === m)).length;
    await expect(page.locator('.lead')).toContainText(`共 ${n} 个案例`);
  });
});

test('robots.txt points to the sitemap under site and base, and the sitemap lists the case pages', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteBase}sitemap-index.xml`);
  // sitemap.xml is the same index, for those who look for it under that name.
  const index = await (await request.get('sitemap-index.xml')).text();
  expect(index).toContain(`<loc>${siteBase}sitemap-0.xml</loc>`);
  expect(await (await request.get('sitemap.xml')).text()).toBe(index);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(cases.filter((c) => !sitemap.includes(`<loc>${siteBase}cases/${c.id}/</loc>`)).map((c) => c.id)).toEqual([]);
  expect(sitemap).not.toContain('.png</loc>');
});

test('the case pages have no serious accessibility problem', async ({ page }) => {
  for (const path of ['cases/', `cases/${cases[0]!.id}/`, `cases/measure/${cases[0]!.measures[0]!.measure}/`]) {
    await page.goto(path);
    await expectNoSeriousAxe(page);
  }
});
