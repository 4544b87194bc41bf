/**
 * What the search index records about each page besides its tokens: kind, filter values, sort
 * date, and the fields a result shows. Shared by the search documents
 * (src/lib/search/documents.ts, which write them) and the search page (which reads them).
 * Browser-safe.
 */

export type HitKind = 'blacklist' | 'warning' | 'register' | 'redlist' | 'case' | 'area' | 'notice' | 'list' | 'subject';

/** How each kind is named on the results page (words, never colour alone). */
export const KIND_LABELS: Record<HitKind, string> = {
  blacklist: '黑名单',
  warning: '预警',
  register: '登记在册',
  redlist: '红名单',
  case: '典型案例',
  area: '领域',
  notice: '通报',
  list: '名单',
  subject: '主体',
};

/** Kinds that are list entries: shown with their disclosure status. */
export const ENTRY_KINDS: readonly HitKind[] = ['blacklist', 'warning', 'register', 'redlist'];

export function isHitKind(v: string): v is HitKind {
  return Object.hasOwn(KIND_LABELS, v);
}

/** The index's own small file in `pagefind/` (src/lib/search/index-writer.ts). */
export const INDEX_MANIFEST = 'portal-index.json';

/** What `portal-index.json` says. */
export interface IndexManifest {
  /** Search records (entries, organisations, cases…) in the index. */
  records: number;
  /** Pagefind documents holding them (src/lib/search/documents.ts). */
  documents: number;
  /** Words per entry in a grouped document. */
  slot: number;
  /** Kinds whose entries share documents. */
  grouped: readonly HitKind[];
  /** For each of COMPOSITES, the combinations of values by rank. */
  facets: FilterValues[][];
}

/**
 * The single Pagefind filter key (Pagefind loads one file per key: one key, one request). Its
 * values are not the filters a person chooses but the ranks of COMPOSITES, from which the search
 * page learns each document's filter values (src/components/search/search-client.ts).
 */
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

/**
 * The dimensions in two groups, each stored as one value per document (the rank of its
 * combination): two sorts and two filter values per document instead of six keep the first
 * search's download small. `c0:000012` is the rank of a document's kind, area and list.
 */
export const COMPOSITES: readonly (readonly Dimension[])[] = [
  ['kind', 'area', 'list'],
  ['type', 'district', 'year'],
];

/** Pagefind's sort key (and filter value prefix) of composite `k`. */
export const compositeKey = (k: number) => `c${k}`;

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

/** A page's filter values by dimension (one value each). */
export type FilterValues = Partial<Record<Dimension, string>>;

/** The filter values of a page. */
export function filterValuesOf(h: HintFields): FilterValues {
  const out: FilterValues = { kind: h.kind };
  if (h.area) out.area = h.area;
  if (h.list) out.list = h.list;
  if (h.subjectType) out.type = h.subjectType;
  if (h.district) out.district = h.district;
  if (h.date && /^\d{4}/.test(h.date)) out.year = h.date.slice(0, 4);
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
  /** The record's identifiers as [label, value] (USCC, masked ID, document numbers), shown and highlighted. */
  i?: [string, string][];
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
}

/** What a document stores for the page to show: its filter values and its entries in slot order. */
export interface StoredDisplay {
  f: FilterValues;
  e: Omit<DisplayRecord, 'f'>[];
}

/** The meta key of a document's stored display data. */
export const DISPLAY_META = 'd';

/**
 * Display data, written so that Pagefind finds no word in it. Pagefind 1.6 indexes the words of
 * every meta field, with no way to opt out: a grouped document's names, summaries and addresses
 * would be indexed a second time (at 100,000 entries about 0.9 GB more memory while indexing)
 * and could match queries outside their entry's slot. So each byte of the JSON's UTF-8 is
 * written as a Braille pattern (U+2800 + byte), a symbol that Pagefind never takes for part of a
 * word. It costs about a third more gzip bytes than the plain JSON.
 */
const PACK_BASE = 0x2800;

export function packDisplay(value: StoredDisplay): string {
  let out = '';
  for (const b of new TextEncoder().encode(JSON.stringify(value))) out += String.fromCharCode(PACK_BASE + b);
  return out;
}

export function unpackDisplay(packed: string): StoredDisplay {
  const bytes = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i) - PACK_BASE;
  return JSON.parse(new TextDecoder().decode(bytes)) as StoredDisplay;
}

/** The display records of a Pagefind fragment, in the order of its entries (one for a document of one record). */
export function recordsFromFragment(f: FragmentLike): DisplayRecord[] {
  const packed = f.meta?.[DISPLAY_META];
  if (!packed) return [];
  const { f: filters, e } = unpackDisplay(packed);
  return e.map((r) => ({ ...r, f: filters }));
}
