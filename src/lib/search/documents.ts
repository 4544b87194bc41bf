/**
 * The documents Pagefind indexes, made from the search records (src/lib/search/records.ts).
 *
 * Pagefind loads, on the first query, a few bytes for every document it holds (its page list,
 * sorts and filters), so the number of documents must not grow with the entries. List entries
 * and organisations that share every filter value (kind, area, list, subject type, district,
 * year) therefore share a document, up to GROUP_SIZE of them, newest first. Each is a section
 * of the same width: a heading with its codes, then its names, each padded to a fixed number of
 * words with punctuation, which Pagefind counts as words but does not index. A match's word
 * position then says which entry it is in, before any document is loaded: `position / slot`
 * (src/components/search/search-client.ts); the document's stored display data (packDisplay in
 * src/lib/search/meta.ts) lists the entries' addresses and what a result shows, in slot order. (Pagefind's own sub-results would need an
 * anchor per entry and the whole document loaded to say which entries match; the headings carry
 * no id, which keeps each document's stored anchors, and so what a shown result loads, small.)
 * Cases, notices, areas and lists keep one document each.
 *
 * Every document also carries, for each of COMPOSITES (src/lib/search/meta.ts), the rank of its
 * combination of filter values as a sort value and as a filter value, so that the search page
 * can learn each result's filter values from Pagefind's sorted results and counts, and count
 * entries rather than documents.
 */
import { COMPOSITES, compositeKey, DISPLAY_META, ENTRY_KINDS, FILTER_KEY, filterValuesOf, packDisplay, type DisplayRecord, type FilterValues, type HitKind, type IndexManifest } from './meta.ts';
import { identifierKey, identifierWords, indexText, wordToken } from './tokens.ts';
import { escapeHtml } from '../html.ts';
import type { SearchRecord } from './records.ts';

/** Kinds whose records share documents. */
export const GROUPED_KINDS: readonly HitKind[] = [...ENTRY_KINDS, 'subject'];

/** Most entries in one document: bounds what one shown result loads. */
export const GROUP_SIZE = Number(process.env['SEARCH_GROUP_SIZE'] ?? 64);

/** What the search page must know to read positions (written to the index's manifest). */
export type SearchLayout = Pick<IndexManifest, 'slot' | 'grouped' | 'facets'>;

export interface SearchDocument {
  /** Pagefind's address of the document (a grouped one's is never shown). */
  url: string;
  html: string;
  /** Entries in it. */
  entries: number;
}

/**
 * Sort values are ranks: the position of a document's combination among all combinations of
 * that composite, zero-padded, so that they sort alike as numbers and as text, and as the
 * search page sorts the filter values `c<k>:<rank>`.
 */
const RANK_WIDTH = 6;
const rank = (i: number) => String(i).padStart(RANK_WIDTH, '0');

/** Filler word: counted by Pagefind as a word, not indexed. */
const FILLER = '·';

const e = escapeHtml;

/** Every indexed word is plain letters and digits (a coded word otherwise): one word to Pagefind. */
const plain = (words: readonly string[]) => words.filter(Boolean).map(wordToken);

function otherNames(r: SearchRecord): string[] {
  return [...new Set((r.names ?? []).map((n) => n?.trim()).filter((n): n is string => !!n && n !== r.title.trim()))];
}

/** The code words of a record: USCC (whole and from its 9th character) and identifiers. */
function codeWords(r: SearchRecord): string[] {
  return plain([
    ...new Set([
      ...(r.codes ?? []).map((c) => c?.trim().toLowerCase()).filter((c): c is string => !!c),
      ...(r.identifiers ?? []).flatMap((i) => (i?.trim() ? identifierWords(i) : [])),
    ]),
  ]);
}

/** The name words of a record: its title and other names, then the ID tails that tell people apart. */
function nameWords(r: SearchRecord): string[] {
  const names = indexText([r.title, ...otherNames(r)]).split(' ');
  const tags = [...new Set((r.nameTags ?? []).map((t) => identifierKey(t)).filter(Boolean))];
  return plain([...names, ...tags]);
}

/** What the page shows of a record. */
export function displayOf(r: SearchRecord): Omit<DisplayRecord, 'f'> {
  const d: Omit<DisplayRecord, 'f'> = { u: r.url, t: r.title };
  const names = otherNames(r).join('、');
  if (r.date) d.d = r.date;
  if (r.summary) d.s = r.summary;
  if (names) d.n = names;
  if (r.ids) d.i = r.ids;
  if (r.hideFrom) d.h = r.hideFrom;
  return d;
}

/** One composite's values of a record, as a comparable key. */
const comboKey = (v: FilterValues, dims: readonly string[]) => JSON.stringify(dims.map((d) => v[d as keyof FilterValues] ?? null));

