/**
 * Chinese identifiers the portal checks.
 * - USCC, 统一社会信用代码 (GB 32100-2015): validated and published for organisations.
 * - Resident ID, 居民身份证号码 (GB 11643-1999): only recognised in order to refuse it;
 *   the portal publishes masked forms only.
 */

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
 * Finds full resident ID numbers inside any text: 18-character runs not part of a longer
 * run of digits, with a real birth date and a valid check character. Returns offsets.
 */
export function findResidentIds(text: string): { offset: number; value: string }[] {
  const found: { offset: number; value: string }[] = [];
  const re = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
  for (const m of text.matchAll(re)) {
    if (isValidResidentId(m[0])) found.push({ offset: m.index!, value: m[0] });
  }
  return found;
}

/**
 * Masked ID as published: the first 6 (region) and last 4 characters kept, the 8 between
 * replaced by `*`, e.g. `620102********123X`. Nothing else is accepted in `id_masked`.
 */
export const MASKED_ID_PATTERN = /^\d{6}\*{8}\d{3}[\dX]$/;

export function maskResidentId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(14).toUpperCase()}`;
}
