/**
 * The search query set, generated (seeded, deterministic) from the data and checked against what
 * the built index holds. The data comes in as a plain QuerySource: the end-to-end test reads it
 * straight from the files (tests/e2e/source.ts), the benchmark from the loaded portal. Used by tests/e2e/search.spec.ts (recall@10 in a real
 * browser) and scripts/bench-search.ts. Print it with `npx tsx scripts/search-queries.ts`.
 *
 * Kinds of queries (what a person types):
 * - `org-fragment`: 2, 3 and 4 consecutive characters of an organisation's name, from its start
 *   and from its middle; expected: one of that organisation's pages (entry or /subjects/);
 * - `person`: a person's full name; expected: that person's entry;
 * - `legal-rep`: an organisation's legal representative; expected: one of its pages;
 * - `uscc`: the whole USCC in lower case (a few in upper case); expected FIRST: its pages;
 * - `named-person`: another person named on an entry (直接责任人, 财务负责人: list columns marked
 *   `search: name`); expected: that entry;
 * - `name-id-tail`: a person's name and the last four characters of the masked ID (钟斌 4796);
 *   expected: that person's entry;
 * - `uscc-org-code`: a USCC from its 9th character (the organisation code); expected: its pages;
 * - `identifier`: a decision, case or licence number (columns marked `search: identifier`) as
 *   written, with half-width brackets, or without any bracket; expected: that entry;
 * - `case-words`: 2–4 characters of a case's title or summary; expected: the case page;
 * - `case-text`: 3–5 characters of a case's narrative (the body, not the summary); expected: the case;
 * and two kinds that must find nothing:
 * - `taken-down`: the full name of an expired or removed entry: never its page, and nothing at
 *   all when no published page carries that name;
 * - `absent`: a fragment of name characters that occurs in no indexed text: no result.
 *
 * A fragment shared by more than MAX_RELEVANT indexed pages cannot be judged by recall@10 (ten
 * equally good answers exist), so such fragments are not drawn; the generator says how many it
 * skipped.
 */
import { isPublished } from '../../src/lib/cases/rules.ts';
import type { Portal } from '../../src/lib/load/index.ts';
import type { DisplayRecord } from '../../src/lib/search/meta.ts';
import { casePath, entryPath } from '../../src/lib/paths.ts';
import { units } from '../../src/lib/search/tokens.ts';
import { normaliseName } from '../../src/lib/names.ts';
import { mulberry32 } from './random.ts';

export type QueryKind =
  | 'org-fragment'
  | 'person'
  | 'legal-rep'
  | 'named-person'
  | 'name-id-tail'
  | 'uscc'
  | 'uscc-org-code'
  | 'identifier'
  | 'case-words'
  | 'case-text'
  | 'taken-down'
  | 'absent';

export interface RecallQuery {
  kind: Exclude<QueryKind, 'taken-down' | 'absent'>;
  query: string;
  /** Any of these URLs (from the site root) among the top 10 counts as found. */
  expected: string[];
  /** The first result must be one of `expected`. */
  first?: boolean;
  /** Where the fragment was taken from, for the report. */
  from: string;
}

export interface NegativeQuery {
  kind: 'taken-down' | 'absent';
  query: string;
  /** URLs that must not be found (the taken-down entry's page). */
  forbidden: string[];
  /** No result at all is allowed. */
  none: boolean;
}

export interface QuerySet {
  recall: RecallQuery[];
  /** Every published organisation's USCC in lower case: its own pages must come first. */
  usccAll: RecallQuery[];
  negative: NegativeQuery[];
  skippedAmbiguous: number;
}

/** More pages than this containing a fragment: recall@10 cannot judge it. */
export const MAX_RELEVANT = 8;


