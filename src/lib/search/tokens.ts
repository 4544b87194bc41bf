/**
 * Search tokens: how Chinese names become findable by any fragment a person types.
 *
 * Pagefind segments Chinese into words (jieba at index time, Intl.Segmenter in the browser),
 * so a fragment that cuts across words — 农业 in 中国农业发展银行, 达商 in 恒达商贸 — is not
 * found. CJK search engines index character bigrams instead. We do the same, and encode each
 * bigram as a plain lower-case ASCII word that no segmenter, stemmer or case splitter touches:
 *
 *   恒达 → "zq" + code(恒) + code(达) = "zqgafciplo"     (code: hex digits written with a..p)
 *
 * The index side (`indexText`, used by src/lib/search/records.ts) writes these words into the
 * search records, which are all that Pagefind indexes; the query side (`queryPlan`, used by the
 * search page) turns what a person types into the same words. Both sides share this module,
 * so the normalisation is identical by construction.
 *
 * Precision: a fragment of three or more characters becomes a sequence of bigrams searched as
 * an exact phrase (Pagefind's quoted search checks that the words are consecutive). Every
 * Chinese run ends with an end token, so a phrase never runs from one name into the next.
 * Prefix-free character codes mean Pagefind's prefix matching cannot confuse two bigrams.
 */
import { normaliseName } from '../names.ts';

/** Every search token starts with this; no USCC or ordinary word does. */
export const TOKEN_PREFIX = 'zq';
/**
 * Code of the end of a Chinese run. The end token divides one run's bigrams from the next
 * run's, and lets a single typed character match the last character of a name.
 */
const END = 's';

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** After the prefix, marks an identifier's token; no bigram code starts with this letter. */
const IDENTIFIER = 't';
/** After the prefix, marks a word in another script (é, カナ, 한글), coded like an identifier. */
const OTHER_SCRIPT = 'u';

/** The letters for one character: BMP as 4 hex digits, others as `r` + 5 hex digits (prefix-free). */
export function charCode(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = cp > 0xffff ? (cp - 0x10000).toString(16).padStart(5, '0') : cp.toString(16).padStart(4, '0');
  let out = cp > 0xffff ? 'r' : '';
  for (const d of hex) out += String.fromCharCode(97 + parseInt(d, 16));
  return out;
}

/** The token of a bigram (`b` omitted: the end of a run). */
export function bigramToken(a: string, b?: string): string {
  return TOKEN_PREFIX + charCode(a) + (b === undefined ? END : charCode(b));
}

/** A piece of text after normalisation: a run of Chinese characters, or a word of other letters/digits. */
export interface Unit {
  kind: 'han' | 'word';
  text: string;
}

/**
 * Splits text into Chinese runs and other words. Full-width forms are folded (NFKC) and
 * letters lower-cased. Punctuation and spaces end a word but not a Chinese run: 金城（中国）恒达
 * is one run 金城中国恒达, as a person would type it without the brackets.
 */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  let han = '';
  let word = '';
  const flushWord = () => {
    if (word) out.push({ kind: 'word', text: word });
    word = '';
  };
  const flushHan = () => {
    if (han) out.push({ kind: 'han', text: han });
    han = '';
  };
  for (const ch of normaliseName(text).toLowerCase()) {
    if (HAN.test(ch)) {
      flushWord();
      han += ch;
    } else if (WORD_CHAR.test(ch)) {
      flushHan();
      word += ch;
    } else {
      flushWord(); // a Chinese run continues across punctuation and spaces
    }
  }
  flushWord();
  flushHan();
  return out;
}

/**
 * An identifier (案号, 文书号, 许可证编号, 车牌号) as a person may type it: full-width folded, lower
 * case, only its letters, digits and Chinese characters. （2023）甘01执6729号, (2023)甘01执6729号 and
 * 2023甘01执6729号 have the same key.
 */
export function identifierKey(text: string): string {
  let out = '';
  for (const ch of normaliseName(text).toLowerCase()) if (HAN.test(ch) || WORD_CHAR.test(ch)) out += ch;
  return out;
}

/**
 * The one search word of a whole identifier: every character of its key coded, so that no
 * segmenter splits it; Pagefind's prefix matching finds it by its beginning too. `null` when
 * the text has no letter, digit or Chinese character.
 */
export function identifierToken(text: string): string | null {
  const key = identifierKey(text);
  return key ? TOKEN_PREFIX + IDENTIFIER + [...key].map(charCode).join('') : null;
}

/**
 * Page side: the words of an identifier: its whole-identifier token, the key itself when it is
 * plain letters and digits (L-GS-CJ12345 typed as lgscj12345), and its pieces.
 */
export function identifierWords(text: string): string[] {
  const token = identifierToken(text);
  if (!token) return [];
  const key = identifierKey(text);
  return [...new Set([token, ...(/^[a-z0-9]+$/.test(key) ? [key] : []), ...indexTokens(text)])];
}

/** A query that looks like a document or licence number: digits with Chinese characters or punctuation, in one piece. */
function looksLikeIdentifier(query: string): boolean {
  const q = query.trim();
  if (!q || /\s/.test(q) || !/\p{Nd}/u.test(q)) return false;
  const key = identifierKey(q);
  // Chinese with digits (2023甘01执6729号), or punctuation inside (L-GS-CJ12345): not a USCC or a plain word.
  return [...key].length >= 4 && (HAN.test(key) || key !== normaliseName(q).toLowerCase());
}

