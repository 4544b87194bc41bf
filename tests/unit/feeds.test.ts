import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { feedResponse, newestFirst } from '../../src/lib/open-data/feeds.ts';
import { hasNoindex, sitemapFilter } from '../../src/lib/sitemap-filter.ts';

describe('feeds', () => {
  it('orders items newest first and keeps the given order within a day', () => {
    const items = [{ date: '2020-01-01', n: 1 }, { date: '2021-01-01', n: 2 }, { date: '2020-01-01', n: 3 }];
    expect(newestFirst(items).map((i) => i.n)).toEqual([2, 1, 3]);
  });

  it('writes absolute links under the site URL and the base path', async () => {
    const res = await feedResponse(
      { title: '典型案例', description: 'd', selfPath: '/cases/rss.xml', pagePath: '/cases/', items: [{ title: 'A & B', path: '/cases/a-2020-01/', date: '2020-05-01', description: 's' }] },
      new URL('https://example.org/'),
    );
    const xml = await res.text();
    // Outside Astro the base path is "/"; inside, href() adds BASE_URL (checked end-to-end in tests/e2e/cases.spec.ts).
    expect(xml).toContain('<link>https://example.org/cases/a-2020-01/</link>');
    expect(xml).toContain('<link>https://example.org/cases/</link>');
    expect(xml).toContain('<atom:link href="https://example.org/cases/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<pubDate>Thu, 30 Apr 2020 16:00:00 GMT</pubDate>');
  });
});

describe('sitemap filter', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sitemap-test-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const page = (path: string, head: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html><head><title>t</title>${head}</head><body><p>name="robots" content="noindex"</p></body></html>`);
  };
  page('', '');
  page('lists/a/a-1', '');
  page('lists/a/a-2', '<meta name="robots" content="noindex">');
  page('lists/a/a-3', "<meta content='noindex, nofollow' name='robots' />");
  const keep = sitemapFilter(dist, 'https://example.org/credit/');

  it('finds a robots noindex meta tag in the head only', () => {
    expect(hasNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(hasNoindex('<head><meta name="description" content="noindex"></head>')).toBe(false);
    expect(hasNoindex('<head></head><body><meta name="robots" content="noindex"></body>')).toBe(false);
  });

  it('keeps ordinary pages and leaves out pages marked noindex', () => {
    expect(keep('https://example.org/credit/')).toBe(true);
    expect(keep('https://example.org/credit/lists/a/a-1/')).toBe(true);
    expect(keep('https://example.org/credit/lists/a/a-2/')).toBe(false);
    expect(keep('https://example.org/credit/lists/a/a-3/')).toBe(false);
  });

  it('leaves out files that are not pages', () => {
    expect(keep('https://example.org/credit/cases/rss.xml')).toBe(false);
    expect(keep('https://example.org/credit/og/case/x.png')).toBe(false);
  });
});

describe('feed item descriptions', () => {
  it('carry a description as text: after the XML is parsed, one HTML unescape gives back the literal payload', async () => {
    const payload = `<script>alert(1)</script> & <img src=x onerror="alert('x')">`;
    const res = await feedResponse(
      { title: 't', description: 'd', selfPath: '/cases/rss.xml', pagePath: '/cases/', items: [{ title: '案例', path: '/cases/a/', date: '2020-05-01', description: payload }] },
      new URL('https://example.org/'),
    );
    const parsed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(await res.text());
    const html: string = parsed.rss.channel.item.description;
    // What a reader renders as HTML holds no markup: no tag can start.
    expect(html).not.toMatch(/[<>]/);
    const unescapeOnce = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    expect(unescapeOnce(html)).toBe(payload);
  });
});
