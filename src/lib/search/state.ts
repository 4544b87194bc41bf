/**
 * The search page's state as it lives in the URL (`/search/?q=…&kind=…&sort=date`), so that a
 * result list can be shared and the back button works, and the pieces of a Pagefind request
 * derived from it. Pure and browser-safe; unit-tested.
 */
import { DIMENSIONS, FILTER_KEY, filterValue, isHitKind, KIND_LABELS, parseFilterValue, type Dimension, type HitKind } from './meta.ts';

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

/** Pagefind `filters` option for the state's filters, leaving out one dimension if asked. */
export function pagefindFilters(filters: SearchState['filters'], except?: Dimension): Record<string, { all: string[] }> {
  const all = DIMENSIONS.filter((d) => d.key !== except && filters[d.key]).map((d) => filterValue(d.key, filters[d.key]!));
  return all.length ? { [FILTER_KEY]: { all } } : {};
}

/** Counts per dimension and value, from Pagefind's counts for the single filter key. */
export type FacetCounts = Record<Dimension, Map<string, number>>;

export function emptyCounts(): FacetCounts {
  return Object.fromEntries(DIMENSIONS.map((d) => [d.key, new Map<string, number>()])) as FacetCounts;
}

/**
 * Faceted counts: a dimension with a chosen value is counted as if its own choice were not
 * made (so the other values stay visible with their counts); the rest come from the search
 * with every choice applied. `byExcluded[d]` is Pagefind's counts for the search without d.
 */
export function facetCounts(
  state: SearchState,
  withAll: Record<string, Record<string, number>> | undefined,
  byExcluded: Partial<Record<Dimension, Record<string, Record<string, number>> | undefined>>,
): FacetCounts {
  const out = emptyCounts();
  for (const d of DIMENSIONS) {
    const source = state.filters[d.key] ? byExcluded[d.key] : withAll;
    for (const [v, n] of Object.entries(source?.[FILTER_KEY] ?? {})) {
      const parsed = parseFilterValue(v);
      if (parsed && parsed[0] === d.key && n > 0) out[d.key].set(parsed[1], n);
    }
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
