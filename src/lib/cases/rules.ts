/**
 * Plain logic about typical cases for the pages, feeds and images: which cases are published,
 * how a subject is shown when its list entry is (no longer) disclosed, pagination, citation and
 * JSON-LD. No Astro imports: unit-tested with vitest (tests/unit/cases.test.ts).
 */
import type { CaseRecord } from './load.ts';
import type { ListRecord } from '../lists/load.ts';
import { MEASURES, MEASURE_KEYS, measureMemoranda, type MeasureKey } from '../../schemas/measures.ts';
import { MEMORANDUM_KEYS, type MemorandumKey } from '../../schemas/memoranda.ts';

/** Cases per page on /cases/ and the browse pages (pagination works without JavaScript). */
export const CASES_PER_PAGE = 20;

/** A case is public from its publication day on; one dated later is scheduled and shown nowhere. */
export function isPublished(c: { published_on: string }, on: string): boolean {
  return c.published_on <= on;
}

/** How one subject of a case is shown. */
export interface SubjectView {
  /** What to print as the subject's name, or undefined when nothing may be named. */
  name: string | undefined;
  role: string | undefined;
  /** The disclosed list entry, linked; only while the entry is `active`. */
  entry?: { listId: string; listTitle: string; entryId: string; name: string } | undefined;
  /** Why a referenced entry is not shown (its name, identifiers and reason must not appear). */
  notice?: string | undefined;
}

/**
 * A subject as the page shows it. A referenced entry's name appears only while the entry is
 * disclosed (`active`); once it is taken down (expired, removed) or not yet public (pending),
 * the page shows only what the case text itself states (`name`), and a short notice.
 */
export function subjectView(s: { name?: string | undefined; ref?: string | undefined; role?: string | undefined }, lists: Map<string, ListRecord>): SubjectView {
  if (!s.ref) return { name: s.name, role: s.role };
  const [listId, entryId] = s.ref.split('/') as [string, string];
  const list = lists.get(listId);
  const e = list?.entries.find((x) => x.id === entryId);
  if (list && e && e.status === 'active') {
    return { name: s.name ?? e.subject_name, role: s.role, entry: { listId, listTitle: list.meta.title, entryId, name: e.subject_name } };
  }
  const notice = e?.status === 'pending' ? '相关名单信息尚未公示' : '相关名单信息已停止公示，按规定不再显示该主体的名单信息';
  return { name: s.name, role: s.role, notice };
}

/** Measures used by cases, in vocabulary order, with how many cases use each. */
export function measureCounts(cases: readonly Pick<CaseRecord, 'measures'>[]): { key: MeasureKey; label: string; count: number }[] {
  const counts = new Map<MeasureKey, number>();
  for (const c of cases) for (const m of c.measures) counts.set(m.measure, (counts.get(m.measure) ?? 0) + 1);
  return (Object.keys(MEASURES) as MeasureKey[]).filter((k) => counts.has(k)).map((k) => ({ key: k, label: MEASURES[k].label, count: counts.get(k)! }));
}

/** The measures a memorandum provides (those whose basis names it), in vocabulary order. */
export function memorandumMeasures(key: MemorandumKey): MeasureKey[] {
  return MEASURE_KEYS.filter((m) => measureMemoranda(m).includes(key));
}

/** Measures whose basis is the law applied in the decision, not a memorandum, in vocabulary order. */
export function lawMeasures(): MeasureKey[] {
  return MEASURE_KEYS.filter((m) => MEASURES[m].basis === 'law');
}

/** True when a case applied at least one measure that the memorandum provides. */
export function appliesMemorandum(c: Pick<CaseRecord, 'measures'>, key: MemorandumKey): boolean {
  return c.measures.some((m) => measureMemoranda(m.measure).includes(key));
}

/** Every memorandum, in vocabulary order, with how many of the cases applied one of its measures. */
export function memorandumCounts(cases: readonly Pick<CaseRecord, 'measures'>[]): { key: MemorandumKey; count: number }[] {
  return MEMORANDUM_KEYS.map((key) => ({ key, count: cases.filter((c) => appliesMemorandum(c, key)).length }));
}

/** Years with cases, newest first, with counts. */
export function yearCounts(cases: readonly Pick<CaseRecord, 'published_on'>[]): { year: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.published_on.slice(0, 4), (counts.get(c.published_on.slice(0, 4)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([year, count]) => ({ year, count }));
}

/** How to cite a case page (GB/T 7714 electronic resource, without the reader's access date). */
export interface Citation {
  title: string;
  issuer: string;
  date: string;
  url: string;
  /** One line: `发布者. 标题[EB/OL]. (日期). 网址.` */
  text: string;
}

export function citation(title: string, issuer: string, date: string, url: string): Citation {
  return { title, issuer, date, url, text: `${issuer}. ${title}[EB/OL]. (${date}). ${url}.` };
}

/**
 * JSON for a `<script type="application/ld+json">`, safe inside HTML: `<`, `>`, `&` and the
 * JavaScript line separators are escaped, so no string in the data can close the script element.
 */
export function safeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org Article for a case page. Names no subject: the page itself shows them under the disclosure rules. */
export function caseJsonLd(c: Pick<CaseRecord, 'title' | 'summary' | 'published_on' | 'decided_on'>, opts: {
  url: string;
  image?: string | undefined;
  publisher: string;
  areaTitle: string;
  measures: string[];
  authorities: string[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: c.title,
    description: c.summary,
    datePublished: c.published_on,
    inLanguage: 'zh-CN',
    url: opts.url,
    mainEntityOfPage: opts.url,
    ...(opts.image ? { image: opts.image } : {}),
    articleSection: opts.areaTitle,
    keywords: opts.measures.join(','),
    author: opts.authorities.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    publisher: { '@type': 'GovernmentOrganization', name: opts.publisher },
  };
}
