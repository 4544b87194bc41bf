/**
 * Search, measured in a real browser against the built site: recall@10 over a query set
 * generated from the sample data (scripts/lib/search-queries.ts), USCCs that bring up their
 * organisation first, nothing found for taken-down names or absent fragments, and the search
 * page itself (URL state, filters, more results, no-JavaScript message, accessibility).
 * Runs with DISCLOSURE_DATE=2026-11-27 against OUT_DIR (default dist/).
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateQueries, type QuerySource } from '../../scripts/lib/search-queries.ts';
import { ON, chineseDate, publishedCases, sourceLists } from './source.ts';
import { readIndexedPages } from '../../scripts/lib/search-bundle.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { submitSearch } from '../../scripts/lib/search-page.ts';
import { basePath } from '../../src/lib/config.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

// Pages hide what is due by the visitor's clock: look at the build on its own date.
test.beforeEach(({ page }) => atDisclosureDate(page));

const site = resolve(process.env['OUT_DIR'] ?? 'dist');
const base = basePath();
// The queries and their expected pages come from the files themselves (tests/e2e/source.ts), not
// from the portal's loaders.
const lists = sourceLists();
const source: QuerySource = {
  entries: lists.flatMap((l) => {
    const marked = (kind: 'identifier' | 'name') => l.columns.filter((c) => c.search === kind).map((c) => c.key);
    return l.rows.map((r) => ({
      url: `/lists/${l.id}/${r['id']}/`,
      status: r.status,
      name: r['subject_name']!,
      type: r['subject_type']!,
      uscc: r['uscc'] || undefined,
      legalRep: r['legal_rep'] || undefined,
      idMasked: r['id_masked'] || undefined,
      identifiers: ['decision_no', ...marked('identifier')].map((k) => r[k] ?? '').filter(Boolean),
      named: marked('name').map((k) => r[k] ?? '').filter(Boolean),
    }));
  }),
  cases: publishedCases(ON).map((c) => ({ url: `/cases/${c.id}/`, title: c.title, summary: c.summary, text: c.body })),
};
const indexed = readIndexedPages(site);
const set = generateQueries(source, indexed);

/** The shown results' URLs (from the site root) for a query typed into the search page. */
async function ask(page: Page, query: string): Promise<string[]> {
  return (await submitSearch(page, query)).hrefs.map((h) => '/' + h.slice(base.length));
}

test.describe.configure({ timeout: 120_000 });

