/**
 * Runs a search against the site's Pagefind index (browser only, no DOM).
 *
 * - Pagefind is loaded on the first search, from a runtime URL Vite does not touch, on the main
 *   thread (`noWorker`: one request fewer; a search over the token index takes milliseconds),
 *   with the index's manifest. Other bundles in SEARCH_BUNDLES are merged with `mergeIndex`.
 * - The query becomes search tokens (src/lib/search/tokens.ts). A one-run Chinese fragment is
 *   searched as an exact phrase (which entries match) and as plain terms (in what order).
 * - The index holds documents, not entries (src/lib/search/documents.ts): entries that share
 *   their filter values share a document, each in a slot of `slot` words, so a match's word
 *   position names its entry. Results, totals and filter counts are therefore in entries, and a
 *   document's fragment is loaded only when one of its entries is shown.
 * - Each document's filter values come from Pagefind without loading it: sorted by a composite
 *   (src/lib/search/meta.ts), the results come in the order of its ranks, and Pagefind's counts
 *   per rank say where each run ends; the manifest names each rank's values. Filtering and
 *   counting then happen here, on the matched entries.
 */
import { COMPOSITES, compositeKey, FILTER_KEY, INDEX_MANIFEST, recordsFromFragment, type DisplayRecord, type FilterValues, type HitKind, type IndexManifest } from '../../lib/search/meta.ts';
import { emptyCounts, entryCounts, passesFilters, valuesFromRuns, type FacetCounts, type SearchState } from '../../lib/search/state.ts';
import { queryPlan, type QueryPlan } from '../../lib/search/tokens.ts';
import { isDue } from '../../lib/stale.ts';
import { chinaDay } from '../../lib/dates.ts';

type Counts = Record<string, Record<string, number>>;
interface PagefindResult {
  id: string;
  words: number[];
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
  /** Matching entries (not documents) after the filters. */
  total: number;
  counts: FacetCounts;
  /** The display records of results [from, to). */
  records(from: number, to: number): Promise<DisplayRecord[]>;
}

/** A matching document: its filter values and which of its entries match. */
interface Match {
  result: PagefindResult;
  values: FilterValues;
  /** Indexes of the matching entries in the document (0 for a document of one record). */
  slots: number[];
}

/** One shown result: an entry of a document. */
interface Hit {
  match: Match;
  slot: number;
}

export class PortalSearch {
  private api: Promise<{ pf: PagefindApi; layout: IndexManifest }> | undefined;
  private readonly fragments = new Map<string, Promise<DisplayRecord[]>>();

  /** `bundles`: absolute paths of Pagefind bundles (the first is primary); `base`: the site's base path. */
  constructor(
    private readonly bundles: string[],
    private readonly base: string,
  ) {}

