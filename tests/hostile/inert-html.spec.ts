/**
 * The hostile build has nothing executable in any HTML file, and a browser WITHOUT the
 * Content-Security-Policy runs nothing and follows no `javascript:` address (the CSP is the
 * second wall, not the first). Every HTML file of dist/ is parsed by Chromium's own HTML parser
 * (DOMParser: no script runs), then checked: no inline script except JSON-LD, no script from
 * another site, no `on*` attribute anywhere (SVG included), no URL attribute whose scheme, as
 * the browser resolves it, is outside http, https, mailto and tel, no refresh/base/frame/object.
 * Run by `npm run test:hostile` after the hostile build (scripts/test-hostile.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { HostileManifest } from '../../scripts/make-hostile-fixture.ts';
import { hostileDir } from '../../scripts/lib/scratch-dirs.ts';
import { filesUnder } from '../../scripts/lib/files.ts';

const dir = hostileDir();
const dist = join(dir, 'dist');
const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as HostileManifest;

const htmlFiles = (d: string) => filesUnder(d, (name) => name.endsWith('.html'));

/** In the browser: what in each HTML text could run, as readable strings (empty = inert). */
async function activeParts(page: Page, docs: { file: string; html: string }[]): Promise<string[]> {
  return page.evaluate((docs) => {
    const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'cite', 'background', 'ping', 'manifest', 'codebase', 'longdesc', 'usemap', 'srcdoc']);
    const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);
    const out: string[] = [];
    for (const { file, html } of docs) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const say = (what: string) => out.push(`${file}: ${what.slice(0, 200)}`);
      for (const el of doc.querySelectorAll('*')) {
        const tag = el.localName;
        if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base'].includes(tag)) say(`<${tag}>`);
        if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) say('<meta http-equiv=refresh>');
        if (tag === 'script') {
          const type = (el.getAttribute('type') ?? '').toLowerCase();
          const src = el.getAttribute('src');
          if (type === 'application/ld+json') {
            try {
              JSON.parse(el.textContent ?? '');
            } catch {
              say('JSON-LD that is not JSON');
            }
            if (/[<>]/.test(el.textContent ?? '')) say('< or > inside JSON-LD');
          } else if (!src) say(`inline <script>${el.textContent ?? ''}</script>`);
          else if (new URL(src, 'https://site.invalid/').origin !== 'https://site.invalid') say(`script from another site: ${src}`);
        }
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name) ?? '';
          if (/^on/i.test(name)) say(`<${tag} ${name}="${value}">`);
          const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : URL_ATTRS.has(name.toLowerCase()) ? [value] : [];
          for (const u of urls) {
            let protocol: string;
            try {
              protocol = new URL(u, 'https://site.invalid/a/').protocol;
            } catch {
              continue; // not a URL the browser would follow
            }
            if (!ALLOWED.has(protocol)) say(`<${tag} ${name}="${value}"> (${protocol})`);
          }
        }
      }
    }
    return out;
  }, docs);
}

test('no HTML file of the hostile build holds a script, an on* attribute or a link with another scheme', async ({ page }) => {
  test.setTimeout(300_000);
  const files = htmlFiles(dist);
  expect(files.length).toBeGreaterThan(500);
  await page.goto('about:blank');
  const found: string[] = [];
  for (let i = 0; i < files.length; i += 100) {
    const docs = files.slice(i, i + 100).map((f) => ({ file: relative(dist, f), html: readFileSync(f, 'utf8') }));
    found.push(...(await activeParts(page, docs)));
  }
  expect(found).toEqual([]);
});

test('the pages are served without the CSP, so the browser tests below test the markup, not the policy', async ({ request }) => {
  const res = await request.get('');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-security-policy']).toBeUndefined();
});

/** Page types with MDX bodies and with forms: every link is followed, every form submitted. */
const PAGES = ['', `areas/${m.area}/`, `cases/${m.caseId}/`, `notices/${m.noticeId}/`, `lists/${m.entry.list}/${m.entry.id}/`, 'search/', 'tip-off/', 'data/'];

for (const url of PAGES) {
  test(`without the CSP, /${url} has only http, https, mailto and tel links, and clicking them runs nothing`, async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    // Requests to anything but the site itself get an empty answer: the test stays offline.
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === 'localhost' || host === '127.0.0.1' ? route.continue() : route.fulfill({ status: 204, body: '' });
    });
    const res = await page.goto(url);
    expect(res?.status()).toBeLessThan(400);
    const protocols = await page.locator('a[href], area[href], form[action]').evaluateAll((els) =>
      els.map((e) => new URL((e as HTMLAnchorElement).href || (e as HTMLFormElement).action, location.href).protocol),
    );
    expect(protocols.filter((p) => !['http:', 'https:', 'mailto:', 'tel:'].includes(p))).toEqual([]);
    // Click every link of the MDX bodies (where payloads are written as links) and the first
    // few other links of the page; come back after each.
    const BODY = '.case__body a[href], .notice__body a[href], .area__measures a[href]';
    const pick = async (selector: string, max: number) => (await page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href))).slice(0, max).map((href, i) => ({ selector, i, href }));
    const links = [...(await pick(BODY, 20)), ...(await pick(`main a[href]:not(:is(${BODY}))`, 6))];
    const followed: string[] = [];
    for (const { selector, i, href } of links) {
      if (/^(mailto|tel):/.test(href)) continue;
      await page.locator(selector).nth(i).click({ timeout: 10_000 }).catch(() => undefined);
      followed.push(page.url());
      if (page.url().startsWith('javascript:')) throw new Error(`followed ${page.url()}`);
      await page.goto(url);
    }
    // Submit every form with a payload in each text field.
    const forms = await page.locator('main form').count();
    for (let f = 0; f < forms; f++) {
      const form = page.locator('main form').nth(f);
      for (const input of await form.locator('input[type="search"], input[type="text"], input:not([type])').all()) await input.fill(`${m.payloads.script}${m.payloads.js}`);
      // Wait for the navigation the submit starts (a busy machine starts it late), so that
      // going back to the page is not interrupted by it.
      const before = page.url();
      await form.evaluate((el) => (el as HTMLFormElement).requestSubmit());
      await page.waitForURL((u) => u.href !== before, { timeout: 15_000 }).catch(() => undefined);
      await page.waitForLoadState('load');
      expect(page.url().startsWith('javascript:')).toBe(false);
      await page.goto(url);
    }
    expect(followed.every((u) => !u.startsWith('javascript:'))).toBe(true);
    expect(dialogs).toEqual([]);
  });
}
