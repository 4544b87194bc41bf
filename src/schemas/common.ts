/**
 * Building blocks shared by the record schemas. Messages are Chinese, for editors.
 * Every schema is used twice with the same code: by `npm run validate` (outside Astro)
 * and by the Astro build.
 */
import { z } from 'astro/zod';
import { normaliseName } from '../lib/names.ts';

/**
 * Longest value per kind of field, in characters (listed in data/README.md). Past these, a
 * value is a pasting accident or an attack on the pages' layout, not a record.
 */
export const FIELD_LIMITS = {
  /** Ids, slugs, keys. */
  id: 64,
  /** Names of subjects, persons, units; titles; decision numbers; labels. */
  name: 200,
  /** Reasons, legal bases, summaries, descriptions, any other text. */
  text: 2000,
  /** Web addresses. */
  url: 2048,
} as const;

/** A refinement that a string has at most `limit` characters, with the one message for it. */
export function atMost(limit: number) {
  return [
    (s: string) => s.length <= limit || [...s].length <= limit,
    { error: (i: { input: unknown }) => `超过 ${limit} 个字的上限（现有 ${[...String(i.input)].length} 个字）：请精简；详细内容可写在案例或通报的正文中` },
  ] as const;
}

/** Permanent key: ASCII letters, digits and hyphens. Once published, never renamed or reused. */
export const idKey = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空' : '应为文本') })
  .regex(/^[A-Za-z0-9-]+$/, { error: '只能包含英文字母、数字和连字符（-）' })
  .refine(...atMost(FIELD_LIMITS.id));

/** Lower-case slug used in URLs. */
export const slug = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空' : '应为文本') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '只能包含小写英文字母、数字和连字符，例如 telecom-fraud' })
  .refine(...atMost(FIELD_LIMITS.id));

export const text = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空' : '应为文本') })
  .trim()
  .min(1, { error: '必填项为空' })
  .refine(...atMost(FIELD_LIMITS.text));

/** A required name (subject, person, unit), NFKC-normalised: see normaliseName. */
export const name = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空' : '应为文本') })
  .trim()
  .min(1, { error: '必填项为空' })
  .refine(...atMost(FIELD_LIMITS.name))
  .transform(normaliseName);

function isRealIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns unquoted dates into Date objects;
 * those are accepted and turned back into the same string.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: (i) => (i.input === undefined ? '必填项为空' : '日期应写作 YYYY-MM-DD') })
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: (i) => `日期“${String(i.input)}”格式不对，应写作 YYYY-MM-DD，例如 2019-12-31` })
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isRealIsoDate(s), { error: (i) => `日期“${String(i.input)}”不存在（请检查月份和日子）` })
    // Outside these years a date is a typing mistake (0019 for 2019), and period arithmetic leaves the calendar.
    .refine((s) => !isRealIsoDate(s) || (s >= '1900-01-01' && s <= '2100-12-31'), { error: (i) => `日期“${String(i.input)}”的年份不合理：应在 1900 年到 2100 年之间` }),
);

/** A month written `YYYY-MM`. */
export const isoMonth = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空' : '月份应写作 YYYY-MM') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (i) => `月份“${String(i.input)}”格式不对，应写作 YYYY-MM，例如 2019-06` });

/** An https address (reporting forms, sources). Plain http is refused: citizens submit personal data there. */
export const httpsUrl = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空' : '应为网址') })
  .refine(...atMost(FIELD_LIMITS.url))
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, { error: (i) => `“${String(i.input)}”不是 https:// 开头的有效网址` });

/** A telephone hotline: digits, optionally with area code and hyphen, e.g. 12345 or 0931-12345. */
export const hotline = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空' : '应为电话号码') })
  .regex(/^(\d{3,4}-)?\d{3,8}$/, { error: (i) => `电话“${String(i.input)}”格式不对，例如 12345 或 0931-8888888` });

/** Turns CSV empty cells into "absent" so that `.optional()` works on them. */
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