  private load() {
    this.api ??= (async () => {
      const [pf, manifest] = await Promise.all([
        import(/* @vite-ignore */ `${this.bundles[0]}pagefind.js`) as Promise<PagefindApi>,
        fetch(`${this.bundles[0]}${INDEX_MANIFEST}`).then((r) => {
          if (!r.ok) throw new Error(`${INDEX_MANIFEST}: ${r.status}`);
          return r.json() as Promise<IndexManifest>;
        }),
      ]);
      // Grouped documents are all about as long: their length says nothing about relevance.
      await pf.options({ baseUrl: this.base, noWorker: true, excerptLength: 0, ranking: { pageLength: 0 } });
      for (const b of this.bundles.slice(1)) await pf.mergeIndex(b, { baseUrl: this.base });
      await pf.filters(); // loads the filter index, so that counts come with the results
      return { pf, layout: manifest };
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
    if (plan.tooShort) return { plan, total: 0, counts: emptyCounts(), records: async () => [] };
    const { pf, layout } = await this.load();
    // A document or licence number is looked up whole first; when no record has it, its pieces.
    if (plan.identifier) {
      const whole = await this.search(pf, layout, { ...plan, ranked: plan.identifier, exact: null }, state);
      if (whole.total) return whole;
    }
    return this.search(pf, layout, plan, state);
  }

  /** Every matching document with its filter values and matching entries. */
  private async matches(pf: PagefindApi, layout: IndexManifest, plan: QueryPlan): Promise<Map<string, Match>> {
    const term = plan.exact ?? plan.ranked;
    const found = new Map<string, Match>();
    for (const k of COMPOSITES.keys()) {
      const key = compositeKey(k);
      const res = await pf.search(term, { sort: { [key]: 'asc' } });
      for (const r of res.results) if (!found.has(r.id)) found.set(r.id, { result: r, values: {}, slots: [] });
      for (const [r, rank] of valuesFromRuns(key, res.results, res.filters[FILTER_KEY] ?? {})) Object.assign(found.get(r.id)!.values, layout.facets[k]?.[Number(rank)]);
    }
    const grouped = new Set<HitKind>(layout.grouped);
    const slotsOf = (m: Match, words: number[]) =>
      grouped.has(m.values.kind as HitKind) ? [...new Set(words.map((w) => Math.floor(w / layout.slot)))].sort((a, b) => a - b) : [0];
    for (const m of found.values()) m.slots = slotsOf(m, m.result.words);
    const terms = plan.exact ? [term] : plan.ranked.split(' ');
    if (terms.length > 1) {
      // Pagefind matches every term somewhere in a document; an entry matches when all are in its slot.
      for (const t of terms) {
        const has = new Map((await pf.search(t)).results.map((r) => [r.id, r.words]));
        for (const [id, m] of found) {
          const inTerm = new Set(slotsOf(m, has.get(id) ?? []));
          m.slots = has.has(id) ? m.slots.filter((s) => inTerm.has(s)) : [];
        }
      }
    }
    for (const [id, m] of found) if (!m.slots.length) found.delete(id);
    return found;
  }

  private async search(pf: PagefindApi, layout: IndexManifest, plan: QueryPlan, state: SearchState): Promise<SearchOutcome> {
    const found = await this.matches(pf, layout, plan);
    const { total, counts } = entryCounts([...found.values()].map((m) => ({ values: m.values, entries: m.slots.length })), state.filters);
    const term = plan.exact ?? plan.ranked;
    const ordered = (await pf.search(state.sort === 'date' ? term : plan.ranked, state.sort === 'date' ? { sort: { date: 'desc' } } : {})).results
      .map((r) => found.get(r.id))
      .filter((m): m is Match => !!m && passesFilters(m.values, state.filters));
    const records = state.sort === 'date' ? this.newestFirst(ordered) : this.inOrder(ordered);
    return { plan, total, counts, records };
  }

  /** The display records of a document, its entries in order (loaded once). */
  private entries(m: Match): Promise<DisplayRecord[]> {
    let p = this.fragments.get(m.result.id);
    if (!p) {
      p = m.result.data().then((d) => recordsFromFragment(d));
      this.fragments.set(m.result.id, p);
      p.catch(() => this.fragments.delete(m.result.id));
    }
    return p;
  }

  private async show(hits: Hit[]): Promise<DisplayRecord[]> {
    const shown = await Promise.all(hits.map(async (h) => (await this.entries(h.match))[h.slot]));
    return current(shown.filter((r): r is DisplayRecord => !!r));
  }

  /** Relevance: documents in Pagefind's order, each one's matching entries in their order. */
  private inOrder(ordered: Match[]): SearchOutcome['records'] {
    const hits = ordered.flatMap((match) => match.slots.map((slot) => ({ match, slot })));
    return (from, to) => this.show(hits.slice(from, to));
  }

  /**
   * Newest first. Pagefind orders documents by their newest entry; a document's entries are
   * newest first too, so the entries are merged here: a document is loaded when its newest
   * entry could come next.
   */
  private newestFirst(ordered: Match[]): SearchOutcome['records'] {
    const merged: DisplayRecord[] = [];
    const pool: DisplayRecord[] = [];
    let next = 0;
    const newest = () => pool.reduce((best, r, i) => ((r.d ?? '') > (pool[best]!.d ?? '') ? i : best), 0);
    const fill = async (to: number) => {
      while (merged.length < to) {
        // The next document's newest entry may be newer than everything loaded: load it.
        while (next < ordered.length && (!pool.length || ((await this.entries(ordered[next]!))[0]?.d ?? '') >= (pool[newest()]!.d ?? ''))) {
          const m = ordered[next++]!;
          const all = await this.entries(m);
          for (const s of m.slots) if (all[s]) pool.push(all[s]);
        }
        if (!pool.length) break;
        merged.push(pool.splice(newest(), 1)[0]!);
      }
    };
    return async (from, to) => {
      await fill(to);
      return current(merged.slice(from, to));
    };
  }
}

/** A copy of the index not rebuilt since: results whose day has come are dropped (src/lib/stale.ts). */
function current(records: DisplayRecord[]): DisplayRecord[] {
  const today = chinaDay(Date.now());
  return records.filter((r) => !isDue(r.h, today));
}
