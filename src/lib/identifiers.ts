/**
 * Chinese identifiers the portal checks.
 * - USCC, 统一社会信用代码 (GB 32100-2015): validated and published for organisations.
 * - Resident ID, 居民身份证号码 (GB 11643-1999): only recognised in order to refuse it;
 *   the portal publishes masked forms only.
 */
import { PREFECTURE_CODES, PROVINCE_CODES } from './region-codes.ts';

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character a USCC with these 17 leading characters must end with, or null if they are not valid. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[check]!;
}

export type UsccProblem =
  | { kind: 'length'; length: number }
  | { kind: 'charset'; position: number; char: string }
  | { kind: 'check'; expected: string; actual: string };

/** Checks a USCC; returns null when valid, otherwise what is wrong. Input must already be upper case. */
export function usccProblem(code: string): UsccProblem | null {
  const chars = [...code];
  if (chars.length !== 18) return { kind: 'length', length: chars.length };
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(chars[i]!)) return { kind: 'charset', position: i + 1, char: chars[i]! };
  }
  const expected = usccCheckChar(code.slice(0, 17))!;
  if (expected !== code[17]) return { kind: 'check', expected, actual: code[17]! };
  return null;
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** Chinese explanation of a USCC problem, for validation messages. */
export function describeUsccProblem(p: UsccProblem): string {
  switch (p.kind) {
    case 'length':
      return `统一社会信用代码应为 18 位，实为 ${p.length} 位`;
    case 'charset':
      return `统一社会信用代码第 ${p.position} 位 "${p.char}" 不是允许的字符（数字及除 I、O、Z、S、V 外的大写字母）`;
    case 'check':
      return `统一社会信用代码校验位错误：第 18 位应为 "${p.expected}"，实为 "${p.actual}"`;
  }
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of a resident ID with these 17 leading digits, or null if they are not digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for an 18-character resident ID with a real birth date and a right check character. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (!isRealDate(id.slice(6, 14))) return false;
  return residentIdCheckChar(id.slice(0, 17)) === id[17]!.toUpperCase();
}

/**
 * True for a first-generation 15-digit resident ID (issued 1984–2004, no check character):
 * a known province + prefecture prefix and a real birth date 19YYMMDD at digits 7–12.
 */
export function isFirstGenerationId(id: string): boolean {
  if (!/^\d{15}$/.test(id)) return false;
  if (!PREFECTURE_CODES.has(id.slice(0, 4))) return false;
  return isRealDate('19' + id.slice(6, 12));
}

export interface FoundResidentId {
  /** UTF-16 offset of the first character in the original text. */
  offset: number;
  /** Length in UTF-16 units in the original text (separators and wide digits included). */
  length: number;
  /** The number folded to ASCII digits without separators (15 or 18 characters). Never print it whole: see maskResidentId. */
  value: string;
}

/**
 * Characters that may stand between the digit groups of a number written in parts:
 * spaces of every width (incl. NBSP, ideographic space), hyphens and dashes, dots, and the
 * invisible zero-width characters (refused on their own, but they must not hide a number).
 */
const SEPARATOR = /^[\s\u00A0\u2000-\u200D\u2060\u202F\u205F\u3000\uFEFF\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D.\u00B7\u30FB\uFF0E\uFF65_/]$/;
/** At most this many separator characters between two groups of one number. */
const MAX_GAP = 3;

/**
 * The ASCII digit (or `X`) a character stands for after NFKC folding, or '' when it is neither:
 * full-width and mathematical digits fold with NFKC; other decimal digits (Arabic-Indic,
 * Devanagari, …) are counted from the zero of their block, since Unicode keeps every decimal
 * digit set as ten consecutive code points starting at 0.
 */
function digitOf(code: number): string {
  if (code < 0x80) return code >= 48 && code <= 57 ? String.fromCharCode(code) : code === 88 || code === 120 ? 'X' : '';
  if (code >= 0x3400 && code <= 0x9fff) return ''; // CJK ideographs: most of the text, never digits
  let d = digitCache.get(code);
  if (d !== undefined) return d;
  const ch = String.fromCodePoint(code);
  const folded = ch.normalize('NFKC');
  if (folded.length === 1 && /[0-9Xx]/.test(folded)) d = folded.toUpperCase();
  else if (/\p{Nd}/u.test(ch)) {
    let start = code;
    while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    d = String((code - start) % 10);
  } else d = '';
  digitCache.set(code, d);
  return d;
}
const digitCache = new Map<number, string>();

