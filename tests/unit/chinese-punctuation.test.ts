/**
 * "Chinese punctuation in Chinese text": no ASCII comma, semicolon, colon, question or
 * exclamation mark or parenthesis beside a Chinese character in any text the portal shows —
 * the MDX pages (front matter and body), the YAML settings and every cell of the CSV data. The
 * files are read with the `yaml` and papaparse packages, not the portal's loaders.
 */
import { globSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { asciiPunctuationInChinese } from '../../src/lib/punctuation.ts';

const strings = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
};
const slips = (file: string, texts: string[]) => texts.flatMap((t) => asciiPunctuationInChinese(t).map((h) => `${file}: …${h.excerpt}…`));

describe('ASCII punctuation in Chinese text', () => {
  it('is found beside Chinese characters, and only there', () => {
    expect(asciiPunctuationInChinese('严格落实电话用户实名制,加大打击力度').map((h) => h.excerpt)).toEqual(['电话用户实名制,加大打击力度']);
    expect(asciiPunctuationInChinese('交易场所(包括各类交易中心)').length).toBe(2);
    expect(asciiPunctuationInChinese('打击力度;严惩').length).toBe(1);
    expect(asciiPunctuationInChinese('严格落实，加大（包括）力度；严惩：是否？是！')).toEqual([]);
    expect(asciiPunctuationInChinese('see https://example.org/a,b (c) 2026-08-01')).toEqual([]);
  });

  it('appears nowhere in the pages, settings and data shipped with the portal', () => {
    const found: string[] = [];
    for (const f of globSync('content/**/*.mdx')) {
      const text = readFileSync(f, 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      found.push(...slips(f, m ? [...strings(parse(m[1]!)), text.slice(m[0].length)] : [text]));
    }
    for (const f of globSync('data/**/*.yml')) found.push(...slips(f, strings(parse(readFileSync(f, 'utf8')))));
    for (const f of globSync('data/**/*.csv')) found.push(...slips(f, Papa.parse<string[]>(readFileSync(f, 'utf8'), { skipEmptyLines: true }).data.flat()));
    expect(found).toEqual([]);
  });
});