function shuffle<T>(items: T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Text as the index sees it: Chinese runs and words, one per line, so a fragment never spans two. */
export function searchable(text: string): string {
  return units(text)
    .map((u) => u.text)
    .join('\n');
}

/** The Chinese runs of a text (a person types fragments of these). */
function hanRuns(text: string): string[] {
  return units(text)
    .filter((u) => u.kind === 'han')
    .map((u) => u.text);
}

/** What the query set is drawn from. */
export interface QuerySource {
  /** Every list entry with its disclosure status on the build's date; `url` from the site root. */
  entries: {
    url: string;
    status: string;
    name: string;
    type: string;
    uscc?: string | undefined;
    legalRep?: string | undefined;
    idMasked?: string | undefined;
    /** Document and licence numbers of the entry (决定文书号 and columns marked `search: identifier`). */
    identifiers: string[];
    /** Other people and organisations named on it (columns marked `search: name`). */
    named: string[];
  }[];
  /** The cases published on the build's date; `text`: the narrative. */
  cases: { url: string; title: string; summary?: string | undefined; text?: string | undefined }[];
}

/** The query source of a loaded portal (for the scripts; the tests read the files themselves). */
export function querySourceOf(p: Portal): QuerySource {
  return {
    entries: [...p.lists.values()].flatMap((list) => {
      const cells = (e: (typeof list.entries)[number], kind: 'identifier' | 'name') =>
        list.meta.columns.filter((c) => c.search === kind).flatMap((c) => (typeof e.extra[c.key] === 'string' && e.extra[c.key] ? [String(e.extra[c.key])] : []));
      return list.entries.map((e) => ({
        url: entryPath(list.id, e.id),
        status: e.status,
        name: e.subject_name,
        type: e.subject_type,
        uscc: e.uscc,
        legalRep: e.legal_rep,
        idMasked: e.id_masked,
        identifiers: [...(e.decision_no ? [e.decision_no] : []), ...cells(e, 'identifier')],
        named: cells(e, 'name'),
      }));
    }),
    cases: [...p.cases.values()].filter((c) => isPublished(c, p.disclosureDate)).map((c) => ({ url: casePath(c.id), title: c.title, summary: c.summary, text: c.text })),
  };
}

export function generateQueries(source: QuerySource, indexed: DisplayRecord[], seed = 20261127): QuerySet {
  const rand = mulberry32(seed);
  // What each record's tokens are made of (src/lib/search/records.ts): entries and organisations by their
  // names only, other pages also by their summary.
  const nameOnly = new Set(['blacklist', 'warning', 'register', 'redlist', 'subject']);
  const docs = indexed.map((r) => ({ url: r.u, text: searchable([r.t, r.n, nameOnly.has(r.f.kind ?? '') ? '' : r.s].filter(Boolean).join('\n')) }));
  const containing = (fragment: string) => docs.filter((d) => d.text.includes(fragment)).map((d) => d.url);
  const indexedUrls = new Set(indexed.map((r) => r.u));
  let skippedAmbiguous = 0;
  const recall: RecallQuery[] = [];
  const used = new Set<string>();
  const add = (q: RecallQuery) => {
    if (used.has(q.query)) return false;
    if (containing(searchable(q.query)).length > MAX_RELEVANT && q.kind !== 'uscc') {
      skippedAmbiguous++;
      return false;
    }
    used.add(q.query);
    recall.push(q);
    return true;
  };

  // Active entries, grouped by organisation (USCC) or by person name.
  const orgPages = new Map<string, { name: string; legalReps: Set<string>; urls: Set<string> }>();
  const persons = new Map<string, Set<string>>();
  const takenDown: { name: string; url: string }[] = [];
  for (const e of source.entries) {
    const url = e.url;
    if (e.status === 'expired' || e.status === 'removed') {
      takenDown.push({ name: e.name, url });
      continue;
    }
    if (e.status !== 'active') continue;
    if (e.uscc) {
      const key = e.uscc;
      let o = orgPages.get(key);
      if (!o) orgPages.set(key, (o = { name: e.name, legalReps: new Set(), urls: new Set([`/subjects/${e.uscc}/`]) }));
      o.urls.add(url);
      if (e.legalRep) o.legalReps.add(e.legalRep);
    } else if (e.type === 'person') {
      let s = persons.get(e.name);
      if (!s) persons.set(e.name, (s = new Set()));
      s.add(url);
    }
  }
  // Keep only pages that the index really has (a page type not built yet is not expected).
  const known = (urls: Iterable<string>) => [...urls].filter((u) => indexedUrls.has(u));

  // Organisation name fragments: start and middle, lengths 2..4.
  const orgs = shuffle([...orgPages.entries()], rand);
  let orgCount = 0;
  for (const [, o] of orgs) {
    if (orgCount >= 90) break;
    const expected = known(o.urls);
    if (!expected.length) continue;
    const run = hanRuns(o.name).sort((a, b) => b.length - a.length)[0];
    if (!run || [...run].length < 4) continue;
    const chars = [...run];
    for (const n of [2, 3, 4]) {
      const middle = 1 + Math.floor(rand() * Math.max(1, chars.length - n - 1));
      for (const start of [0, Math.min(middle, chars.length - n)]) {
        if (add({ kind: 'org-fragment', query: chars.slice(start, start + n).join(''), expected, from: o.name })) orgCount++;
      }
    }
  }

  // Persons by full name.
  for (const [name, urls] of shuffle([...persons.entries()], rand).slice(0, 40)) {
    const expected = known(urls);
    if (expected.length) add({ kind: 'person', query: name, expected, from: name });
  }

  // Legal representatives of organisations.
  let reps = 0;
  for (const [, o] of orgs) {
    if (reps >= 30) break;
    const expected = known(o.urls);
    const rep = [...o.legalReps][0];
    if (rep && expected.length && add({ kind: 'legal-rep', query: rep, expected, from: o.name })) reps++;
  }

  // Entries of people, organisations and numbers: drawn from the active entries, each query
  // kept only when it is unique enough to be judged (no more than MAX_RELEVANT entries share it).
  const active = shuffle(
    source.entries.filter((e) => e.status === 'active'),
    rand,
  );
  const shared = (key: (e: (typeof active)[number]) => string[]) => {
    const n = new Map<string, number>();
    for (const e of active) for (const k of new Set(key(e))) n.set(k, (n.get(k) ?? 0) + 1);
    return n;
  };
  const addUnique = (q: RecallQuery, count: number | undefined) => {
    if (!q.expected.length) return false;
    if ((count ?? 0) > MAX_RELEVANT) {
      skippedAmbiguous++;
      return false;
    }
    if (used.has(q.query)) return false;
    used.add(q.query);
    recall.push(q);
    return true;
  };
  const nameCount = shared((e) => [...e.named, e.name]);
  let named = 0;
  for (const e of active) {
    const who = e.named.find((n) => [...n].length >= 2);
    if (named >= 20 || !who || (nameCount.get(who) ?? 0) > MAX_RELEVANT) continue;
    const expected = known([e.url]);
    if (expected.length && add({ kind: 'named-person', query: who, expected, from: e.name })) named++;
  }
  const tail = (e: (typeof active)[number]) => (e.idMasked ? [`${e.name} ${e.idMasked.slice(-4)}`] : []);
  const tailCount = shared(tail);
  let tails = 0;
  for (const e of active) {
    const q = tail(e)[0];
    if (tails < 20 && q && addUnique({ kind: 'name-id-tail', query: q, expected: known([e.url]), from: e.name }, tailCount.get(q))) tails++;
  }
  const key = (id: string) => normaliseName(id).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const idCount = shared((e) => e.identifiers.map(key));
  let ids = 0;
  for (const e of active) {
    if (ids >= 30) break;
    const id = e.identifiers[Math.floor(rand() * e.identifiers.length)];
    if (!id || key(id).length < 4) continue;
    // As written, with half-width brackets, or without any bracket.
    const halfWidth = normaliseName(id).replace(/〔|【/g, '[').replace(/〕|】/g, ']');
    const forms = [id, halfWidth, id.replace(/[（）()〔〕[\]【】]/g, '')];
    if (addUnique({ kind: 'identifier', query: forms[ids % 3]!, expected: known([e.url]), from: `${e.name}：${id}` }, idCount.get(key(id)))) ids++;
  }

  // Whole USCCs: lower case (and a few in upper case); the organisation must come first.
  orgs.slice(0, 40).forEach(([uscc, o], i) => {
    const expected = known(o.urls);
    if (expected.length) add({ kind: 'uscc', query: i % 8 === 7 ? uscc.toUpperCase() : uscc.toLowerCase(), expected, first: true, from: o.name });
  });

  // USCCs from their 9th character: the organisation code.
  orgs.slice(40, 60).forEach(([uscc, o]) => {
    const expected = known(o.urls);
    if (expected.length) add({ kind: 'uscc-org-code', query: uscc.slice(8), expected, from: o.name });
  });

  // Words of published cases' titles and summaries.
  const cases = shuffle(source.cases, rand);
  for (const c of cases.slice(0, 40)) {
    const url = c.url;
    if (!indexedUrls.has(url)) continue;
    for (const source of [c.title, c.summary]) {
      const runs = hanRuns(source ?? '').filter((r) => [...r].length >= 4);
      const run = runs[Math.floor(rand() * runs.length)];
      if (!run) continue;
      const chars = [...run];
      const n = 2 + Math.floor(rand() * 3);
      const start = Math.floor(rand() * (chars.length - n + 1));
      add({ kind: 'case-words', query: chars.slice(start, start + n).join(''), expected: [url], from: c.title });
    }
  }
  // Words of the narratives: 3–5 characters, judged against every case's narrative too.
  const narratives = source.cases.map((c) => ({ url: c.url, text: searchable(c.text ?? '') }));
  let texts = 0;
  for (const c of cases) {
    if (texts >= 25) break;
    if (!indexedUrls.has(c.url)) continue;
    const runs = hanRuns(c.text ?? '').filter((r) => [...r].length >= 5);
    const run = runs[Math.floor(rand() * runs.length)];
    if (!run) continue;
    const chars = [...run];
    const n = 3 + Math.floor(rand() * 3);
    const start = Math.floor(rand() * (chars.length - n + 1));
    const query = chars.slice(start, start + n).join('');
    const pages = new Set([...containing(searchable(query)), ...narratives.filter((d) => d.text.includes(query)).map((d) => d.url)]);
    if (addUnique({ kind: 'case-text', query, expected: [c.url], from: c.title }, pages.size)) texts++;
  }

  // Must-not-find: taken-down names, and fragments that occur nowhere.
  const negative: NegativeQuery[] = [];
  for (const t of shuffle(takenDown, rand).slice(0, 40)) {
    negative.push({ kind: 'taken-down', query: t.name, forbidden: [t.url], none: containing(searchable(t.name)).length === 0 });
  }
  const pool = [...new Set([...orgPages.values()].flatMap((o) => hanRuns(o.name).flatMap((r) => [...r])))];
  for (let tries = 0; negative.filter((n) => n.kind === 'absent').length < 20 && tries < 10_000 && pool.length > 1; tries++) {
    const n = 2 + (tries % 3);
    const q = Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)]!).join('');
    if (!containing(q).length && !negative.some((x) => x.query === q)) negative.push({ kind: 'absent', query: q, forbidden: [], none: true });
  }
  const usccAll = [...orgPages.entries()]
    .map(([uscc, o]): RecallQuery => ({ kind: 'uscc', query: uscc.toLowerCase(), expected: known(o.urls), first: true, from: o.name }))
    .filter((q) => q.expected.length > 0);
  return { recall, usccAll, negative, skippedAmbiguous };
}
