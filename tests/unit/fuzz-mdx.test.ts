/**
 * Fuzz test of the MDX body check: 10,000 bodies built from fragments an editor or an attacker
 * could write — allowed Markdown, the portal's components, attribute-free tags, escapes, code,
 * and refused forms (import/export, {…}, raw and unknown tags, event attributes, links with
 * encoded or split schemes), mixed with stray `<`, `{`, quotes and cut-off input. Every body
 * goes through the same check as `npm run validate` (src/lib/active-content.ts).
 * Invariants: the check never throws; every problem lies inside the file; a body it accepts
 * compiles with the build's MDX compiler, and its HTML tree has no script, no on* attribute and
 * no link or image with a scheme outside http, https, mailto and tel.
 * Seeded: FUZZ_SEED and FUZZ_CASES override; a failure names the case and its body.
 */
import { describe, expect, it } from 'vitest';
import { mdxToHast } from 'satteri';
import { buildMdxCompiler } from './mdx-compiler.ts';
import { blankFrontMatter, checkMdxContent } from '../../src/lib/active-content.ts';
import { mulberry32, randomTools } from '../../scripts/lib/random.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
const CASES = Number(process.env['FUZZ_CASES'] ?? 10_000);

const SCHEMES = ['https://example.org/a', 'http://example.org', 'mailto:a@example.org', 'tel:12345', '/cases/', '../x/', '#top', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java&#x73;cript:x', 'java%73cript:x', 'java%2573cript:x', '<java\tscript:x>', 'vbscript:x', 'data:text/html,x', 'data:image/png;base64,AA', '&#106;avascript:x', '%6a%61vascript:x', 'ftp://x', 'file:///etc/passwd', './a.png', '%E0%A4%A', 'https://example.org/%E0%A4%A', 'https://例子.中国/路径?q=1'];
const FRAGMENTS = [
  '普通段落文字。', '# 标题', '- 列表项', '1. 第一', '> 引用', '**粗体** _斜体_', '| a | b |\n| - | - |\n| 1 | 2 |', '脚注[^1]\n\n[^1]: 说明',
  '`<script>alert(1)</script>`', '```html\n<script>x()</script>\n```', '\\<script>alert(1)\\</script>', '\\<img src=x onerror=alert(1)>', '\\{1+1\\}', '{/* 注释 */}',
  '<FactBox title="要点">\n\n- 事实\n\n</FactBox>', '<FactBox>\n\n文字\n\n</FactBox>', '<Timeline>\n  <TimelineEvent date="2020-11-03">立案。</TimelineEvent>\n</Timeline>',
  '<TimelineEvent date="2020-11">孤立</TimelineEvent>', '<Timeline title="经过">\n  <TimelineEvent>缺日期</TimelineEvent>\n</Timeline>', '<FactBox title={x}>\n\n文字\n\n</FactBox>', '<FactBox {...p}>\n\nx\n\n</FactBox>', '<FactBox title="a" onclick="x">\n\nx\n\n</FactBox>',
  'H<sub>2</sub>O', '10<sup>3</sup>', '换行<br/>下一行', '<b class="x">粗</b>', '<i onmouseover="alert(1)">斜</i>', '<script>alert(1)</script>', '<iframe src="https://example.org"></iframe>', '<img src="x" onerror="alert(1)" />',
  '<a href="javascript:alert(1)">x</a>', '<svg onload="alert(1)"></svg>', '<style>body{}</style>', '<Chart />', '<x.y />', '<>片段</>', '<!-- 注释 -->',
  'import X from "x"', 'export const a = 1', 'export default () => 1', '{alert(1)}', '{1+1}', '文字 {x} 文字', '<FactBox title="\\{x\\}">\n\nx\n\n</FactBox>',
  '价格 <5 元', 'a < b', '{', '}', '<', '</b>', '<b>', '"', "'", '&amp;', '&#x3c;script&#x3e;', '\u200b', '\u202e', '😀', '\t缩进',
  'www.example.org', 'https://example.org/x', 'a@example.org',
];

/** A random body of fragments, links and images, sometimes cut at a random place. */
function body(r: () => number): string {
  const { int, pick } = randomTools(r);
  const parts: string[] = [];
  for (let i = int(1, 6); i > 0; i--) {
    const k = int(0, 9);
    if (k < 5) parts.push(pick(FRAGMENTS));
    else if (k < 7) parts.push(`[${pick(['链接', '\\<img src=x onerror=alert(1)>', 'javascript:alert(1)'])}](${pick(SCHEMES)}${pick(['', ' "标题"', ' "\\"><script>alert(1)</script>"'])})`);
    else if (k < 8) parts.push(`![图](${pick(SCHEMES)})`);
    else if (k < 9) parts.push(`[引用][r]\n\n[r]: ${pick(SCHEMES)}`);
    else parts.push(`${pick(FRAGMENTS)}${pick(FRAGMENTS)}`);
  }
  let text = parts.join(pick(['\n\n', '\n', ' ', '']));
  if (r() < 0.1) text = text.slice(0, int(0, text.length));
  return text;
}

const compile = await buildMdxCompiler();
const ALLOWED_TAGS = new Set(['br', 'sup', 'sub', 'strong', 'em', 'b', 'i', 's', 'u', 'small', 'mark', 'FactBox', 'Timeline', 'TimelineEvent']);

/** Independent look at the HTML tree of an accepted body: anything that could run. */
function activeParts(tree: unknown): string[] {
  const found: string[] = [];
  const visit = (n: Record<string, unknown>) => {
    if ((n['type'] === 'mdxJsxFlowElement' || n['type'] === 'mdxJsxTextElement') && !ALLOWED_TAGS.has(String(n['name']))) found.push(`<${String(n['name'])}>`);
    if (n['type'] === 'mdxjsEsm' || ((n['type'] === 'mdxFlowExpression' || n['type'] === 'mdxTextExpression') && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(n['value'])))) found.push(String(n['type']));
    if (n['type'] === 'element') {
      if (n['tagName'] === 'script' || n['tagName'] === 'iframe') found.push(String(n['tagName']));
      for (const [k, v] of Object.entries((n['properties'] as Record<string, unknown>) ?? {})) {
        if (/^on/i.test(k)) found.push(k);
        if ((k === 'href' || k === 'src') && typeof v === 'string') {
          const squeezed = v.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/[^a-z0-9:/#?.@_-]/gi, '').toLowerCase();
          if (/^(javascript|vbscript|data|file|ftp):/.test(squeezed)) found.push(`${k}=${v}`);
        }
      }
    }
    for (const c of (n['children'] as Record<string, unknown>[]) ?? []) visit(c);
  };
  visit(tree as Record<string, unknown>);
  return found;
}

describe(`fuzzed MDX bodies (${CASES} cases, seed ${SEED})`, () => {
  it('never crash the check, put every problem inside the file, and build when accepted', async () => {
    const r = mulberry32(SEED);
    let accepted = 0;
    for (let n = 0; n < CASES; n++) {
      const frontLines = 1 + Math.floor(r() * 4);
      const source = `---\n${Array.from({ length: frontLines }, (_, i) => `k${i}: 值`).join('\n')}\n---\n\n${body(r)}\n`;
      const lines = source.split('\n');
      let issues;
      try {
        issues = checkMdxContent('content/cases/2021/fuzz.mdx', source);
      } catch (e) {
        throw new Error(`case ${n}: the check threw ${String(e)}\n${source}`);
      }
      for (const i of issues) {
        const inside = i.line > frontLines + 2 && i.line <= lines.length && i.column >= 1 && i.column <= lines[i.line - 1]!.length + 1;
        expect(inside, `case ${n}: ${i.line}:${i.column} ${i.message}\n${source}`).toBe(true);
        expect(i.message, `case ${n}`).toMatch(/[\u4e00-\u9fff]/);
      }
      if (issues.length) continue;
      accepted++;
      const blank = blankFrontMatter(source);
      await expect(compile(source), `case ${n}: accepted but does not compile\n${source}`).resolves.toHaveProperty('code');
      expect(activeParts(mdxToHast(blank)), `case ${n}: accepted with active content\n${source}`).toEqual([]);
    }
    console.log(`MDX fuzz: ${accepted} of ${CASES} bodies accepted`);
    // The corpus must exercise both sides.
    expect(accepted).toBeGreaterThan(CASES / 20);
    expect(accepted).toBeLessThan(CASES * 0.9);
  }, 120_000);
});
