/**
 * Runs a search against one or more Pagefind bundles (browser only, no DOM).
 *
 * - Pagefind is loaded on the first search, from a runtime URL Vite does not touch, on the main
 *   thread (`noWorker`: one request fewer; a search over the token index takes milliseconds).
 *   More bundles are merged with `mergeIndex`: those in SEARCH_BUNDLES, and the shards of a
 *   partitioned index, which the primary bundle's manifest names (src/lib/search/index-writer.ts).
 * - The query becomes search tokens (src/lib/search/tokens.ts). A one-run Chinese fragment is
 *   searched twice: as an exact phrase (which pages match) and as plain terms (in what order).
 * - Pagefind filters, counts and sorts; each shown result's Pagefind fragment is loaded.
 */
import { DIMENSIONS, INDEX_MANIFEST, recordFromFragment, type Dimension, type DisplayRecord } from '../../lib/search/meta.ts';
import { facetCounts, pagefindFilters, type FacetCounts, type SearchState } from '../../lib/search/state.ts';
import { queryPlan, type QueryPlan } from '../../lib/search/tokens.ts';
import { isDue } from '../../lib/stale.ts';
import { chinaDay } from '../../lib/dates.ts';
import { subjectPath } from '../../lib/paths.ts';

/** A copy of the index not rebuilt since: results whose day has come are dropped (src/lib/stale.ts). */
function current(records: DisplayRecord[]): DisplayRecord[] {
  const today = chinaDay(Date.now());
  return records.filter((r) => !isDue(r.h, today));
}

type Counts = Record<string, Record<string, number>>;
interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta?: Record<string, string>; filters?: Record<string, string[]> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string, o?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Counts>;
}

export interface SearchOutcome {
  plan: QueryPlan;
  total: number;
  counts: FacetCounts;
  /** The display records of results [from, to). */
  records(from: number, to: number): Promise<DisplayRecord[]>;
}

export class PortalSearch {
  private api: Promise<PagefindApi> | undefined;
  /** Every bundle merged into the main instance: the primary, SEARCH_BUNDLES and the shards. */
  private merged: string[] = [];
  /** One Pagefind instance per bundle, loaded only for the date order across several bundles. */
  private separate: Promise<PagefindApi[]> | undefined;

  /** `bundles`: absolute paths of Pagefind bundles (the first is primary); `base`: the site's base path. */
  constructor(
    private readonly bundles: string[],
    private readonly base: string,
  ) {}

  private load(): Promise<PagefindApi> {
    this.api ??= (async () => {
      const [pf, manifest] = await Promise.all([
        import(/* @vite-ignore */ `${this.bundles[0]}pagefind.js`) as Promise<PagefindApi>,
        fetch(`${this.bundles[0]}${INDEX_MANIFEST}`)
          .then((r) => (r.ok ? (r.json() as Promise<{ shards?: string[] }>) : null))
          .catch(() => null),
      ]);
      await pf.options({ baseUrl: this.base, noWorker: true, excerptLength: 0 });
      // A partitioned index: the primary bundle's manifest names its shards (relative folders).
      const shards = (manifest?.shards ?? []).map((s) => `${this.bundles[0]}${s}`);
      this.merged = [this.bundles[0]!, ...this.bundles.slice(1), ...shards];
      for (const b of this.merged.slice(1)) await pf.mergeIndex(b, { baseUrl: this.base });
      return pf;
    })();
    this.api.catch(() => (this.api = undefined));
    return this.api;
  }

  /** Starts loading the search library and data before the first query (e.g. on focus). */
  warm(): void {
    this.load().catch(() => undefined);
  }

  async run(state: SearchState): Promise<SearchOutcome | null> {
    const plan = queryPlan(state.q);
    if (!plan) return null;
    // The start of a USCC that names only a region identifies no one: nothing is listed.
    if (plan.tooShort) return { plan, total: 0, counts: facetCounts(state, {}, {}), records: async () => [] };
    const pf = await this.load();
    // A document or licence number is looked up whole first; when no record has it, its pieces.
    if (plan.identifier) {
      const whole = await this.runPagefind(pf, { ...plan, ranked: plan.identifier, exact: null }, state);
      if (whole.total) return whole;
    }
    return this.runPagefind(pf, plan, state);
  }

