/**
 * The published site through real nginx (deploy/nginx.conf), as scripts/test-deploy.ts sets it
 * up: the sample site built for day D and for D+1, both published into DEPLOY_DEST, current =
 * D+1. Expectations are computed here from the data files (papaparse over the CSVs, our own
 * date arithmetic) and from public/_headers, not from the portal's loader.
 * Serial: later tests publish, kill a publish and roll back the one target nginx serves.
 */
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { submitSearch } from '../../scripts/lib/search-page.ts';
import { addDays } from '../../src/lib/dates.ts';

test.describe.configure({ mode: 'serial' });

const url = process.env['DEPLOY_URL']!;
const dest = process.env['DEPLOY_DEST']!;
const D = process.env['DEPLOY_DAY']!;
const siteD = process.env['DEPLOY_SITE_DAY']!;
const siteNext = process.env['DEPLOY_SITE_NEXT']!;
const base = new URL(url).pathname;

const D1 = addDays(D, 1);

/** `2y` / `6m` after a day; the 31st of a shorter month becomes its last day. */
function afterPeriod(day: string, period: string): string {
  const [, n, unit] = /^(\d+)([ym])$/.exec(period)!;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const months = Number(n) * (unit === 'y' ? 12 : 1) + (m - 1);
  const ty = y + Math.floor(months / 12);
  const tm = (months % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

type Row = Record<string, string>;
const lists = readdirSync('data/lists').map((id) => {
  const meta = parseYaml(readFileSync(join('data/lists', id, 'meta.yml'), 'utf8')) as { period: string };
  const rows = Papa.parse<Row>(readFileSync(join('data/lists', id, 'entries.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data.filter((r) => r['id'] && !r['id'].startsWith('#'));
  return { id, period: meta.period, rows };
});
const lastDay = (r: Row, period: string) => r['expires_on'] || afterPeriod(r['listed_on']!, period);
const shownOn = (r: Row, period: string, day: string) => r['listed_on']! <= day && lastDay(r, period) >= day && !(r['removed_on'] && r['removed_on'] <= day);

/** An entry whose last day is D: shown on the site built for D, gone on the one for D+1. */
const fixture = (() => {
  for (const l of lists) {
    const r = l.rows.find((x) => lastDay(x, l.period) === D && shownOn(x, l.period, D));
    if (r) return { list: l.id, id: r['id']!, name: r['subject_name']! };
  }
  throw new Error(`样例数据中没有最后公示日为 ${D} 的条目`);
})();
const fixturePath = `lists/${fixture.list}/${fixture.id}/`;

/** The security headers every response must carry: public/_headers, parsed here. */
const securityHeaders: [string, string][] = readFileSync('public/_headers', 'utf8')
  .split('\n')
  .filter((l) => /^\s+\S+:\s/.test(l))
  .map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()];
  });

function expectSecurityHeaders(res: APIResponse, where: string): void {
  const h = res.headers();
  for (const [name, value] of securityHeaders) expect(h[name], `${where}: ${name}`).toBe(value);
}

const get = (page: Page, path: string) => page.request.get(path.startsWith('/') ? path : `${url}${path}`, { headers: { 'accept-encoding': 'gzip' }, maxRedirects: 0 });
const status = async (page: Page) => (await (await get(page, 'status.json')).json()) as { disclosureDate: string; dataCommit: string; portalVersion: string; activeEntries: Record<string, number>; siteUrl: string; basePath: string; builtAt: string };
const firstDir = (site: string, dir: string) => readdirSync(join(site, dir), { withFileTypes: true }).find((d) => d.isDirectory() && existsSync(join(site, dir, d.name, 'index.html')))!.name;

test('status.json says which build is serving: its disclosure date, data commit, portal version and active entries per list', async ({ page }) => {
  const s = await status(page);
  expect(s.disclosureDate).toBe(D1);
  expect(s.dataCommit).toBe(spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim());
  expect(s.portalVersion).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  expect(s.siteUrl).toBe('https://credit.example.org/');
  expect(s.basePath).toBe(base);
  expect(Number.isNaN(Date.parse(s.builtAt))).toBe(false);
  expect(s.activeEntries).toEqual(Object.fromEntries(lists.map((l) => [l.id, l.rows.filter((r) => shownOn(r, l.period, D1)).length])));
});

test('every page type answers 200 under the sub-path with the security headers, and HTML is revalidated (no-cache) and compressed', async ({ page }) => {
  const activeList = lists.find((l) => l.rows.some((r) => shownOn(r, l.period, D1) && r['uscc']))!;
  const active = activeList.rows.find((r) => shownOn(r, activeList.period, D1) && r['uscc'])!;
  const html = [
    '',
    'areas/',
    `areas/${firstDir(siteNext, 'areas')}/`,
    'tip-off/',
    'lists/',
    `lists/${activeList.id}/`,
    `lists/${activeList.id}/${active['id']}/`,
    `subjects/${active['uscc']}/`,
    fixturePath,
    'cases/',
    `cases/${firstDir(siteNext, 'cases')}/`,
    'notices/',
    `notices/${firstDir(siteNext, 'notices')}/`,
    'progress/',
    `progress/${firstDir(siteNext, 'progress')}/`,
    'stats/',
    'search/',
    'data/',
    'changes/',
    'about/',
  ];
  for (const path of html) {
    const res = await get(page, path);
    expect(res.status(), path).toBe(200);
    expectSecurityHeaders(res, path);
    expect(res.headers()['content-type'], path).toBe('text/html; charset=utf-8');
    expect(res.headers()['cache-control'], path).toBe('no-cache');
    expect(res.headers()['content-encoding'], path).toBe('gzip');
  }
  const files: [string, string][] = [
    [`data/${activeList.id}.csv`, 'text/csv; charset=utf-8'],
    [`data/${activeList.id}.json`, 'application/json; charset=utf-8'],
    ['data/catalog.json', 'application/json; charset=utf-8'],
    ['data/catalog.jsonld', 'application/ld+json; charset=utf-8'],
    [`data/${activeList.id}/datapackage.json`, 'application/json; charset=utf-8'],
    ['data/cases.csv', 'text/csv; charset=utf-8'],
    ['cases/rss.xml', 'text/xml; charset=utf-8'],
    ['sitemap.xml', 'text/xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['status.json', 'application/json; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml; charset=utf-8'],
  ];
  for (const [path, type] of files) {
    const res = await get(page, path);
    expect(res.status(), path).toBe(200);
    expectSecurityHeaders(res, path);
    expect(res.headers()['content-type'], path).toBe(type);
    expect(res.headers()['cache-control'], path).toBe('no-cache');
  }
  // A directory without its slash is redirected within the sub-path, headers included.
  const redirect = await get(page, 'lists');
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe(`${base}lists/`);
  expectSecurityHeaders(redirect, 'lists (301)');
});

test('hashed assets are cached for a year as immutable and compressed; search metadata is revalidated; .wasm is application/wasm', async ({ page }) => {
  const index = await (await get(page, '')).text();
  const assets = [...index.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  expect(assets.length).toBeGreaterThan(0);
  for (const a of assets) {
    const res = await get(page, a);
    expect(res.status(), a).toBe(200);
    expectSecurityHeaders(res, a);
    expect(res.headers()['cache-control'], a).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-encoding'], a).toBe('gzip');
  }
  const pf = join(siteNext, 'pagefind');
  const hashed = [
    `pagefind/${readdirSync(pf).find((n) => n.endsWith('.pf_meta'))}`,
    `pagefind/fragment/${readdirSync(join(pf, 'fragment'))[0]}`,
    `pagefind/index/${readdirSync(join(pf, 'index'))[0]}`,
    `pagefind/filter/${readdirSync(join(pf, 'filter'))[0]}`,
  ];
  for (const path of hashed) {
    const res = await get(page, path);
    expect(res.status(), path).toBe(200);
    expectSecurityHeaders(res, path);
    expect(res.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['pagefind/pagefind-entry.json', 'pagefind/portal-index.json', 'pagefind/pagefind.js']) {
    const res = await get(page, path);
    expect(res.status(), path).toBe(200);
    expectSecurityHeaders(res, path);
    expect(res.headers()['cache-control'], path).toBe('no-cache');
  }
  // JSON and JavaScript are compressed (the search manifest itself is below nginx's gzip_min_length).
  for (const path of [`data/${lists[0]!.id}.json`, 'pagefind/pagefind.js']) expect((await get(page, path)).headers()['content-encoding'], path).toBe('gzip');
  const wasm = await get(page, 'probe.wasm');
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expectSecurityHeaders(wasm, 'probe.wasm');
});

test('an unknown address under the sub-path answers 404 with the portal 404 page and the security headers', async ({ page }) => {
  const res = await get(page, 'no-such-page/');
  expect(res.status()).toBe(404);
  expectSecurityHeaders(res, '404');
  const body = await res.text();
  expect(body).toContain('页面不存在');
  expect(body).toContain(`href="${base}`);
  await page.goto('no-such-page/');
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', new RegExp(`^${base}_astro/`));
  const outside = await get(page, '/elsewhere/');
  expect(outside.status()).toBe(404);
  expectSecurityHeaders(outside, '/elsewhere/');
});

test(`on the site built for D+1 the entry whose last day is D is a take-down notice, absent from downloads and search`, async ({ page }) => {
  const res = await get(page, fixturePath);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('停止公示');
  expect(html).not.toContain(fixture.name);
  for (const file of [`data/${fixture.list}.csv`, `data/${fixture.list}.json`]) {
    const body = await (await get(page, file)).text();
    expect(body, file).not.toContain(fixture.name);
    expect(body, file).not.toContain(fixture.id);
  }
  await page.goto('search/');
  const { hrefs } = await submitSearch(page, fixture.name);
  expect(hrefs.some((h) => h.includes(fixture.id))).toBe(false);
  await expect(page.locator('[data-search-list]')).not.toContainText(fixture.name);
});

/** Starts a publish of the site for D and kills it (SIGKILL) once `when` says so. */
async function killedPublish(when: (line: string, tmpFiles: () => number) => boolean): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('scripts/publish.ts'), '--dest', dest, '--from', siteD, '--allow-date'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const tmpFiles = () => {
    try {
      const tmp = readdirSync(join(dest, 'releases')).find((n) => n.startsWith('.tmp-') && n.endsWith(`-p${child.pid}`));
      return tmp ? readdirSync(join(dest, 'releases', tmp), { recursive: true }).length : 0;
    } catch {
      return 0; // renamed away while being counted: the copy is complete
    }
  };
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((done) => {
    let out = '';
    const check = () => {
      if (child.exitCode !== null) return done();
      const lines = out.split('\n');
      if (lines.some((l) => when(l, tmpFiles))) {
        child.kill('SIGKILL');
        return done();
      }
      setTimeout(check, 2);
    };
    child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
    check();
  });
  await exited;
  expect(child.signalCode, 'the publish was killed before it finished').toBe('SIGKILL');
}

test('a publish killed midway (at the start of the copy, a few files in, half-way) leaves the previous release serving', async ({ page }) => {
  const before = readlinkSync(join(dest, 'current'));
  const total = readdirSync(siteD, { recursive: true }).length;
  const moments: [string, (line: string, tmpFiles: () => number) => boolean][] = [
    ['at the start of the copy', (l) => l === '[publish] copy'],
    ['a few files in', (_, n) => n() >= 20],
    ['half-way', (_, n) => n() >= total / 2],
  ];
  for (const [moment, when] of moments) {
    await killedPublish(when);
    expect(readlinkSync(join(dest, 'current')), moment).toBe(before);
    expect((await status(page)).disclosureDate, moment).toBe(D1);
    const res = await get(page, '');
    expect(res.status(), moment).toBe(200);
  }
  // The next complete publish clears what the killed ones left, and serves.
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/publish.ts'), '--dest', dest, '--from', siteNext, '--allow-date'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(readdirSync(join(dest, 'releases')).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  expect(readlinkSync(join(dest, 'current'))).not.toBe(before);
  expect((await status(page)).disclosureDate).toBe(D1);
});

test('rollback points current back at the previous release, seen through nginx', async ({ page }) => {
  // Roll back twice: past the re-publish of D+1, to the release of D+1, then to the release of D.
  for (const expected of [D1, D]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/publish.ts'), '--dest', dest, '--rollback'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect((await status(page)).disclosureDate).toBe(expected);
  }
  // The site for D shows the entry whose last day is D, in its page and in its list's download.
  const html = await (await get(page, fixturePath)).text();
  expect(html).toContain(fixture.name);
  expect(await (await get(page, `data/${fixture.list}.csv`)).text()).toContain(fixture.name);
});

const checkLive = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/check-live.ts'), url, ...args], { encoding: 'utf8' });

test('check:live passes on the site built for today and fails, naming the entry, when the site is a day old', async () => {
  const ok = checkLive('--today', D);
  expect(ok.status, ok.stderr).toBe(0);
  expect(ok.stdout).toContain('线上检查通过');
  const late = checkLive('--today', D1);
  expect(late.status).toBe(1);
  expect(late.stderr).toContain(`公示计算日期是 ${D}`);
  expect(late.stderr).toContain(`${fixture.list}/${fixture.id}`);
  expect(late.stderr).toContain(`搜索数据仍列出已停止公示的条目：/${fixturePath}`);
  expect(late.stderr).not.toMatch(/\n\s+at /);
  // As the pipelines call it: SITE_URL without a path, BASE_PATH in the environment.
  const origin = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/check-live.ts'), new URL(url).origin, '--today', D], { encoding: 'utf8', env: { ...process.env, BASE_PATH: base } });
  expect(origin.status, origin.stderr).toBe(0);
});

/** How running text writes a day: `2026-08-01` → `2026年8月1日`. */
const chineseDay = (iso: string) => iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

/** The visitor's clock, in China time (UTC+8). */
const chinaTime = (day: string, time = '00:00:30') => new Date(`${day}T${time}+08:00`);

test('the site built for D, opened on D, shows the entry on its page and in search', async ({ page }) => {
  await page.clock.setFixedTime(chinaTime(D, '12:00:00'));
  await page.goto(fixturePath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fixture.name);
  await expect(page.locator('[data-data-date]')).toHaveAttribute('data-data-date', D);
  await expect(page.locator('[data-data-date]')).toHaveText(chineseDay(D));
  await expect(page.locator('[data-stale-banner]')).toBeHidden();
  await page.goto('search/');
  const { hrefs } = await submitSearch(page, fixture.name);
  expect(hrefs.some((h) => h.includes(fixture.id))).toBe(true);
});

test('the site built for D, opened at D+1 China time, shows the name neither on the entry page nor in search results', async ({ page }) => {
  await page.clock.setFixedTime(chinaTime(D1));
  await page.goto(fixturePath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('停止公示');
  await expect(page.getByText(fixture.name).filter({ visible: true })).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toContain(fixture.name);
  expect(await page.title()).not.toContain(fixture.name);
  await page.goto(`lists/${fixture.list}/`);
  expect(await page.locator('body').innerText()).not.toContain(fixture.name);
  await page.goto('search/');
  const { hrefs } = await submitSearch(page, fixture.name);
  expect(hrefs.some((h) => h.includes(fixture.id))).toBe(false);
  expect(await page.locator('[data-search-list]').innerText()).not.toContain(fixture.name);
});

test('without JavaScript the site built for D stays as built, whatever the visitor clock', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.clock.setFixedTime(chinaTime(addDays(D, 5)));
  await page.goto(`${url}${fixturePath}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fixture.name);
  await expect(page.locator('[data-stale-banner]')).toBeHidden();
  await context.close();
});

test('a page says its 数据更新日期, and says the data may be out of date once the build is more than 2 days old', async ({ page }) => {
  await page.clock.setFixedTime(chinaTime(addDays(D, 2), '23:59:00'));
  await page.goto('');
  await expect(page.getByText(`数据更新日期：${chineseDay(D)}`)).toBeVisible();
  await expect(page.locator('[data-stale-banner]')).toBeHidden();
  await page.clock.setFixedTime(chinaTime(addDays(D, 3)));
  await page.goto('areas/');
  await expect(page.locator('[data-stale-banner]')).toBeVisible();
  await expect(page.locator('[data-stale-banner]')).toContainText('可能已经过期');
});