test('the generated query set is large and covers every kind of query', () => {
  const kinds = new Set([...set.recall, ...set.negative].map((q) => q.kind));
  expect(set.recall.length).toBeGreaterThanOrEqual(100);
  expect([...kinds].sort()).toEqual(['absent', 'case-text', 'case-words', 'identifier', 'legal-rep', 'name-id-tail', 'named-person', 'org-fragment', 'person', 'taken-down', 'uscc', 'uscc-org-code']);
  // Identifiers typed as written, with half-width brackets and without brackets.
  const ids = set.recall.filter((q) => q.kind === 'identifier').map((q) => q.query);
  expect(ids.some((q) => /[（〔]/.test(q))).toBe(true);
  expect(ids.some((q) => /[([]/.test(q))).toBe(true);
  expect(ids.some((q) => !/[（）()〔〕]/.test(q))).toBe(true);
  // Fragments from the middle of names, not only from their start.
  expect(set.recall.filter((q) => q.kind === 'org-fragment' && !q.from.startsWith(q.query)).length).toBeGreaterThanOrEqual(20);
});

test('one index holds every record, in fewer documents than records', () => {
  const manifest = JSON.parse(readFileSync(resolve(site, 'pagefind', 'portal-index.json'), 'utf8')) as { records: number; documents: number };
  expect(manifest.records).toBe(indexed.length);
  expect(manifest.documents).toBeLessThan(manifest.records);
  expect(readdirSync(resolve(site, 'pagefind')).filter((n) => statSync(resolve(site, 'pagefind', n)).isDirectory()).sort()).toEqual(['filter', 'fragment', 'index']);
});

test('the index holds no taken-down entry and every published entry', () => {
  const urls = new Set(indexed.map((r) => r.u));
  for (const list of lists) {
    for (const e of list.rows) {
      const url = `/lists/${list.id}/${e['id']}/`;
      if (e.status === 'active') expect(urls.has(url), `${url} 应可搜索`).toBe(true);
      else expect(urls.has(url), `${url} 已停止公示，不应被索引`).toBe(false);
    }
  }
});

test('finds at least 98% of the generated queries in the top 10 results', async ({ page }) => {
  await page.goto('search/');
  const misses: string[] = [];
  const byKind = new Map<string, [number, number]>();
  for (const q of set.recall) {
    const urls = (await ask(page, q.query)).slice(0, 10);
    const found = urls.some((u) => q.expected.includes(u));
    const [hit, all] = byKind.get(q.kind) ?? [0, 0];
    byKind.set(q.kind, [hit + (found ? 1 : 0), all + 1]);
    if (!found) misses.push(`${q.kind} “${q.query}” ← ${q.from}: ${urls.slice(0, 3).join(' ') || '（无结果）'}`);
  }
  const recall = 1 - misses.length / set.recall.length;
  console.log(`recall@10 = ${(recall * 100).toFixed(1)}%（${set.recall.length - misses.length}/${set.recall.length}；跳过过于常见的片段 ${set.skippedAmbiguous} 个）`);
  for (const [kind, [hit, all]] of byKind) console.log(`  ${kind}: ${hit}/${all}`);
  for (const m of misses) console.log(`  未找到：${m}`);
  expect(recall).toBeGreaterThanOrEqual(0.98);
});

test('the whole USCC of every published organisation, in lower case, brings up that organisation first', async ({ page }) => {
  await page.goto('search/');
  const wrong: string[] = [];
  for (const q of set.usccAll) {
    const [first] = await ask(page, q.query);
    if (!first || !q.expected.includes(first)) wrong.push(`${q.query} → ${first ?? '（无结果）'}`);
  }
  const upper = set.recall.filter((q) => q.kind === 'uscc' && q.query !== q.query.toLowerCase());
  expect(upper.length).toBeGreaterThan(0);
  for (const q of upper) {
    const [first] = await ask(page, q.query);
    if (!first || !q.expected.includes(first)) wrong.push(`${q.query} → ${first ?? '（无结果）'}`);
  }
  console.log(`统一社会信用代码：${set.usccAll.length + upper.length - wrong.length}/${set.usccAll.length + upper.length} 排在第一`);
  expect(wrong).toEqual([]);
});

test('the start of a USCC that only names a region lists no one and says why', async ({ page }) => {
  const org = lists.flatMap((l) => l.active).find((r) => /^[0-9]{8}/.test(r['uscc'] ?? ''))!;
  const prefix = org['uscc']!.slice(0, 8);
  await page.goto(`search/?q=${encodeURIComponent(prefix)}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('[data-search-status]')).toContainText('不能据此识别任何主体');
  await expect(page.locator('[data-search-list] > li')).toHaveCount(0);
});

test('a result shows the identifier that matched, its list and the last day it is shown', async ({ page }) => {
  const q = set.recall.find((x) => x.kind === 'identifier' && /[（〔]/.test(x.query))!;
  await page.goto(`search/?q=${encodeURIComponent(q.query)}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  const hit = page.locator('[data-search-list] > li').first();
  await expect(hit.locator('.search-hit__ids mark').first()).toBeVisible();
  expect(await hit.locator('.search-hit__ids mark').allTextContents()).toContain(q.query);
  const [listId, entryId] = q.expected[0]!.split('/').slice(2, 4);
  const row = lists.find((l) => l.id === listId)!.rows.find((r) => r['id'] === entryId)!;
  const lastDay = row.stopped_on ? new Date(Date.parse(`${row.stopped_on}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : null;
  await expect(hit.locator('.search-hit__status')).toHaveText(lastDay ? `公示中，公示至${chineseDate(lastDay)}` : '公示中，未定期限');
  await expect(hit.locator('.search-hit__meta')).toContainText('名单：');

  // Typed without brackets, the identifier is marked as the result writes it, and nothing else.
  const bare = set.recall.find((x) => x.kind === 'identifier' && !/[（）()〔〕[\]]/.test(x.query) && /[（〔]/.test(x.from))!;
  await page.goto(`search/?q=${encodeURIComponent(bare.query)}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  const first = page.locator('[data-search-list] > li').first();
  expect(await first.locator('mark').allTextContents()).toEqual([bare.from.slice(bare.from.lastIndexOf('：') + 1)]);
});

test('finds nothing for taken-down names and for fragments that occur in no name', async ({ page }) => {
  await page.goto('search/');
  const leaks: string[] = [];
  let takenDownHits = 0;
  for (const q of set.negative) {
    const urls = await ask(page, q.query);
    const forbidden = urls.filter((u) => q.forbidden.includes(u));
    takenDownHits += forbidden.length;
    if (forbidden.length || (q.none && urls.length)) leaks.push(`${q.kind} “${q.query}” → ${urls.join(' ')}`);
    if (q.none) await expect(page.locator('[data-search-status]')).toContainText('没有找到');
  }
  console.log(`已停止公示的名称被找到：${takenDownHits} 次；不应有结果的查询 ${set.negative.length} 条`);
  expect(leaks).toEqual([]);
});

test('a search opened from its URL shows results, filters change them and the back button restores them', async ({ page }) => {
  const q = set.recall.find((x) => x.kind === 'org-fragment')!;
  // A fragment shared by entries of more than one kind of page, so that a filter changes the list.
  const wide = '兰州';
  await page.goto(`search/?q=${encodeURIComponent(q.query)}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('#search-q')).toHaveValue(q.query);
  await expect(page.locator('[data-search-list] > li').first()).toBeVisible();
  await expect(page.locator('[data-search-list] mark').first()).toHaveText(q.query);

  await page.goto(`search/?q=${encodeURIComponent(wide)}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  const status = page.locator('[data-search-status]');
  const all = Number(/找到 (\d+) 条/.exec((await status.textContent()) ?? '')?.[1]);
  expect(all).toBeGreaterThan(10);
  const kind = page.locator('#search-f-kind');
  const option = kind.locator('option', { hasText: '黑名单' });
  const label = (await option.textContent()) ?? '';
  const count = Number(/（(\d+)）/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(all);
  const run = await page.locator('[data-search-app]').getAttribute('data-search-run');
  await kind.selectOption({ label });
  await expect(page.locator('[data-search-app]')).not.toHaveAttribute('data-search-run', run ?? '');
  await expect(page).toHaveURL(/[?&]kind=blacklist/);
  await expect(status).toContainText(`找到 ${count} 条`);
  const kinds = await page.locator('[data-search-list] .search-hit__kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['黑名单']));

  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(status).toContainText(`找到 ${all} 条`);
  await expectNoSeriousAxe(page);
});

/** The Chinese runs of a name as a person reads it: punctuation and spaces do not end a run, other letters and digits do. */
function hanRunsOf(name: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const ch of name.normalize('NFKC')) {
    if (/\p{Script=Han}/u.test(ch)) run += ch;
    else if (/[\p{L}\p{N}]/u.test(ch)) {
      runs.push(run);
      run = '';
    }
  }
  return [...runs, run].filter(Boolean);
}

test('the total and the filter counts are in entries: as many as the list’s shown entries whose names hold the fragment', async ({ page }) => {
  // Lists with a two-character fragment shared by three or more of its shown entries, preferring
  // fragments held by two entries of the same district, subject type and year: the search index
  // keeps those in one document, so counting documents would count them once.
  const picks = lists.flatMap((l) => {
    const named = l.columns.filter((c) => c.search === 'name').map((c) => c.key);
    const rows = l.active.map((r) => ({ r, names: [r['subject_name'], r['legal_rep'], ...named.map((k) => r[k])].filter((n): n is string => !!n) }));
    const holders = (f: string) => rows.filter(({ names }) => names.some((n) => hanRunsOf(n).some((run) => run.includes(f)))).map(({ r }) => r);
    const together = (rs: typeof l.active) => new Set(rs.map((r) => `${r['district']}|${r['subject_type']}|${r['listed_on']!.slice(0, 4)}`)).size < rs.length;
    const found: { list: typeof l; fragment: string; expected: number; shared: boolean }[] = [];
    for (const { names } of rows) {
      const run = [...(hanRunsOf(names[0] ?? '')[0] ?? '')];
      for (let i = 0; i + 2 <= run.length; i++) {
        const fragment = run.slice(i, i + 2).join('');
        const rs = holders(fragment);
        if (rs.length >= 3 && !found.some((x) => x.fragment === fragment)) found.push({ list: l, fragment, expected: rs.length, shared: together(rs) });
      }
    }
    return found.sort((a, b) => Number(b.shared) - Number(a.shared)).slice(0, 1);
  });
  expect(picks.length).toBeGreaterThanOrEqual(3);
  expect(picks.some((p) => p.shared)).toBe(true);
  for (const { list, fragment, expected } of picks.sort((a, b) => Number(b.shared) - Number(a.shared)).slice(0, 6)) {
    await page.goto(`search/?q=${encodeURIComponent(fragment)}&list=${encodeURIComponent(list.title)}`);
    await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
    await expect(page.locator('[data-search-status]'), `${list.id}「${fragment}」`).toContainText(`找到 ${expected} 条`);
    await expect(page.locator('#search-f-list option', { hasText: list.title }).first()).toContainText(`（${expected}）`);
  }
});

test('sorting by date puts the newest results first and is kept in the URL', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('兰州')}&sort=date`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('#search-sort')).toHaveValue('date');
  const dates = await page.locator('[data-search-list] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('more results load on demand and take the keyboard focus to the first new one', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('兰州')}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('[data-search-list] > li')).toHaveCount(10);
  const more = page.locator('[data-search-more]');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-list] > li')).toHaveCount(20);
  await expect(page.locator('[data-search-list] > li').nth(10).locator('a')).toBeFocused();
});

test('results are announced to screen readers and say what each hit is in words', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(set.usccAll[0]!.query)}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('找到');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const hit = page.locator('[data-search-list] > li').first();
  await expect(hit.locator('.search-hit__kind')).toHaveText(/^(黑名单|预警|登记在册|主体)$/);
  await expect(hit.getByRole('heading', { level: 3 })).toBeVisible();
});

test('the header search box of any page lands on the search page with the query', async ({ page }) => {
  await page.goto('areas/');
  await page.locator('#site-search-q').fill('东陇');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E4%B8%9C%E9%99%87$/);
  await expect(page.locator('#search-q')).toHaveValue('东陇');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says that search needs JavaScript and links to the list catalogue', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('兰州')}`);
    const notice = page.locator('.search__notice');
    await expect(notice).toContainText('搜索需要浏览器启用 JavaScript');
    await expect(notice.getByRole('link', { name: '名单目录' })).toHaveAttribute('href', `${base}lists/`);
    await expect(page.locator('[data-search-body]')).toBeHidden();
  });
});