/** Every combination of each composite among `records`, in JavaScript's string order of their keys. */
function facetsOf(records: readonly SearchRecord[]): { facets: FilterValues[][]; ranks: Map<string, number>[] } {
  return COMPOSITES.reduce(
    (acc, dims) => {
      const combos = new Map<string, FilterValues>();
      for (const r of records) {
        const all = filterValuesOf(r);
        const v = Object.fromEntries(dims.filter((d) => all[d] !== undefined).map((d) => [d, all[d]])) as FilterValues;
        combos.set(comboKey(v, dims), v);
      }
      const keys = [...combos.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      acc.facets.push(keys.map((k) => combos.get(k)!));
      acc.ranks.push(new Map(keys.map((k, i) => [k, i])));
      return acc;
    },
    { facets: [] as FilterValues[][], ranks: [] as Map<string, number>[] },
  );
}

/** Stored display data, filters and sort values: the part of a document Pagefind does not index. */
function ignoredBlock(members: readonly SearchRecord[], ranks: Map<string, number>[]): string {
  const first = members[0]!;
  const values = filterValuesOf(first);
  const composite = COMPOSITES.map((dims, k) => ({ key: compositeKey(k), rank: rank(ranks[k]!.get(comboKey(values, dims))!) }));
  return [
    `<span data-pagefind-meta="${DISPLAY_META}">${packDisplay({ f: values, e: members.map(displayOf) })}</span>`,
    // Every document has every sort key: Pagefind leaves a document without it out of sorted results.
    `<span data-pagefind-sort="date">${e(first.date ?? '0000-00-00')}</span>`,
    ...composite.map((c) => `<span data-pagefind-sort="${c.key}">${c.rank}</span>`),
    ...composite.map((c) => `<span data-pagefind-filter="${FILTER_KEY}">${c.key}:${c.rank}</span>`),
  ].join('');
}

function documentHtml(ignored: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div data-search-record><div data-pagefind-ignore>${ignored}</div>${body}</div></body></html>`;
}

/**
 * One record (a case, notice, area or list) as its own document: its codes, its names (weight 5
 * when text follows) and the tokens of its summary and full text.
 */
function singleDocument(r: SearchRecord, ranks: Map<string, number>[]): SearchDocument {
  const ignored = ignoredBlock([r], ranks);
  const codes = codeWords(r).join(' ');
  const names = nameWords(r).join(' ');
  // Entries and organisations (grouped) are found by names and codes only; these by their text too.
  const text = plain(indexText([r.summary, r.text]).split(' ')).join(' ');
  const body = [
    codes ? `<p data-pagefind-weight="9">${e(codes)}</p>` : '',
    names ? (text ? `<p data-pagefind-weight="5">${e(names)}</p>` : `<p>${e(names)}</p>`) : '',
    text ? `<p>${e(text)}</p>` : '',
  ].join('');
  return { url: r.url, html: documentHtml(ignored, body), entries: 1 };
}

const padded = (words: string[], width: number) => [...words, ...Array<string>(width - words.length).fill(FILLER)].join(' ');

/**
 * The documents for `records`, and the layout the search page needs to read them. Documents
 * are made one at a time as they are read (`documents` is a generator): a city's worth of
 * documents held at once would take hundreds of megabytes. Their order is stable: grouped
 * documents by their first record's position, then the others.
 */
export function searchDocuments(records: readonly SearchRecord[]): { documents: Iterable<SearchDocument>; count: number; layout: SearchLayout } {
  const grouped = new Set(GROUPED_KINDS);
  const { facets, ranks } = facetsOf(records);
  const groups = new Map<string, SearchRecord[]>();
  const singles: SearchRecord[] = [];
  for (const r of records) {
    if (!grouped.has(r.kind)) {
      singles.push(r);
      continue;
    }
    const key = JSON.stringify(filterValuesOf(r));
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  let codeWidth = 1;
  let nameWidth = 1;
  let count = singles.length;
  for (const g of groups.values()) {
    g.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.url.localeCompare(b.url));
    count += Math.ceil(g.length / GROUP_SIZE);
    for (const r of g) {
      codeWidth = Math.max(codeWidth, codeWords(r).length);
      nameWidth = Math.max(nameWidth, nameWords(r).length);
    }
  }
  const layout: SearchLayout = { slot: codeWidth + nameWidth, grouped: GROUPED_KINDS, facets };
  function* documents(): Generator<SearchDocument> {
    let n = 0;
    for (const g of groups.values()) {
      for (let i = 0; i < g.length; i += GROUP_SIZE) {
        const members = g.slice(i, i + GROUP_SIZE);
        const body = members
          .map((r) => {
            const weight = r.kind === 'subject' ? '10' : '9';
            return `<h2 data-pagefind-weight="${weight}">${e(padded(codeWords(r), codeWidth))}</h2><p>${e(padded(nameWords(r), nameWidth))}</p>`;
          })
          .join('');
        yield { url: `/search/?group=${++n}`, html: documentHtml(ignoredBlock(members, ranks), body), entries: members.length };
      }
    }
    for (const r of singles) yield singleDocument(r, ranks);
  }
  return { documents: documents(), count, layout };
}
