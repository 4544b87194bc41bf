/**
 * What the search index records about each page besides its tokens: kind, filters, sort date,
 * and the fields a result shows. Shared by the search records (src/lib/search/records.ts, which
 * write them) and the search page (which reads them). Browser-safe.
 *
 * All filters live under ONE Pagefind filter key, as `dimension:value` strings: Pagefind loads
 * one file per filter key, so one key keeps the first search to a single filter request.
 */

export type HitKind = 'blacklist' | 'warning' | 'register' | 'case' | 'area' | 'notice' | 'list' | 'subject';

/** How each kind is named on the results page (words, never colour alone). */
export const KIND_LABELS: Record<HitKind, string> = {
  blacklist: '黑名单',
  warning: '预警',
  register: '登记在册',
  case: '典型案例',
  area: '领域',
  notice: '通报',
  list: '名单',
  subject: '主体',
};

export function isHitKind(v: string): v is HitKind {
  return Object.hasOwn(KIND_LABELS, v);
}

/** The index's own small file in `pagefind/`: how many records, and the shards to merge (src/lib/search/index-writer.ts). */
export const INDEX_MANIFEST = 'portal-index.json';

/** The single Pagefind filter key. */
export const FILTER_KEY = 'f';

/** Filter dimensions, in the order the search page shows them; `param` is the URL parameter. */
export const DIMENSIONS = [
  { key: 'kind', param: 'kind', label: '类别' },
  { key: 'area', param: 'area', label: '治理领域' },
  { key: 'list', param: 'list', label: '名单' },
  { key: 'type', param: 'type', label: '主体类型' },
  { key: 'district', param: 'district', label: '所属区县' },
  { key: 'year', param: 'year', label: '年份' },
] as const;
export type Dimension = (typeof DIMENSIONS)[number]['key'];

/** `kind`, `blacklist` → `kind:blacklist` (the stored filter value). */
export function filterValue(dim: Dimension, value: string): string {
  return `${dim}:${value}`;
}

/** `kind:blacklist` → [`kind`, `blacklist`]; unknown dimensions → null. */
export function parseFilterValue(v: string): [Dimension, string] | null {
  const i = v.indexOf(':');
  if (i < 0) return null;
  const dim = v.slice(0, i);
  return DIMENSIONS.some((d) => d.key === dim) ? [dim as Dimension, v.slice(i + 1)] : null;
}

/** What a search record says about its page. */
export interface HintFields {
  kind: HitKind;
  /** Title shown as the search result's heading (searchable). */
  title: string;
  /** Area title (filter, shown with the result). */
  area?: string | undefined;
  /** List title (filter, shown with the result). */
  list?: string | undefined;
  /** Chinese subject type label (filter). */
  subjectType?: string | undefined;
  district?: string | undefined;
  /** YYYY-MM-DD: sort key and the year filter. */
  date?: string | undefined;
}

/** The filter values of a page, in dimension order. */
export function pageFilters(h: HintFields): string[] {
  const out = [filterValue('kind', h.kind)];
  if (h.area) out.push(filterValue('area', h.area));
  if (h.list) out.push(filterValue('list', h.list));
  if (h.subjectType) out.push(filterValue('type', h.subjectType));
  if (h.district) out.push(filterValue('district', h.district));
  if (h.date && /^\d{4}/.test(h.date)) out.push(filterValue('year', h.date.slice(0, 4)));
  return out;
}

/** A page's filter values by dimension (one value each). */
export type FilterValues = Partial<Record<Dimension, string>>;

/** Filter values from the stored `dimension:value` strings. */
export function filterValues(values: readonly string[] | undefined): FilterValues {
  const out: FilterValues = {};
  for (const v of values ?? []) {
    const parsed = parseFilterValue(v);
    if (parsed) out[parsed[0]] = parsed[1];
  }
  return out;
}

/**
 * One search result as the page shows it. `u` is the URL from the site root (without the
 * base path); `f` its filter values (its kind is `f.kind`).
 */
export interface DisplayRecord {
  u: string;
  t: string;
  /** Date (YYYY-MM-DD): shown, and the key of the date order. */
  d?: string;
  /** Summary shown as the excerpt. */
  s?: string;
  /** Other names (legal representative…), shown and highlighted after the summary. */
  n?: string;
  /** The record's identifiers with their labels (USCC, masked ID, document numbers), shown and highlighted. */
  i?: string;
  /** First day the result must no longer be shown (list entries; src/lib/stale.ts). */
  h?: string;
  f: FilterValues;
}

/** The kind of a record (a page without a known kind is shown as a list page). */
export function recordKind(r: DisplayRecord): HitKind {
  const k = r.f.kind;
  return k && isHitKind(k) ? k : 'list';
}

/** A Pagefind fragment as stored in the index or returned by `result.data()`. */
export interface FragmentLike {
  url: string;
  meta?: Record<string, string | undefined> | undefined;
  filters?: Record<string, string[] | undefined> | undefined;
}

/** The display record of a Pagefind fragment. `baseUrl`: stripped from URLs that carry it. */
export function recordFromFragment(f: FragmentLike, baseUrl = '/'): DisplayRecord {
  const m = f.meta ?? {};
  let url = f.url;
  // result.data() returns the URL with the base path; the stored fragment does not.
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (base !== '/' && url.startsWith(base)) url = url.slice(base.length - 1);
  const r: DisplayRecord = { u: url, t: m['title'] ?? url, f: filterValues(f.filters?.[FILTER_KEY]) };
  if (m['date']) r.d = m['date'];
  if (m['summary']) r.s = m['summary'];
  if (m['names']) r.n = m['names'];
  if (m['ids']) r.i = m['ids'];
  if (m['hide']) r.h = m['hide'];
  return r;
}
