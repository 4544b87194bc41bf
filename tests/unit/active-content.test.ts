import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxToHast } from 'satteri';
import { formatIssue } from '../../src/lib/issues.ts';
import { buildMdxCompiler } from './mdx-compiler.ts';
import { checkMdxContent, effectiveScheme, MDX_COMPONENTS, PLAIN_ELEMENTS } from '../../src/lib/active-content.ts';

const FILE = 'content/cases/2021/x.mdx';
/** Three lines of front matter and a blank line: the body starts on line 5. */
const HEAD = '---\ntitle: 标题\n---\n\n';
const check = (body: string) => checkMdxContent(FILE, `${HEAD}${body}\n`);
/** `line:column (key)` of every problem, the shape the tests compare. */
const places = (body: string) => check(body).map((i) => `${i.line}:${i.column} (${i.key})`);

/** The build's own MDX compiler (@astrojs/mdx → @astrojs/markdown-satteri), with Astro's options. */
const compile = await buildMdxCompiler();

/** Named bad bodies, each with the place of every problem (line 5 is the first body line). */
const BAD: Record<string, [string, string[]]> = {
  'script element': ['正文 <script>alert(1)</script>', ['5:4 (mdx)']],
  'iframe element': ['<iframe src="https://example.org"></iframe>', ['5:1 (mdx)']],
  'img with onerror': ['图 <img src="x" onerror="alert(1)" />', ['5:3 (mdx)']],
  'unknown component': ['<Chart data="x" />', ['5:1 (mdx)']],
  'fragment': ['<>文字</>', ['5:1 (mdx)']],
  'import statement': ['import X from "./x.js"\n\n正文', ['5:1 (mdx)']],
  'export statement': ['正文\n\nexport const a = 1', ['7:1 (mdx)']],
  'expression in text': ['合计 {1 + 1} 元', ['5:4 (mdx)']],
  'comment followed by code': ['{/* 注释 */ alert(1)}', ['5:1 (mdx)']],
  'expression in a component prop': ['<FactBox title={alert(1)}>\n\n要点\n\n</FactBox>', ['5:10 (mdx)']],
  'attribute spread on a component': ['<FactBox {...props}>\n\n要点\n\n</FactBox>', ['5:10 (mdx)']],
  'unknown prop on a component': ['<FactBox title="要点" onclick="x">\n\n要点\n\n</FactBox>', ['5:21 (mdx)']],
  'attribute on a plain element': ['上标<sup class="x">2</sup>', ['5:8 (mdx)']],
  'event attribute on a plain element': ['<b onmouseover="alert(1)">粗</b>', ['5:4 (mdx)']],
  'timeline event without date': ['<Timeline>\n  <TimelineEvent>立案</TimelineEvent>\n</Timeline>', ['6:3 (mdx)']],
  'timeline event with a bad date': ['<Timeline>\n  <TimelineEvent date="2020年">立案</TimelineEvent>\n</Timeline>', ['6:18 (mdx)']],
  'timeline event outside a timeline': ['<TimelineEvent date="2020-01-02">立案</TimelineEvent>', ['5:1 (mdx)']],
  'bidi control written as a character reference': ['正文&#x202E;文字', ['5:1 (invisible)']],
  'zero-width joiner as a named reference in a link title': ['[链接](https://example.org "标题&zwj;")', ['5:1 (invisible)']],
  'javascript: link': ['[点我](javascript:alert(1))', ['5:1 (url)']],
  'vbscript: link': ['[点我](vbscript:msgbox)', ['5:1 (url)']],
  'data: link': ['[点我](data:text/html,x)', ['5:1 (url)']],
  'data: image': ['![图](data:image/png;base64,AAAA)', ['5:1 (url)']],
  'entity-encoded javascript: link': ['前文 [点我](java&#x73;cript&colon;alert(1))', ['5:4 (url)']],
  'percent-encoded javascript: link': ['[点我](java%73cript:alert(1))', ['5:1 (url)']],
  'double-encoded javascript: link': ['[点我](java%2573cript:alert(1))', ['5:1 (url)']],
  'tab-split javascript: link': ['[点我](<java\tscript:alert(1)>)', ['5:1 (url)']],
  'entity-newline-split javascript: link': ['[点我](java&#10;script:alert(1))', ['5:1 (url)']],
  'leading-space javascript: link': ['[点我](< javascript:alert(1)>)', ['5:1 (url)']],
  'javascript: reference definition': ['[点我][r]\n\n[r]: javascript:alert(1)', ['7:1 (url)']],
  'relative image (an import at build time)': ['![图](./photo.png)', ['5:1 (url)']],
  'image with a broken %-sequence': ['![图](https://example.org/%E0%A4%A)', ['5:1 (url)']],
};

/** Named good bodies: Markdown, escapes, code, the portal's components, allowed links. */
const GOOD: Record<string, string> = {
  'a character reference in a code span, shown as text': '写法 `&#x202E;` 会被拒绝',
  'escaped tags and braces': '\\<script>alert(1)\\</script> 与 \\<img src=x onerror=alert(1)> 和 \\{1+1\\}',
  'code span and fenced code': '`<script>alert(1)</script>`\n\n```html\n<script>ok()</script>\n<img src=x onerror=alert(1)>\n```',
  'editors’ comment': '{/* 下列措施为原文，按句分条。 */}\n\n- 措施一',
  'links with allowed schemes': '[来源](https://example.org/a?b=1 "标题 <script>") [邮件](mailto:a@example.org) [电话](tel:12345) [站内](/cases/) [相对](../x/) [锚点](#top) www.example.org https://example.org/x',
  'payload text in link text and title': '[\\<img src=x onerror=alert(1)> javascript:alert(1)](https://example.org "\\"><script>alert(1)</script>")',
  'https and site images': '![图](https://example.org/a.png) ![图](/og/x.png)',
  'plain formatting elements': 'H<sub>2</sub>O，10<sup>3</sup>，<strong>重点</strong><br/>下一行',
  'components with text props': '<FactBox title="案件要点 \\<script>">\n\n- 拖欠工资\n\n</FactBox>\n\n<Timeline title="经过">\n  <TimelineEvent date="2020-11-03">立案。</TimelineEvent>\n  <TimelineEvent date="2020-12">决定。</TimelineEvent>\n</Timeline>',
  'a colon in ordinary words': '[说明：见附件](附件/说明.pdf) 时间 10:30',
};

