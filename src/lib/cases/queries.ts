/**
 * Queries of the typical-case pages (/cases/…), the home page's latest cases and each area's
 * cases. Pure rules are in ./cases.ts; this module joins them with the loaded portal.
 */
import { portal } from '../queries.ts';
import { absolute, entryPath, listPath, casePath, ogImagePath, caseFacetPath, memorandumPath } from '../paths.ts';
import type { CaseRecord } from './load.ts';
import type { AreaRecord } from '../areas/load.ts';
import type { Unit } from '../../schemas/unit.ts';
import { MEASURES, measureMemoranda, type MeasureKey } from '../../schemas/measures.ts';
import { MEMORANDA, MEMORANDUM_KEYS, memorandumCitation, type MemorandumKey, type MemorandumSpec } from '../../schemas/memoranda.ts';
import { formatYuan } from '../numbers.ts';
import { appliesMemorandum, caseJsonLd, citation, isPublished, lawMeasures, measureCounts, memorandumCounts, memorandumMeasures, subjectView, yearCounts, CASES_PER_PAGE, type Citation, type SubjectView } from './rules.ts';
import { ogEnabled } from '../og/cards.ts';
import type { FeedItem } from '../open-data/feeds.ts';
import type { Page, PaginateFunction } from 'astro';

/** What a case looks like in a listing. */
export interface CaseSummary {
  id: string;
  title: string;
  summary: string;
  published_on: string;
  area: { slug: string; title: string };
  measures: { key: MeasureKey; label: string }[];
  path: string;
}

/** Published cases (publication day on or before the disclosure date), newest first. */
export function publishedCases(): CaseRecord[] {
  const p = portal();
  return [...p.cases.values()].filter((c) => isPublished(c, p.disclosureDate));
}

function summarise(c: CaseRecord): CaseSummary {
  const a = portal().areas.get(c.area);
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    published_on: c.published_on,
    area: { slug: c.area, title: a?.title ?? c.area },
    measures: c.measures.map((m) => ({ key: m.measure, label: MEASURES[m.measure].label })),
    path: casePath(c.id),
  };
}

export function latestCases(n = 5): CaseSummary[] {
  return publishedCases().slice(0, n).map(summarise);
}

export function areaCases(slug: string): CaseSummary[] {
  return publishedCases().filter((c) => c.area === slug).map(summarise);
}

/** What a case listing says about itself (the same on each of its pages). */
export interface ListingHead {
  heading: string;
  intro: string;
  /** First page's address, e.g. `/cases/area/wage-arrears/`. */
  base: string;
}

