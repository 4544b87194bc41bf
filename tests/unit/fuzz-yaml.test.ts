/**
 * Fuzz test of YAML and front matter (src/lib/frontmatter.ts, used for MDX front matter,
 * meta.yml and dataset.yml): 10,000 documents built from plain fields and the constructs that
 * are refused — tags, anchors, aliases, merge keys, duplicate keys, alias bombs — with random
 * character damage (tabs, quotes, brackets, colons, control characters, cut-off input).
 * Invariants: parsing never throws and stays fast; every problem lies inside the document; a
 * document with a tag, anchor, alias or merge key gives no values at all; a document it accepts
 * is also read by the build's own front-matter parser (Astro's, js-yaml) without an error.
 * Seeded: FUZZ_SEED and FUZZ_CASES override; a failure names the case and its text.
 */
import { describe, expect, it } from 'vitest';
import { parseFrontmatter as astroFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseFrontMatter } from '../../src/lib/frontmatter.ts';
import { mulberry32, randomTools } from '../../scripts/lib/random.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
const CASES = Number(process.env['FUZZ_CASES'] ?? 10_000);

const KEYS = ['title', 'summary', 'area', 'units', 'published_on', 'sources', '标题', '"quoted key"', '<<', 'a b'];
const VALUES = ['标题', '"带引号的值"', "'单引号'", '2021-03-15', '12345', 'true', 'null', '[a, b]', '{ a: 1 }', '|\n  多行\n  文字', '>\n  折叠', '"!!js/function"', '"&a *b"', '感叹号!', 'https://example.org/', '~', '0x1F', '1e3', '.inf'];
const MARKS = ['!!js/function "function(){}"', '!!binary aGk=', '!!set { a, b }', '!!omap [ { a: 1 } ]', '!!timestamp 2021-01-01', '!include x.yml', '!<tag:yaml.org,2002:str> x', '&a 值', '*a', '!!python/object:os.system ls', '&b [1, 2]', '*b'];
const DAMAGE = ['\t', '"', "'", '[', ']', '{', '}', ':', ': ', '- ', '#', '&', '*', '!', '|', '>', '%', '@', '`', '\u0000', '\u0085', '\ufeff', '\n', '  ', '---', '...'];

function bomb(depth: number): string {
  const names = 'abcdefghijklmnop';
  let y = `${names[0]}: &${names[0]} ["哈","哈","哈","哈","哈","哈","哈","哈"]\n`;
  for (let i = 1; i < depth; i++) y += `${names[i]}: &${names[i]} [${Array(8).fill(`*${names[i - 1]}`).join(',')}]\n`;
  return y;
}

function document(r: () => number): string {
  const { int, pick } = randomTools(r);
  if (r() < 0.02) return bomb(int(2, 16));
  const lines: string[] = [];
  for (let i = int(0, 8); i > 0; i--) {
    const indent = r() < 0.15 ? pick(['  ', '    ', '\t', ' ']) : '';
    const key = pick(KEYS);
    const k = int(0, 9);
    if (k < 6) lines.push(`${indent}${key}: ${pick(VALUES)}`);
    else if (k < 8) lines.push(`${indent}${key}: ${pick(MARKS)}`);
    else if (k < 9) lines.push(`${indent}${key}:\n  - ${pick([...VALUES, ...MARKS])}\n  - <<: { x: 1 }`);
    else lines.push(`${indent}- ${pick(VALUES)}`);
  }
  let text = lines.join('\n');
  for (let i = r() < 0.4 ? int(1, 4) : 0; i > 0; i--) {
    const at = int(0, text.length);
    text = text.slice(0, at) + pick(DAMAGE) + text.slice(at);
  }
  if (r() < 0.1) text = text.slice(0, int(0, text.length));
  return text;
}

describe(`fuzzed YAML and front matter (${CASES} cases, seed ${SEED})`, () => {
  it('never crash or hang, put every problem inside the document, and give no values from refused constructs', () => {
    const r = mulberry32(SEED);
    let refused = 0;
    let slowest = 0;
    for (let n = 0; n < CASES; n++) {
      const yaml = document(r);
      // "---" inside the YAML ends the front matter early: the positions still have to be in the file.
      const source = `---\n${yaml}\n---\n\n正文\n`;
      const lines = source.split('\n');
      const t0 = performance.now();
      let fm;
      try {
        fm = parseFrontMatter('content/cases/2021/fuzz.mdx', source);
      } catch (e) {
        throw new Error(`case ${n}: threw ${String(e)}\n${yaml}`);
      }
      slowest = Math.max(slowest, performance.now() - t0);
      for (const i of fm.issues) {
        const inside = i.line >= 1 && i.line <= lines.length && i.column >= 1 && i.column <= lines[i.line - 1]!.length + 1;
        expect(inside, `case ${n}: ${i.line}:${i.column} ${i.message}\n${yaml}`).toBe(true);
        expect(i.message, `case ${n}`).toMatch(/[\u4e00-\u9fff]/);
      }
      const plainRefused = fm.issues.some((i) => /类型标签|锚点|引用|合并键/.test(i.message));
      if (plainRefused) {
        refused++;
        expect(fm.data, `case ${n}: values read from a refused document\n${yaml}`).toEqual({});
      }
      // Accepted front matter (fields: every schema wants a mapping) is also read by the build (Astro's own front-matter parser).
      if (!fm.issues.length && fm.data !== null && typeof fm.data === 'object' && !Array.isArray(fm.data)) {
        try {
          astroFrontmatter(source, { frontmatter: 'empty-with-spaces' });
        } catch (e) {
          throw new Error(`case ${n}: accepted, but the build's front-matter parser throws ${String(e)}\n${yaml}`);
        }
      }
      expect(JSON.stringify(fm.data ?? null).length, `case ${n}: expanded\n${yaml}`).toBeLessThan(100_000);
    }
    expect(refused).toBeGreaterThan(CASES / 10);
    expect(slowest).toBeLessThan(1000);
  }, 120_000);
});
