/**
 * The machine-readable descriptions of the datasets in the registry (./datasets.ts):
 * /data/catalog.json (the portal's own form, with every file's SHA-256), /data/catalog.jsonld
 * (DCAT) and /data/<id>/datapackage.json (Frictionless). `urlOf` makes a site path absolute.
 */
import { portal } from '../queries.ts';
import { DCAT_PATH, datapackagePath, dictionaryPath, downloadPath } from '../paths.ts';
import { allDatasets, datasetById, datasetHeading, digests, type Dataset } from './datasets.ts';
import { dataPackage } from './frictionless.ts';
import { dcatCatalog } from './dcat.ts';

type UrlOf = (path: string) => string;

const TITLE = '重点失信领域专项治理开放数据目录';
const NOTE = '只包含公示日期当天公示中的条目；公示期满或提前移出的条目不在任何下载文件中。';

/** /data/catalog.json: every dataset with title, area, kind, record count, last change, licence, files and SHA-256. */
export function catalogDocument(site: URL | undefined, urlOf: UrlOf): Record<string, unknown> {
  const p = portal();
  return {
    title: TITLE,
    publisher: p.dataset.publisher,
    city: p.city.name,
    licence: p.dataset.licence,
    licence_url: p.dataset.licence_url ?? null,
    sample: p.dataset.sample,
    disclosure_date: p.disclosureDate,
    note: NOTE,
    site: site?.toString() ?? null,
    dcat: urlOf(DCAT_PATH),
    datasets: allDatasets().map((d) => {
      const dg = digests(d.id);
      return {
        ...datasetHeading(d),
        record_count: d.records,
        last_change: d.lastChange,
        licence: p.dataset.licence,
        page: urlOf(d.page),
        dictionary: urlOf(dictionaryPath(d.id)),
        datapackage: urlOf(datapackagePath(d.id)),
        columns: d.columns.map((c) => ({ key: c.key, label: c.label, type: c.type, ...(c.unit ? { unit: c.unit } : {}) })),
        files: [
          { format: 'csv', media_type: 'text/csv; charset=utf-8', path: `data/${d.id}.csv`, url: urlOf(downloadPath(d.id, 'csv')), bytes: dg.csv.bytes, sha256: dg.csv.sha256 },
          { format: 'json', media_type: 'application/json; charset=utf-8', path: `data/${d.id}.json`, url: urlOf(downloadPath(d.id, 'json')), bytes: dg.json.bytes, sha256: dg.json.sha256 },
        ],
      };
    }),
  };
}

function keywords(d: Dataset): string[] {
  return [d.kindLabel, ...(d.areaTitle ? [d.areaTitle] : []), '信用'];
}

/** /data/catalog.jsonld: the same catalogue in DCAT. */
export function dcatDocument(urlOf: UrlOf): Record<string, unknown> {
  const p = portal();
  return dcatCatalog({
    url: urlOf(DCAT_PATH),
    homepage: urlOf('/data/'),
    title: TITLE,
    description: `${p.city.name}重点失信领域专项治理信息公示平台公开的全部数据集：各名单、典型案例、工作通报、月度报送、考核得分和统计数字。${NOTE}`,
    publisher: p.dataset.publisher,
    licence: p.dataset.licence,
    licenceUrl: p.dataset.licence_url,
    language: 'zh-CN',
    modified: p.disclosureDate,
    datasets: allDatasets().map((d) => {
      const dg = digests(d.id);
      return {
        id: d.id,
        title: d.title,
        description: d.description || d.title,
        landingPage: urlOf(d.page),
        // A dataset without dated records is described as of the day its files were computed.
        issued: d.issued ?? p.disclosureDate,
        modified: d.lastChange ?? p.disclosureDate,
        keywords: keywords(d),
        distributions: [
          { title: 'CSV', url: urlOf(downloadPath(d.id, 'csv')), mediaType: 'text/csv', bytes: dg.csv.bytes, sha256: dg.csv.sha256 },
          { title: 'JSON', url: urlOf(downloadPath(d.id, 'json')), mediaType: 'application/json', bytes: dg.json.bytes, sha256: dg.json.sha256 },
          { title: 'Frictionless Data Package', url: urlOf(datapackagePath(d.id)), mediaType: 'application/json' },
        ],
      };
    }),
  });
}

/** /data/<id>/datapackage.json. */
export function datapackageDocument(id: string, urlOf: UrlOf): Record<string, unknown> {
  const p = portal();
  const d = datasetById(id);
  return dataPackage({
    id: d.id,
    title: d.title,
    description: d.description || d.title,
    columns: d.columns,
    csvUrl: urlOf(downloadPath(d.id, 'csv')),
    pageUrl: urlOf(d.page),
    csv: digests(d.id).csv,
    publisher: p.dataset.publisher,
    licence: p.dataset.licence,
    licenceUrl: p.dataset.licence_url,
    disclosureDate: p.disclosureDate,
  });
}
