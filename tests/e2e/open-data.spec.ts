/**
 * Open data beyond the lists, against the built site: the typical cases, bulletins, monthly
 * reports, scores and statistics downloaded as CSV and JSON are compared row by row with what the
 * source files say (read here with papaparse and yaml, tests/e2e/source.ts), every dataset's data
 * package is valid and describes its CSV, and catalog.jsonld is DCAT that jsonld can expand.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Papa from 'papaparse';
import { csvRows, ON, publishedCases, sourceAreas, sourceLists, sourceNotices, unitNames, type Row } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';
import { checkDataPackage, DCAT_TERMS, expandCatalog } from '../../scripts/lib/open-data-check.ts';
import { MEASURE_BY_LABEL } from '../../src/schemas/measures.ts';

test.beforeEach(({ page }) => atDisclosureDate(page));

const NEW = ['cases', 'notices', 'progress', 'scores', 'stats'];
const SEP = '；';
const lists = sourceLists(ON);
const areaTitle = new Map(sourceAreas().map((a) => [a.slug, a.title]));
const unitName = unitNames();
const measureLabel = new Map<string, string>([...MEASURE_BY_LABEL].map(([label, key]) => [key, label]));
const nfkc = (s: string) => s.normalize('NFKC');

async function get(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res;
}

/** A CSV download as rows by Chinese header (BOM checked and dropped). */
async function csvDownload(request: APIRequestContext, id: string): Promise<{ header: string[]; rows: Row[] }> {
  const body = await (await get(request, `data/${id}.csv`)).body();
  expect([...body.subarray(0, 3)], id).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Row>(body.subarray(3).toString('utf8'), { header: true, skipEmptyLines: 'greedy' });
  expect(parsed.errors, id).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

async function jsonDownload<T>(request: APIRequestContext, id: string): Promise<{ record_count: number; columns: { key: string; label: string }[]; records: T[] }> {
  return (await get(request, `data/${id}.json`)).json();
}

const joined = (xs: string[]) => xs.join(SEP);

/** Names of taken-down entries that no published entry shares: they must appear in no file. */
const active = new Set(lists.flatMap((l) => l.active.map((r) => nfkc(r['subject_name']!))));
const hiddenNames = [...new Set(lists.flatMap((l) => l.takenDown.map((r) => nfkc(r['subject_name']!))))].filter((n) => !active.has(n));
const entryOf = new Map<string, (typeof lists)[number]['rows'][number]>(lists.flatMap((l) => l.rows.map((r) => [`${l.id}/${r['id']}`, r] as const)));

type SourceCaseFull = Omit<ReturnType<typeof publishedCases>[number], 'subjects'> & { decided_on: string; authorities: string[]; subjects: { name?: string; ref?: string; role?: string }[] };

test('cases.csv and cases.json hold every published case as its file says, subjects as the case page shows them', async ({ request }) => {
  const cases = publishedCases(ON) as unknown as SourceCaseFull[];
  expect(cases.length).toBeGreaterThan(0);
  const { rows } = await csvDownload(request, 'cases');
  const json = await jsonDownload<{ id: string; measures: string[]; entries: string[] }>(request, 'cases');
  expect(rows.map((r) => r['案例编号'])).toEqual(cases.map((c) => c.id));
  expect(json.records.map((r) => r.id)).toEqual(cases.map((c) => c.id));
  cases.forEach((c, i) => {
    const row = rows[i]!;
    const shown = c.subjects.map((s) => {
      const e = s.ref ? entryOf.get(s.ref) : undefined;
      const name = e?.status === 'active' ? (s.name ?? e['subject_name']!) : s.name;
      return `${name ? nfkc(name) : '（名称不公示）'}${s.role ? `（${s.role}）` : ''}`;
    });
    expect(row['标题'], c.id).toBe(c.title);
    expect(row['领域'], c.id).toBe(areaTitle.get(c.area));
    expect(row['发布日期'], c.id).toBe(c.published_on);
    expect(row['决定日期'], c.id).toBe(String(c.decided_on));
    expect(row['惩戒措施'], c.id).toBe(joined(c.measures.map((m) => measureLabel.get(m.measure)!)));
    expect(row['作出决定的部门'], c.id).toBe(joined(c.authorities.map((u) => unitName.get(u)!)));
    expect(row['涉案主体'], c.id).toBe(joined(shown));
    const activeRefs = c.subjects.flatMap((s) => (s.ref && entryOf.get(s.ref)?.status === 'active' ? [s.ref] : []));
    expect(row['公示中的名单条目'], c.id).toBe(joined(activeRefs));
    expect(json.records[i]!.measures, c.id).toEqual(c.measures.map((m) => m.measure));
    expect(json.records[i]!.entries, c.id).toEqual(activeRefs);
  });
  // The sample has cases whose subjects' entries are taken down: the check above covered them.
  expect(cases.some((c) => c.subjects.some((s) => s.ref && entryOf.get(s.ref)?.status !== 'active'))).toBe(true);
});

test('notices.csv holds every bulletin published on the disclosure date as its file says', async ({ request }) => {
  type N = { id: string; title: string; date: string; kind: string; areas?: string[]; units?: string[]; months?: string[] };
  const notices = (sourceNotices() as unknown as N[]).filter((n) => String(n.date) <= ON).sort((a, b) => String(b.date).localeCompare(String(a.date)) || b.id.localeCompare(a.id));
  const { rows } = await csvDownload(request, 'notices');
  expect(rows.map((r) => r['通报编号'])).toEqual(notices.map((n) => n.id));
  notices.forEach((n, i) => {
    const row = rows[i]!;
    expect(row['标题'], n.id).toBe(n.title);
    expect(row['发布日期'], n.id).toBe(String(n.date));
    expect(row['类别'], n.id).toBe(n.kind);
    expect(row['涉及领域'], n.id).toBe(joined((n.areas ?? []).map((a) => areaTitle.get(a)!)));
    expect(row['涉及单位'], n.id).toBe(joined((n.units ?? []).map((u) => unitName.get(u)!)));
    expect(row['涉及月份'], n.id).toBe(joined((n.months ?? []).map(String)));
  });
  const json = await jsonDownload<{ id: string; areas: string[] }>(request, 'notices');
  expect(json.records.map((r) => r.areas)).toEqual(notices.map((n) => n.areas ?? []));
});

/** Whole days from `a` to `b` (YYYY-MM-DD). */
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

test('progress.csv holds every report received by the disclosure date, late after the 20th', async ({ request }) => {
  const months = readdirSync('data/progress').filter((f) => /^\d{4}-\d{2}\.csv$/.test(f)).map((f) => f.slice(0, 7)).filter((m) => `${m}-01` <= ON);
  const expected = new Map<string, Row & { month: string }>();
  for (const m of months) for (const r of csvRows(`progress/${m}.csv`)) if (r['submitted_on']! <= ON) expected.set(`${m}|${r['area']}|${r['unit']}`, { ...r, month: m });
  expect(expected.size).toBeGreaterThan(0);
  const { rows } = await csvDownload(request, 'progress');
  const json = await jsonDownload<{ month: string; area: string; unit: string; status: string; days_late: number; cases_handled: number }>(request, 'progress');
  expect(rows.length).toBe(expected.size);
  const titleToSlug = new Map([...areaTitle].map(([k, v]) => [v, k]));
  const nameToUnit = new Map([...unitName].map(([k, v]) => [v, k]));
  rows.forEach((row, i) => {
    const key = `${row['月份']}|${titleToSlug.get(row['领域']!)}|${nameToUnit.get(row['责任单位']!)}`;
    const src = expected.get(key)!;
    expect(src, key).toBeDefined();
    const late = src['submitted_on']! > `${src.month}-20`;
    expect(row['报送状态'], key).toBe(late ? '逾期' : '按时');
    expect(Number(row['逾期天数']), key).toBe(late ? days(`${src.month}-20`, src['submitted_on']!) : 0);
    expect(row['报送日期'], key).toBe(src['submitted_on']);
    expect(row['办理案件数'], key).toBe(src['cases_handled']);
    expect(row['新列入名单数'], key).toBe(src['entries_listed']);
    expect(row['移出名单数'], key).toBe(src['entries_removed']);
    expect(row['公示典型案例数'], key).toBe(src['cases_published']);
    expect(row['涉及金额（元）'] === '' ? '' : Number(row['涉及金额（元）']), key).toBe(src['amount_yuan'] ? Number(src['amount_yuan']) : '');
    expect(row['进展摘要'], key).toBe(src['summary']);
    const rec = json.records[i]!;
    expect(`${rec.month}|${rec.area}|${rec.unit}`).toBe(key);
    expect(rec.status).toBe(late ? 'late' : 'on_time');
    expect(rec.cases_handled).toBe(Number(src['cases_handled']));
  });
});

test('scores.csv holds every month’s scores with their rank (equal scores share one)', async ({ request }) => {
  const months = readdirSync('data/scores').filter((f) => /^\d{4}-\d{2}\.csv$/.test(f)).map((f) => f.slice(0, 7)).filter((m) => `${m}-01` <= ON);
  const expected = new Map<string, { score: number; rank: number; remarks: string }>();
  for (const m of months) {
    const rs = csvRows(`scores/${m}.csv`);
    for (const r of rs) {
      const score = Number(r['score']);
      expected.set(`${m}|${unitName.get(r['unit']!)}`, { score, rank: 1 + rs.filter((o) => Number(o['score']) > score).length, remarks: r['remarks'] ?? '' });
    }
  }
  const { rows } = await csvDownload(request, 'scores');
  expect(rows.length).toBe(expected.size);
  for (const row of rows) {
    const key = `${row['月份']}|${row['单位']}`;
    const src = expected.get(key)!;
    expect(src, key).toBeDefined();
    expect(Number(row['得分']), key).toBe(src.score);
    expect(Number(row['名次']), key).toBe(src.rank);
    expect(row['考核说明'], key).toBe(src.remarks);
  }
});

test('stats.csv gives, in Chinese, the counts of active and taken-down entries per list and in all', async ({ request }) => {
  const { header, rows } = await csvDownload(request, 'stats');
  expect(header).toEqual(['分类', '键', '名称', '指标', '数值']);
  const value = (section: string, key: string, metric: string) => rows.find((r) => r['分类'] === section && r['键'] === key && r['指标'] === metric)?.['数值'];
  const dishonesty = lists.filter((l) => l.kind === 'blacklist' || l.kind === 'warning');
  expect(value('合计', 'all', '公示中')).toBe(String(dishonesty.reduce((n, l) => n + l.active.length, 0)));
  expect(value('合计', 'all', '停止公示合计')).toBe(String(dishonesty.reduce((n, l) => n + l.takenDown.length, 0)));
  for (const l of lists) {
    expect(value('按名单', l.id, '公示中'), l.id).toBe(String(l.active.length));
    expect(value('按名单', l.id, '停止公示合计'), l.id).toBe(String(l.takenDown.length));
  }
  const json = await jsonDownload<{ section: string; metric: string }>(request, 'stats');
  expect(json.records.length).toBe(rows.length);
  expect(json.records[0]).toMatchObject({ section: 'totals', metric: 'active' });
});

test('no new dataset names a taken-down entry or holds a full resident ID number', async ({ request }) => {
  expect(hiddenNames.length).toBeGreaterThan(0);
  for (const id of NEW) {
    for (const ext of ['csv', 'json']) {
      const text = await (await get(request, `data/${id}.${ext}`)).text();
      for (const n of hiddenNames) expect(text.includes(n), `${id}.${ext}: ${n}`).toBe(false);
      expect(/\d{17}[\dXx]/.test(text), `${id}.${ext}`).toBe(false);
    }
  }
});

test('every dataset has a valid data package whose fields are its CSV header', async ({ request, baseURL }) => {
  const catalog = (await (await get(request, 'data/catalog.json')).json()) as { datasets: { id: string; datapackage: string }[] };
  const ids = catalog.datasets.map((d) => d.id);
  expect(ids).toEqual(expect.arrayContaining([...lists.map((l) => l.id), ...NEW]));
  for (const id of ids) {
    const res = await get(request, `data/${id}/datapackage.json`);
    expect(res.headers()['content-type'], id).toContain('application/json');
    const pkg = (await res.json()) as { resources: { path: string; schema: { fields: { name: string }[] } }[] };
    expect(checkDataPackage(pkg), id).toEqual({ package: [], tableSchema: [] });
    const { header } = await csvDownload(request, id);
    expect(pkg.resources[0]!.schema.fields.map((f) => f.name), id).toEqual(header);
    expect(new URL(pkg.resources[0]!.path).pathname, id).toBe(new URL(`data/${id}.csv`, baseURL).pathname);
  }
});

test('catalog.jsonld is DCAT in JSON-LD: every dataset with its distributions', async ({ request, baseURL }) => {
  const res = await get(request, 'data/catalog.jsonld');
  expect(res.headers()['content-type']).toContain('application/ld+json');
  const { DCAT, DCT } = DCAT_TERMS;
  const expanded = await expandCatalog(await res.json());
  expect(expanded.types).toContain(`${DCAT}Catalog`);
  const catalog = (await (await get(request, 'data/catalog.json')).json()) as { datasets: { id: string }[] };
  expect(expanded.datasets.map((d) => d.identifier)).toEqual(catalog.datasets.map((d) => d.id));
  const base = new URL(baseURL!).pathname;
  for (const d of expanded.datasets) {
    expect(d.types).toContain(`${DCAT}Dataset`);
    for (const p of ['title', 'description', 'publisher', 'license', 'issued', 'modified']) expect(d.properties, `${d.identifier} dct:${p}`).toContain(`${DCT}${p}`);
    expect(d.distributions.map((f) => new URL(f.downloadURL!).pathname)).toEqual([`${base}data/${d.identifier}.csv`, `${base}data/${d.identifier}.json`, `${base}data/${d.identifier}/datapackage.json`]);
    for (const f of d.distributions) expect(f.mediaType, d.identifier).toMatch(/media-types\/(text\/csv|application\/json)$/);
  }
});

test.describe('/data/', () => {
  test('lists the new datasets with CSV, JSON, dictionary and data package links, and the DCAT catalogue', async ({ page }) => {
    await page.goto('data/');
    for (const id of NEW) {
      const row = page.locator(`[data-datasets="others"] tr[data-dataset="${id}"]`);
      await expect(row).toBeVisible();
      for (const link of [`data/${id}.csv`, `data/${id}.json`, `data/#dictionary-${id}`, `data/${id}/datapackage.json`]) await expect(row.locator(`a[href$="${link}"]`)).toHaveCount(1);
      await expect(page.locator(`#dictionary-${id} table[data-dictionary="${id}"]`)).toHaveCount(1);
    }
    await expect(page.locator('link[rel="alternate"][type="application/ld+json"]')).toHaveAttribute('href', /data\/catalog\.jsonld$/);
    await expect(page.locator('a[data-dcat]')).toBeVisible();
    await expectNoSeriousAxe(page);
  });

  test('fits a 360 px screen: the dataset tables stack, one block per dataset', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('data/');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const row = page.locator('[data-datasets="others"] tr[data-dataset="cases"]');
    const box = await row.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  });
});