describe('MDX bodies are content, not code', () => {
  for (const [name, [body, expected]] of Object.entries(BAD)) {
    it(`refuses a ${name} at its place in the file`, () => {
      expect(places(body)).toEqual(expected);
    });
  }

  for (const [name, body] of Object.entries(GOOD)) {
    it(`accepts ${name}, and the build's MDX compiler compiles it`, async () => {
      expect(check(body).map(formatIssue)).toEqual([]);
      await expect(compile(`${HEAD}${body}\n`)).resolves.toHaveProperty('code');
    });
  }

  it('words the refusal of a script element in Chinese, with the escape to use', () => {
    expect(check('正文 <script>alert(1)</script>').map(formatIssue)).toEqual([
      `${FILE}:5:4: 正文中不能使用标签 <script>：正文只能用 Markdown、组件 FactBox、Timeline、TimelineEvent 和不带属性的 <br> <sup> <sub> <strong> <em> <b> <i> <s> <u> <small> <mark>（见 content/README.md）。如果只是要写出这些字符，请在 < 或 { 前加反斜杠（\\< 、\\{），或放在反引号 \`…\` 中 (mdx)`,
    ]);
  });

  it('reports every problem of a body at once, in order', () => {
    expect(places('import A from "a"\n\n<script>x</script> {y}\n\n[a](javascript:z)')).toEqual(['5:1 (mdx)', '7:1 (mdx)', '7:20 (mdx)', '9:1 (url)']);
  });

  it('refuses a body the parser cannot read at the parser’s position, in Chinese', () => {
    const unclosed = check('第一段\n\n<FactBox title="要点">\n\n没有结束标签');
    expect(unclosed.map((i) => `${i.line}:${i.column}`)).toEqual(['7:1']);
    expect(unclosed[0]!.message).toMatch(/^正文无法按 MDX 解析，构建会失败：标签 <FactBox> 没有对应的结束标签/);
    expect(places('数量 <5 件')).toEqual(['5:4 (mdx)']);
    expect(places('花括号 { 未闭合')).toEqual(['5:5 (mdx)']);
    expect(places('<!-- 注释 -->')).toEqual(['5:1 (mdx)']);
    for (const body of ['数量 <5 件', '<b>未闭合', '{']) expect(check(body)[0]!.message).not.toMatch(/[A-Za-z]{6,}/);
  });

  it('counts front matter lines and carriage returns in positions', () => {
    const crlf = '---\r\ntitle: 标题\r\nsummary: 摘要\r\n---\r\n\r\n<script>x</script>\r\n';
    expect(checkMdxContent('a.mdx', crlf).map((i) => `${i.line}:${i.column}`)).toEqual(['6:1']);
  });

  it('lets escaped tags and code render as text, not elements', () => {
    const tree = JSON.stringify(mdxToHast('\\<script>alert(1)\\</script> `<img src=x onerror=alert(1)>`'));
    expect(tree).not.toMatch(/"tagName":"(script|img)"/);
    expect(tree).toContain('<script>alert(1)</script>');
  });

  it('decodes entities, percent-encoding and drops whitespace before reading a scheme', () => {
    expect(effectiveScheme('java&#x73;cript:x')).toBe('javascript');
    expect(effectiveScheme('jav&Tab;ascript:x')).toBe('javascript');
    expect(effectiveScheme('%6Aavascript:x')).toBe('javascript');
    expect(effectiveScheme('\u0001 java\u200bscript:x')).toBe('javascript');
    expect(effectiveScheme('HTTPS://example.org')).toBe('https');
    expect(effectiveScheme('/cases/x/')).toBeUndefined();
    expect(effectiveScheme('说明：见附件')).toBeUndefined();
  });

  it('allows exactly the components the pages pass to MDX', () => {
    // The .astro components cannot be imported outside Astro; the map's keys are read from its source.
    const source = readFileSync('src/components/mdx/index.ts', 'utf8');
    const keys = /mdxComponents = \{([^}]*)\}/.exec(source)![1]!.split(',').map((s) => s.trim()).filter(Boolean);
    expect(keys.sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
    for (const page of ['src/pages/areas/[slug].astro', 'src/pages/notices/[id].astro', 'src/components/case/CaseArticle.astro']) {
      expect(readFileSync(page, 'utf8'), page).toContain('<Content components={mdxComponents} />');
    }
    expect(PLAIN_ELEMENTS).not.toContain('a');
    expect(PLAIN_ELEMENTS).not.toContain('img');
  });
});

describe('front matter address fields (sources, tip-off channels, unit websites)', () => {
  it('accept only https addresses, however the scheme is written', async () => {
    const { httpsUrl } = await import('../../src/schemas/common.ts');
    const ok = (s: string) => httpsUrl.safeParse(s).success;
    expect(ok('https://example.org/a?b=1')).toBe(true);
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '&#x6a;avascript:alert(1)', 'java%73cript:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://example.org/', '//example.org/', '/cases/']) {
      expect(ok(bad), bad).toBe(false);
    }
  });
});