/** SEPARATOR as a table of code points (all in the BMP), so the scan tests one number per character. */
const SEPARATOR_CODES = new Set<number>();
for (let c = 0; c < 0x10000; c++) if (c !== 10 && SEPARATOR.test(String.fromCharCode(c))) SEPARATOR_CODES.add(c);

interface Token {
  ch: string;
  offset: number;
  end: number;
  /** Index of the group of consecutive digits this token belongs to. */
  group: number;
}

/**
 * Finds full resident ID numbers inside any text, in every form an editor or a tool may write:
 * - 18 characters with a known province code, a real birth date and a valid check character,
 *   wherever they stand: after letters (`ID…`), inside words, URLs and longer digit runs
 *   (a longer run that contains a valid number exposes it just the same);
 * - 15-digit first-generation numbers (known region prefix + real 19YYMMDD date), as whole
 *   numbers only: without a check character a window of a longer run would match by chance;
 * - full-width or other Unicode decimal digits (NFKC folding);
 * - numbers split by spaces, hyphens, dots or similar (`620102 19900307 6013`), at most three
 *   separator characters at a time, also when other digits are glued to either end: with the
 *   province code, the date and the check character an 18-character window matches by chance
 *   about once in 50,000, and `check:site` shows the sample site has no such accident.
 * Offsets and lengths are in the original text, so that positions stay right.
 */
export function findResidentIds(text: string): FoundResidentId[] {
  const found: FoundResidentId[] = [];
  let chain: Token[] = [];
  let group = 0;
  let gap = -1; // separator characters since the last digit; -1: no digit yet in this chain
  const flush = () => {
    if (chain.length >= 15) scanChain(chain, found);
    chain = [];
    gap = -1;
  };
  const len = text.length;
  for (let i = 0; i < len; ) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    const d = digitOf(code);
    if (d && (d !== 'X' || (gap === 0 && chain.length))) {
      if (gap > 0) group++;
      chain.push({ ch: d, offset: i, end: i + width, group });
      gap = 0;
    } else if (gap >= 0 && gap < MAX_GAP && SEPARATOR_CODES.has(code)) {
      gap++;
    } else if (gap >= 0) {
      flush();
    }
    i += width;
  }
  flush();
  return found;
}

function scanChain(tokens: Token[], found: FoundResidentId[]): void {
  const n = tokens.length;
  const groupStart = (k: number) => k === 0 || tokens[k - 1]!.group !== tokens[k]!.group;
  const groupEnd = (k: number) => k === n - 1 || tokens[k + 1]!.group !== tokens[k]!.group;
  const chars = tokens.map((t) => t.ch).join('');
  let k = 0;
  while (k < n) {
    const hit = [18, 15].find((len) => {
      if (k + len > n) return false;
      const last = k + len - 1;
      const value = chars.slice(k, k + len);
      if (len === 18) return PROVINCE_CODES.has(value.slice(0, 2)) && isValidResidentId(value);
      return groupStart(k) && groupEnd(last) && isFirstGenerationId(value);
    });
    if (hit) {
      const first = tokens[k]!;
      const last = tokens[k + hit - 1]!;
      found.push({ offset: first.offset, length: last.end - first.offset, value: chars.slice(k, k + hit) });
      k += hit;
    } else k++;
  }
}

/**
 * Masked ID as published: the first 6 (region) and last 4 characters kept, the 8 between
 * replaced by `*`, e.g. `620102********123X`. Nothing else is accepted in `id_masked`.
 */
export const MASKED_ID_PATTERN = /^\d{6}\*{8}\d{3}[\dX]$/;

export function maskResidentId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(14).toUpperCase()}`;
}

/** A found number as it may be printed in a message: region and last characters only, never whole. */
export function maskFoundId(value: string): string {
  return value.length === 15 ? `${value.slice(0, 6)}******${value.slice(12)}` : maskResidentId(value);
}
