/**
 * Chinese text takes Chinese punctuation: an ASCII comma, semicolon, colon, question or
 * exclamation mark, or parenthesis next to a Chinese character is a typing slip (，；：？！（）).
 * Pure; the content test (tests/unit/chinese-punctuation.test.ts) runs it over every text that
 * is shown to people.
 */

const HAN = '\\u3400-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e“”‘’';
const SLIP = new RegExp(`[${HAN}][ \\t]*[,;:?!()]|[,;:?!()][ \\t]*[${HAN}]`, 'gu');

/** Each slip as a short excerpt with its offset in the text. */
export function asciiPunctuationInChinese(text: string): { at: number; excerpt: string }[] {
  return [...text.matchAll(SLIP)].map((m) => ({ at: m.index, excerpt: text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6) }));
}