/**
 * The first characters of a USCC that name only who registered it, the kind of subject and a
 * region (e.g. 91620105: a company in 七里河区): they identify no one. Six to eight digits whose
 * third and fourth are a province code.
 */
export function isRegionPrefix(query: string): boolean {
  const q = normaliseName(query.trim());
  if (!/^[1-9]\d{5,7}$/.test(q)) return false;
  const province = Number(q.slice(2, 4));
  return province >= 11 && province <= 82;
}

/** Tokens of one Chinese run, in order: its bigrams, then the end token. */
export function hanTokens(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(bigramToken(chars[i]!, chars[i + 1]));
  if (chars.length) out.push(bigramToken(chars[chars.length - 1]!));
  return out;
}

/**
 * A word as it is indexed and searched: plain letters and digits stay as they are; a word with
 * other letters is coded, so that every indexed word is one plain word to Pagefind (no
 * segmenter or stemmer splits it) and a word's position in a record is known.
 */
export function wordToken(word: string): string {
  return /^[a-z0-9]+$/.test(word) ? word : TOKEN_PREFIX + OTHER_SCRIPT + [...word].map(charCode).join('');
}

/** Page side: the words to index for one string (a name, a title, a summary). */
export function indexTokens(text: string): string[] {
  return units(text).flatMap((u) => (u.kind === 'han' ? hanTokens(u.text) : [wordToken(u.text)]));
}

/**
 * Page side: the text to index for several strings, each string's tokens in order.
 * Empty strings and repeats are dropped.
 */
export function indexText(strings: readonly (string | undefined | null)[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const s of strings) {
    const t = s?.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    const tokens = indexTokens(t);
    if (tokens.length) parts.push(tokens.join(' '));
  }
  return parts.join(' ');
}

/** What the search page sends to Pagefind for what a person typed. */
export interface QueryPlan {
  /** Query for ranking: every term must match (Pagefind combines terms with AND). */
  ranked: string;
  /**
   * The same terms as an exact phrase when the query is one Chinese run of three or more
   * characters (the bigrams must be consecutive); `null` when `ranked` is already precise.
   */
  exact: string | null;
  /** Strings to highlight in titles and excerpts (Chinese runs and words, normalised). */
  highlight: string[];
  /**
   * When the query looks like a document or licence number: its whole-identifier word, searched
   * first (the plain terms are the fallback when it finds nothing); otherwise `null`.
   */
  identifier: string | null;
  /** With `identifier`: the typed number's key (identifierKey), to mark it in a result. */
  identifierKey: string | null;
  /** The query is the start of a USCC that names only a region: too short to identify anyone. */
  tooShort: boolean;
}

/** A typed word that would prefix-match search tokens (z, zq, zqab…): not a real word. */
const TOKEN_LIKE = /^z(q[a-u]*)?$/;

/**
 * Query side. Spaces separate terms (all must match). A Chinese run of two or more characters
 * becomes its bigrams; a single Chinese character becomes the prefix of the bigrams that start
 * with it; other words (a USCC, in either case, or its first characters) are kept as words,
 * which Pagefind matches by prefix. Returns `null` when nothing searchable was typed.
 */
export function queryPlan(query: string): QueryPlan | null {
  const terms: string[] = [];
  const highlight: string[] = [];
  const runs: string[] = [];
  let parts = 0;
  for (const piece of query.split(/\s+/)) {
    for (const u of units(piece)) {
      if (u.kind === 'han') {
        const chars = [...u.text];
        if (chars.length === 1) terms.push(TOKEN_PREFIX + charCode(chars[0]!));
        else terms.push(...hanTokens(u.text).slice(0, -1));
        runs.push(u.text);
        highlight.push(u.text);
        parts++;
      } else if (!TOKEN_LIKE.test(u.text)) {
        terms.push(wordToken(u.text));
        highlight.push(u.text);
        parts++;
      }
    }
  }
  if (!terms.length) return null;
  const ranked = terms.join(' ');
  const exact = parts === 1 && runs.length === 1 && [...runs[0]!].length >= 3 ? `"${ranked}"` : null;
  const identifier = looksLikeIdentifier(query) ? identifierToken(query) : null;
  if (identifier) highlight.unshift(normaliseName(query.trim()).toLowerCase());
  return { ranked, exact, highlight: [...new Set(highlight)], identifier, identifierKey: identifier ? identifierKey(query) : null, tooShort: isRegionPrefix(query) };
}

/** A piece of text to show, marked when it matches a highlight term. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into marked and unmarked segments for the highlight terms (case-insensitive,
 * full-width folded). The caller renders segments with textContent and <mark>, never as HTML.
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const folded = [...text].map((c) => normaliseName(c).toLowerCase());
  const marks = new Array<boolean>(folded.length).fill(false);
  for (const term of terms) {
    const t = [...term];
    if (!t.length) continue;
    for (let i = 0; i + t.length <= folded.length; i++) {
      let ok = true;
      for (let j = 0; j < t.length && ok; j++) ok = folded[i + j] === t[j];
      if (ok) for (let j = 0; j < t.length; j++) marks[i + j] = true;
    }
  }
  const chars = [...text];
  const out: Segment[] = [];
  for (let i = 0; i < chars.length; i++) {
    const last = out[out.length - 1];
    if (last && last.mark === marks[i]) last.text += chars[i];
    else out.push({ text: chars[i]!, mark: marks[i]! });
  }
  return out;
}
