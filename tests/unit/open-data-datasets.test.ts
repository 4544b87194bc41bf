/**
 * The dataset registry (src/lib/open-data/datasets.ts) on the sample data: every dataset's
 * files, data package and DCAT entry agree with each other, follow the published formats
 * (checked by ajv against the Frictionless profiles and by jsonld), and publish nothing that is
 * not shown on the site. The end-to-end test (tests/e2e/open-data.spec.ts) compares the rows with
 * the source files.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/lib/load/index.ts';
import { providePortal } from '../../src/lib/queries.ts';
import { allDatasets, datasetFile, datasetRows } from '../../src/lib/open-data/datasets.ts';
import { NAMED_DATASET_IDS } from '../../src/lib/open-data/ids.ts';
import { catalogDocument, datapackageDocument, dcatDocument } from '../../src/lib/open-data/catalog.ts';
import { tableSchemaField } from '../../src/lib/open-data/frictionless.ts';
import { csvText } from '../../src/lib/open-data/serialise.ts';
import { findResidentIds } from '../../src/lib/identifiers.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';
import { checkDataPackage, DCAT_TERMS, expandCatalog } from '../../scripts/lib/open-data-check.ts';

const SITE = 'https://credit.example.gov.cn';
const urlOf = (path: string) => new URL(path.replace(/^\//, ''), `${SITE}/portal/`).toString();
/** The file's text with its byte-order mark kept, so that `.slice(1)` drops exactly the mark. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const { portal, issues } = loadPortal({ root: process.cwd(), disclosureDate: SAMPLE_DAY });
beforeAll(() => {
  expect(issues.map(formatIssue)).toEqual([]);
  providePortal(portal);
});

describe('the dataset registry', () => {
  it('offers every list, the exam figures, cases, notices, reports, scores and statistics', () => {
    const ids = allDatasets().map((d) => d.id);
    for (const id of portal.lists.keys()) expect(ids).toContain(id);
    expect(ids).toEqual(expect.arrayContaining(['exam-cheating', ...NAMED_DATASET_IDS]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes each CSV with its columns’ Chinese labels as the header and one line per JSON record', () => {
    for (const d of allDatasets()) {
      const csv = Papa.parse<string[]>(decode(datasetFile(d.id, 'csv')).slice(1), { skipEmptyLines: 'greedy' });
      expect(csv.errors, d.id).toEqual([]);
      expect(csv.data[0], d.id).toEqual(d.columns.map((c) => c.label));
      const json = JSON.parse(decode(datasetFile(d.id, 'json'))) as { record_count: number; columns: { key: string }[]; records: Record<string, unknown>[] };
      expect(json.records.length, d.id).toBe(csv.data.length - 1);
      expect(json.record_count, d.id).toBe(d.records);
      expect(json.columns.map((c) => c.key), d.id).toEqual(d.columns.map((c) => c.key));
      for (const r of json.records) expect(Object.keys(r), d.id).toEqual(d.columns.map((c) => c.key));
    }
  });

  it('keeps codes in the JSON and writes their Chinese in the CSV', () => {
    const progress = JSON.parse(decode(datasetFile('progress', 'json'))) as { records: { area: string; status: string }[] };
    const csv = Papa.parse<Record<string, string>>(decode(datasetFile('progress', 'csv')).slice(1), { header: true, skipEmptyLines: 'greedy' }).data;
    expect(progress.records[0]!.area).toBe(csv[0] && [...portal.areas.values()].find((a) => a.title === csv[0]!['领域'])?.slug);
    expect(['on_time', 'late']).toContain(progress.records[0]!.status);
    expect(['按时', '逾期']).toContain(csv[0]!['报送状态']);
  });

  it('joins a list of values into one CSV cell with “；” and keeps it an array in the JSON', () => {
    const text = csvText([{ key: 'm', label: '惩戒措施', value_labels: { fine: '罚款', 'restrict-exit': '限制出境' } }], [{ m: ['fine', 'restrict-exit'] }]);
    expect(text).toBe('\uFEFF惩戒措施\r\n罚款；限制出境\r\n');
    const cases = datasetRows('cases');
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(Array.isArray(c['measures'])).toBe(true);
  });

  it('keeps the statistics and the progress dashboard in their earlier JSON form beside the records', () => {
    const stats = JSON.parse(decode(datasetFile('stats', 'json'))) as Record<string, unknown>;
    expect(Object.keys(stats)).toEqual(expect.arrayContaining(['totals', 'by_area', 'by_list', 'records', 'columns']));
    const progress = JSON.parse(decode(datasetFile('progress', 'json'))) as Record<string, unknown>;
    expect(Object.keys(progress)).toEqual(expect.arrayContaining(['months', 'statuses', 'records', 'columns']));
  });

  it('publishes no full resident ID number and no name of a taken-down entry in any file', () => {
    const active = new Set([...portal.lists.values()].flatMap((l) => l.entries.filter((e) => e.status === 'active').map((e) => e.subject_name)));
    const hidden = [...portal.lists.values()].flatMap((l) => l.entries.filter((e) => e.status === 'expired' || e.status === 'removed').map((e) => e.subject_name)).filter((n) => !active.has(n));
    expect(hidden.length).toBeGreaterThan(0);
    for (const d of allDatasets()) {
      for (const format of ['csv', 'json'] as const) {
        const text = decode(datasetFile(d.id, format));
        expect(findResidentIds(text), `${d.id}.${format}`).toEqual([]);
        for (const name of hidden) expect(text.includes(name), `${d.id}.${format}: ${name}`).toBe(false);
      }
    }
  });

  it('lists in catalog.json every dataset with its dictionary and data package', () => {
    const catalog = catalogDocument(new URL(SITE), urlOf) as { dcat: string; datasets: { id: string; datapackage: string; dictionary: string; files: { format: string }[] }[] };
    expect(catalog.dcat).toBe(`${SITE}/portal/data/catalog.jsonld`);
    expect(catalog.datasets.map((d) => d.id)).toEqual(allDatasets().map((d) => d.id));
    for (const d of catalog.datasets) {
      expect(d.datapackage).toBe(`${SITE}/portal/data/${d.id}/datapackage.json`);
      expect(d.dictionary).toBe(`${SITE}/portal/data/#dictionary-${d.id}`);
      expect(d.files.map((f) => f.format)).toEqual(['csv', 'json']);
    }
  });
});

describe('data packages', () => {
  it('are valid Tabular Data Packages whose Table Schemas are valid, for every dataset', () => {
    for (const d of allDatasets()) {
      const problems = checkDataPackage(datapackageDocument(d.id, urlOf));
      expect(problems, d.id).toEqual({ package: [], tableSchema: [] });
    }
  });

  it('describe the CSV as served: field names are its header, the path its absolute address', () => {
    for (const d of allDatasets()) {
      const pkg = datapackageDocument(d.id, urlOf) as { resources: { path: string; bytes: number; hash: string; schema: { fields: { name: string }[] } }[] };
      const bytes = datasetFile(d.id, 'csv');
      const header = Papa.parse<string[]>(decode(bytes).slice(1), { preview: 1 }).data[0];
      expect(pkg.resources).toHaveLength(1);
      expect(pkg.resources[0]!.schema.fields.map((f) => f.name), d.id).toEqual(header);
      expect(pkg.resources[0]!.path).toBe(`${SITE}/portal/data/${d.id}.csv`);
      expect(pkg.resources[0]!.bytes).toBe(bytes.length);
    }
  });

  it('are refused by the profiles when a field has no name (the check can fail)', () => {
    const pkg = datapackageDocument('scores', urlOf) as { resources: { schema: { fields: Record<string, unknown>[] } }[] };
    delete pkg.resources[0]!.schema.fields[0]!['name'];
    expect(checkDataPackage(pkg).tableSchema.length).toBeGreaterThan(0);
    expect(checkDataPackage({ profile: 'tabular-data-package', resources: [] }).package.length).toBeGreaterThan(0);
  });

  it('give a coded column the Chinese values of the CSV as its enum, and a list column no single-value rule', () => {
    expect(tableSchemaField({ key: 'status', label: '报送状态', type: 'enum', description: '。', value_labels: { on_time: '按时', late: '逾期' }, constraints: { required: true } })).toMatchObject({
      name: '报送状态',
      type: 'string',
      constraints: { required: true, enum: ['按时', '逾期'] },
    });
    const list = tableSchemaField({ key: 'units', label: '涉及单位', type: 'enum', list: true, description: '。', value_labels: { a: '甲' } });
    expect(list.constraints).toBeUndefined();
    expect(list.description).toContain('；');
    expect(tableSchemaField({ key: 'score', label: '得分', type: 'decimal', description: '。', constraints: { minimum: 0, maximum: 100 } })).toMatchObject({ type: 'number', constraints: { minimum: 0, maximum: 100 } });
  });
});

describe('catalog.jsonld', () => {
  it('expands with jsonld into a dcat:Catalog of dcat:Datasets with their DCAT properties', async () => {
    const { DCAT, DCT } = DCAT_TERMS;
    const expanded = await expandCatalog(dcatDocument(urlOf));
    expect(expanded.types).toContain(`${DCAT}Catalog`);
    expect(expanded.properties).toEqual(expect.arrayContaining([`${DCT}title`, `${DCT}publisher`, `${DCT}license`]));
    expect(expanded.datasets.map((d) => d.identifier)).toEqual(allDatasets().map((d) => d.id));
    for (const d of expanded.datasets) {
      expect(d.types, d.identifier).toContain(`${DCAT}Dataset`);
      expect(d.properties, d.identifier).toEqual(expect.arrayContaining([`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`, `${DCT}issued`, `${DCT}modified`, `${DCAT}distribution`]));
      expect(d.distributions.map((f) => f.downloadURL)).toEqual([
        `${SITE}/portal/data/${d.identifier}.csv`,
        `${SITE}/portal/data/${d.identifier}.json`,
        `${SITE}/portal/data/${d.identifier}/datapackage.json`,
      ]);
      for (const f of d.distributions) {
        expect(f.types).toContain(`${DCAT}Distribution`);
        expect(f.mediaType).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/json)$/);
      }
    }
  });
});

describe('list folders', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'open-data-ids-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('may not take the id of another dataset, whose files share /data/', () => {
    const root = join(scratch, 'root');
    cpSync(fixtureRoot(), root, { recursive: true });
    const lists = join(root, 'data', 'lists');
    cpSync(join(lists, readdirSync(lists)[0]!), join(lists, 'notices'), { recursive: true });
    const messages = loadPortal({ root, disclosureDate: SAMPLE_DAY }).issues.map(formatIssue);
    expect(messages).toContain('data/lists/notices/meta.yml:1:1: 名单文件夹名“notices”已被其他数据集使用，请换一个 (id)');
  });
});
