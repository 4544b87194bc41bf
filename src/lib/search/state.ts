/**
 * The search page's state as it lives in the URL (`/search/?q=…&kind=…&sort=date`), so that a
 * result list can be shared and the back button works, and how results are filtered and
 * counted in entries. Pure and browser-safe; unit-tested.
 */
import { DIMENSIONS, isHitKind, KIND_LABELS, type Dimension, type FilterValues, type HitKind } from './meta.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  /** At most one value per dimension. */
  filters: Partial<Record<Dimension, string>>;
  sort: SortOrder;
}

const MAX_QUERY = 100;

export function parseState(search: string | URLSearchParams): SearchState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Partial<Record<Dimension, string>> = {};
  for (const d of DIMENSIONS) {
    const v = p.get(d.param)?.trim();
    if (v) filters[d.key] = v.slice(0, MAX_QUERY);
  }
  return { q: (p.get('q') ?? '').trim().slice(0, MAX_QUERY), filters, sort: p.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** `?q=…&kind=…` in a fixed parameter order (q first), without empty parameters. */
export function stateToSearch(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const d of DIMENSIONS) {
    const v = s.filters[d.key];
    if (v) p.set(d.param, v);
  }
  if (s.sort === 'date') p.set('sort', 'date');
  const str = p.toString();
  return str ? `?${str}` : '';
}

/** Counts per dimension and value, in entries. */
export type FacetCounts = Record<Dimension, Map<string, number>>;

export function emptyCounts(): FacetCounts {
  return Object.fromEntries(DIMENSIONS.map((d) => [d.key, new Map<string, number>()])) as FacetCounts;
}

/** A matching document as counting sees it: its filter values and how many of its entries match. */
export interface Counted {
  values: FilterValues;
  entries: number;
}

/** Whether a document has every chosen value (leaving out one dimension if asked). */
export function passesFilters(values: FilterValues, filters: SearchState['filters'], except?: Dimension): boolean {
  return DIMENSIONS.every((d) => d.key === except || !filters[d.key] || values[d.key] === filters[d.key]);
}

/**
 * The total and the faceted counts, in entries. A dimension with a chosen value is counted as
 * if its own choice were not made (so that the other values stay visible with their counts);
 * the others with every choice applied.
 */
export function entryCounts(matches: Iterable<Counted>, filters: SearchState['filters']): { total: number; counts: FacetCounts } {
  const counts = emptyCounts();
  let total = 0;
  for (const m of matches) {
    if (passesFilters(m.values, filters)) total += m.entries;
    for (const d of DIMENSIONS) {
      const v = m.values[d.key];
      if (v && passesFilters(m.values, filters, d.key)) counts[d.key].set(v, (counts[d.key].get(v) ?? 0) + m.entries);
    }
  }
  return { total, counts };
}

/**
 * Each result's value of one sort key, from a search sorted by it: the results come in the
 * order of the values (the build writes them so that they sort alike in Pagefind and in
 * JavaScript's string order), and `counts` (Pagefind's counts of `key:value` filter values among
 * the results) says how long each value's run is.
 */
export function valuesFromRuns<T>(key: string, sorted: readonly T[], counts: Record<string, number>): Map<T, string> {
  const prefix = `${key}:`;
  const runs = Object.entries(counts)
    .filter(([v, n]) => v.startsWith(prefix) && n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out = new Map<T, string>();
  let i = 0;
  for (const [v, n] of runs) {
    for (const end = i + n; i < end && i < sorted.length; i++) out.set(sorted[i]!, v.slice(prefix.length));
  }
  return out;
}

/** How a filter value is shown (kinds by their Chinese label). */
export function valueLabel(dim: Dimension, value: string): string {
  if (dim === 'kind' && isHitKind(value)) return KIND_LABELS[value];
  if (dim === 'year') return `${value} 年`;
  return value;
}

const KIND_ORDER = Object.keys(KIND_LABELS) as HitKind[];
const collator = typeof Intl !== 'undefined' ? new Intl.Collator('zh-CN') : undefined;

/** The order a dimension's values are offered in: kinds as listed, years newest first, others by count. */
export function sortValues(dim: Dimension, entries: [string, number][]): [string, number][] {
  const copy = [...entries];
  if (dim === 'kind') return copy.sort((a, b) => KIND_ORDER.indexOf(a[0] as HitKind) - KIND_ORDER.indexOf(b[0] as HitKind));
  if (dim === 'year') return copy.sort((a, b) => b[0].localeCompare(a[0]));
  return copy.sort((a, b) => b[1] - a[1] || (collator ? collator.compare(a[0], b[0]) : a[0].localeCompare(b[0])));
}