/** A page of a case listing. */
export interface CaseListing extends ListingHead {
  items: CaseSummary[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
}

/** The pages of one listing, paged by Astro's paginate() (an empty listing still gets its first page). */
function listing<P extends object>(paginate: PaginateFunction, head: ListingHead, cases: CaseRecord[], params: Record<string, string> = {}, props?: P) {
  return paginate(cases.map(summarise), { pageSize: CASES_PER_PAGE, params, props: { head, ...props } });
}

/** The listing a route shows, from its page of cases. */
export function caseListing(head: ListingHead, page: Page<CaseSummary>): CaseListing {
  return { ...head, items: page.data, page: page.currentPage, pages: page.lastPage, total: page.total };
}

/** /cases/, /cases/2/, … */
export function caseIndexPaths(paginate: PaginateFunction) {
  return listing(paginate, { base: '/cases/', heading: '典型案例', intro: '各责任单位公布的联合惩戒典型案例，按发布日期从新到旧排列。' }, publishedCases());
}

/** /cases/area/<slug>/ for every area (an area without cases gets a page that says so). */
export function caseAreaPaths(paginate: PaginateFunction) {
  const all = publishedCases();
  return [...portal().areas.values()].flatMap((a) =>
    listing(paginate, { base: caseFacetPath('area', a.slug), heading: `${a.title}：典型案例`, intro: `“${a.title}”领域公布的典型案例。` }, all.filter((c) => c.area === a.slug), { slug: a.slug }),
  );
}

/** /cases/year/<yyyy>/ for every year with cases. */
export function caseYearPaths(paginate: PaginateFunction) {
  const all = publishedCases();
  return yearCounts(all).flatMap(({ year }) =>
    listing(paginate, { base: caseFacetPath('year', year), heading: `${year} 年典型案例`, intro: `${year} 年发布的典型案例。` }, all.filter((c) => c.published_on.startsWith(year)), { year }),
  );
}

/** /cases/measure/<key>/ for every measure some case applies, with what the measure rests on. */
export function caseMeasurePaths(paginate: PaginateFunction) {
  const all = publishedCases();
  return measureCounts(all).flatMap(({ key, label }) =>
    listing(
      paginate,
      { base: caseFacetPath('measure', key), heading: `惩戒措施：${label}`, intro: `${MEASURES[key].description}以下案例采取了这项措施。` },
      all.filter((c) => c.measures.some((m) => m.measure === key)),
      { measure: key },
      { basis: measureBasis(key) },
    ),
  );
}

/** What a measure rests on, as a page shows it: links to its memoranda, or the law applied. */
export type BasisView = { law: true } | { law: false; memoranda: { key: MemorandumKey; citation: string; path: string }[] };

export function measureBasis(key: MeasureKey): BasisView {
  const ms = measureMemoranda(key);
  if (!ms.length) return { law: true };
  return { law: false, memoranda: ms.map((m) => ({ key: m, citation: memorandumCitation(m), path: memorandumPath(m) })) };
}

/** One memorandum as its page and the index show it. */
export interface MemorandumView extends MemorandumSpec {
  key: MemorandumKey;
  /** `《标题》（文号）`. */
  citation: string;
  path: string;
  /** The measures it provides; `path` only where a published case applies the measure (its page exists). */
  measures: { key: MeasureKey; label: string; path?: string | undefined }[];
  /** Published cases that applied one of its measures. */
  count: number;
}

function memorandumView(key: MemorandumKey, all: CaseRecord[]): MemorandumView {
  const used = new Set(measureCounts(all).map((m) => m.key));
  return {
    ...(MEMORANDA[key] as MemorandumSpec),
    key,
    citation: memorandumCitation(key),
    path: memorandumPath(key),
    measures: memorandumMeasures(key).map((m) => ({ key: m, label: MEASURES[m].label, path: used.has(m) ? caseFacetPath('measure', m) : undefined })),
    count: all.filter((c) => appliesMemorandum(c, key)).length,
  };
}

/** /cases/memoranda/: every memorandum, and the measures that rest on the law instead. */
export function memorandaIndex(): { plan: string; memoranda: MemorandumView[]; law: { key: MeasureKey; label: string; path?: string | undefined }[] } {
  const all = publishedCases();
  const used = new Set(measureCounts(all).map((m) => m.key));
  return {
    plan: portal().city.plan.title,
    memoranda: MEMORANDUM_KEYS.map((k) => memorandumView(k, all)),
    law: lawMeasures().map((m) => ({ key: m, label: MEASURES[m].label, path: used.has(m) ? caseFacetPath('measure', m) : undefined })),
  };
}

/** /cases/memoranda/<key>/ for every memorandum (one that no case applied yet gets a page that says so). */
export function caseMemorandumPaths(paginate: PaginateFunction) {
  const all = publishedCases();
  return MEMORANDUM_KEYS.flatMap((key) => {
    const m = memorandumView(key, all);
    return listing(
      paginate,
      { base: m.path, heading: `《${m.title}》`, intro: `以下典型案例采取了本备忘录所列的至少一项惩戒措施（同一措施也可能列于其他备忘录），按发布日期从新到旧排列。` },
      all.filter((c) => appliesMemorandum(c, key)),
      { memorandum: key },
      { memorandum: m },
    );
  });
}

/** The browse links shown beside every case listing. */
export interface CaseFacets {
  areas: { slug: string; title: string; count: number }[];
  years: { year: string; count: number }[];
  measures: { key: MeasureKey; label: string; count: number }[];
  memoranda: { key: MemorandumKey; short: string; count: number }[];
}

export function caseFacets(): CaseFacets {
  const all = publishedCases();
  return {
    areas: [...portal().areas.values()].map((a) => ({ slug: a.slug, title: a.title, count: all.filter((c) => c.area === a.slug).length })),
    years: yearCounts(all),
    measures: measureCounts(all),
    memoranda: memorandumCounts(all).map((m) => ({ ...m, short: MEMORANDA[m.key].short })),
  };
}

/** Everything one case page shows. */
export interface CaseView {
  record: CaseRecord;
  area: AreaRecord;
  authorities: Unit[];
  jointAuthorities: Unit[];
  measures: { key: MeasureKey; label: string; description: string; amount?: string | undefined; note?: string | undefined; basis: BasisView }[];
  amounts: { label: string; amount: string }[];
  subjects: SubjectView[];
  /** Referenced list entries that are disclosed (active) on the disclosure date. */
  relatedEntries: { path: string; name: string; listTitle: string; listPath: string }[];
  /** Other published cases of the same area, newest first (at most 5). */
  otherCases: CaseSummary[];
  citation: Citation;
  /** Social image address from the site root, unless SKIP_OG. */
  ogImage: string | undefined;
  jsonLd: Record<string, unknown>;
  /** True while the data set is sample data: the sources are fictional. */
  sample: boolean;
}

export function casePaths() {
  return publishedCases().map((c) => ({ params: { id: c.id }, props: { id: c.id } }));
}

export function caseView(id: string, site: URL | undefined): CaseView {
  const p = portal();
  const record = p.cases.get(id);
  if (!record) throw new Error(`unknown case ${id}`);
  const area = p.areas.get(record.area)!;
  const unitOf = (u: string) => p.units.get(u)!;
  const subjects = record.subjects.map((s) => subjectView(s, p.lists));
  const seen = new Set<string>();
  const relatedEntries = subjects.flatMap((s) => {
    if (!s.entry || seen.has(`${s.entry.listId}/${s.entry.entryId}`)) return [];
    seen.add(`${s.entry.listId}/${s.entry.entryId}`);
    return [{ path: entryPath(s.entry.listId, s.entry.entryId), name: s.entry.name, listTitle: s.entry.listTitle, listPath: listPath(s.entry.listId) }];
  });
  const url = absolute(casePath(id), site);
  const ogImage = ogEnabled() ? ogImagePath('case', id) : undefined;
  const authorities = record.authorities.map(unitOf);
  const measures = record.measures.map((m) => ({
    key: m.measure,
    label: MEASURES[m.measure].label,
    description: MEASURES[m.measure].description,
    amount: m.amount_yuan === undefined ? undefined : formatYuan(m.amount_yuan),
    note: m.note,
    basis: measureBasis(m.measure),
  }));
  return {
    record,
    area,
    authorities,
    jointAuthorities: record.joint_authorities.map(unitOf),
    measures,
    amounts: record.amounts.map((a) => ({ label: a.label, amount: formatYuan(a.yuan) })),
    subjects,
    relatedEntries,
    otherCases: areaCases(record.area).filter((c) => c.id !== id).slice(0, 5),
    citation: citation(record.title, p.dataset.publisher, record.published_on, url),
    ogImage,
    jsonLd: caseJsonLd(record, {
      url,
      image: ogImage ? absolute(ogImage, site) : undefined,
      publisher: p.dataset.publisher,
      areaTitle: area.title,
      measures: measures.map((m) => m.label),
      authorities: authorities.map((u) => u.name),
    }),
    sample: p.dataset.sample,
  };
}

/** Items of /cases/rss.xml: every published case, newest first. */
export function caseFeedItems(): FeedItem[] {
  return publishedCases().map((c) => {
    const s = summarise(c);
    return { title: c.title, path: s.path, date: c.published_on, description: c.summary, categories: [s.area.title, ...s.measures.map((m) => m.label)] };
  });
}