  /** Pages matching the query, best first. */
  private async matches(pf: PagefindApi, plan: QueryPlan, options: Record<string, unknown>, relevance: boolean, query: string): Promise<PagefindResult[]> {
    const precise = await pf.search(plan.exact ?? plan.ranked, options);
    if (!plan.exact || !relevance) return relevance ? subjectFirst(precise.results, query) : precise.results;
    // The exact search scores every hit alike; take the order from the plain-terms search.
    const keep = new Set(precise.results.map((r) => r.id));
    return (await pf.search(plan.ranked, options)).results.filter((r) => keep.has(r.id));
  }

  /**
   * Newest first across several bundles. `mergeIndex` merges results by score, which loses the
   * date order, so each bundle is searched by its own instance (a module URL of its own), each list
   * comes back in date order, and the lists are merged here, reading the dates of the heads only.
   */
  private async newestFirstAcross(term: string, options: Record<string, unknown>) {
    this.separate ??= Promise.all(
      this.merged.map(async (b, i) => {
        const pf = (await import(/* @vite-ignore */ `${b}pagefind.js?sorted=${i}`)) as PagefindApi;
        await pf.options({ baseUrl: this.base, noWorker: true, excerptLength: 0 });
        return pf;
      }),
    );
    const lists = (await Promise.all((await this.separate).map((pf) => pf.search(term, options)))).map((r) => r.results);
    const next = lists.map(() => 0);
    const heads = new Map<string, Promise<DisplayRecord>>();
    const record = (r: PagefindResult) => {
      if (!heads.has(r.id)) heads.set(r.id, r.data().then((d) => recordFromFragment(d, this.base)));
      return heads.get(r.id)!;
    };
    const merged: DisplayRecord[] = [];
    const fill = async (to: number) => {
      while (merged.length < to) {
        let best = -1;
        let bestDate = '';
        for (let k = 0; k < lists.length; k++) {
          const r = lists[k]![next[k]!];
          if (!r) continue;
          const d = (await record(r)).d ?? '';
          if (best < 0 || d > bestDate) [best, bestDate] = [k, d];
        }
        if (best < 0) break;
        merged.push(await record(lists[best]![next[best]!++]!));
      }
    };
    return {
      total: lists.reduce((n, l) => n + l.length, 0),
      records: async (from: number, to: number) => {
        await fill(to);
        return current(merged.slice(from, to));
      },
    };
  }

  private async runPagefind(pf: PagefindApi, plan: QueryPlan, state: SearchState): Promise<SearchOutcome> {
    const term = plan.exact ?? plan.ranked;
    await pf.filters(); // loads the filter index, so that counts come with the results
    const sort = state.sort === 'date' ? { date: 'desc' } : {};
    const filters = pagefindFilters(state.filters);
    const byDate = state.sort === 'date' && this.merged.length > 1;
    const results = byDate ? [] : await this.matches(pf, plan, { filters, sort }, state.sort === 'relevance', state.q);
    const dated = byDate ? await this.newestFirstAcross(term, { filters, sort }) : null;
    const withAll = (await pf.search(term, { filters })).filters;
    const byExcluded: Partial<Record<Dimension, Counts>> = {};
    for (const d of DIMENSIONS) {
      if (state.filters[d.key]) byExcluded[d.key] = (await pf.search(term, { filters: pagefindFilters(state.filters, d.key) })).filters;
    }
    if (dated) return { plan, total: dated.total, counts: facetCounts(state, withAll, byExcluded), records: dated.records };
    return {
      plan,
      total: results.length,
      counts: facetCounts(state, withAll, byExcluded),
      // A due result is dropped from the page of results it falls on (the counts, from
      // Pagefind's filter index, still include it until the next build).
      records: async (from, to) => current(await Promise.all(results.slice(from, to).map(async (r) => recordFromFragment(await r.data(), this.base)))),
    };
  }
}

/**
 * A whole USCC typed as the query: the organisation's own page comes first. In a partitioned
 * index Pagefind scores each shard on its own statistics and `mergeIndex` merges by score, so a
 * page from another shard can outrank it; the hits of a whole code are few, so this is cheap.
 */
async function subjectFirst(results: PagefindResult[], query: string): Promise<PagefindResult[]> {
  const code = query.trim().toUpperCase();
  if (!/^[0-9A-Z]{18}$/.test(code)) return results;
  const head = results.slice(0, 50);
  const urls = await Promise.all(head.map(async (r) => (await r.data()).url));
  const i = urls.findIndex((u) => u.includes(subjectPath(code)));
  return i <= 0 ? results : [results[i]!, ...results.slice(0, i), ...results.slice(i + 1)];
}
