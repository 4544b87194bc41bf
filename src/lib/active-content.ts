/**
 * Editors' MDX bodies are content, not programs. An MDX body is compiled to JavaScript by the
 * build, so an `import`, a `{…}` expression, a raw `<script>` or `<img onerror>`, or a
 * `javascript:` link pasted into a case would run on the public site (the CSP is the second
 * wall, not the first).
 *
 * The body is parsed with the parser the build itself uses (satteri, through @astrojs/mdx and
 * @astrojs/markdown-satteri), on the whole file with the front matter blanked out as Astro does,
 * so positions are positions in the file and what validation sees is what the build compiles.
 * Then the tree is checked against an allow-list: Markdown, the portal's own MDX components
 * (src/components/mdx/) with plain-text props, a few attribute-free formatting elements, and
 * links whose scheme is http, https, mailto or tel (or none: a relative address). A body the
 * parser refuses is reported at the parser's position, in Chinese.
 *
 * The allowed components and elements are listed in content/README.md; keep them in step.
 */
import { mdxToMdast } from 'satteri';
import { decodeHTML } from 'entities';
import { LineIndex, type Issue } from './issues.ts';
import { findInvisible, invisibleMessage } from './invisible.ts';

/** A component editors may use, with its props: all plain text, written `name="…"`. */
interface ComponentRule {
  props: Record<string, { required?: boolean; pattern?: RegExp; hint?: string; url?: boolean }>;
  /** The component that must directly contain it. */
  parent?: string;
}

/** The portal's own MDX components (src/components/mdx/index.ts), passed to every body. */
export const MDX_COMPONENTS: Record<string, ComponentRule> = {
  FactBox: { props: { title: {} } },
  Timeline: { props: { title: {} } },
  TimelineEvent: {
    props: { date: { required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, hint: 'YYYY-MM-DD 或 YYYY-MM' } },
    parent: 'Timeline',
  },
};

/** Plain formatting elements allowed without any attribute (`<br/>`, `<sup>2</sup>` …). */
export const PLAIN_ELEMENTS = ['br', 'sup', 'sub', 'strong', 'em', 'b', 'i', 's', 'u', 'small', 'mark'];

/** Schemes a link or image may use; an address without a scheme is relative and allowed. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  title?: string | null;
  alt?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number } };
}

const ESCAPE_HINT = '如果只是要写出这些字符，请在 < 或 { 前加反斜杠（\\< 、\\{），或放在反引号 `…` 中';

/** Percent-decodes what can be decoded, leaving malformed sequences as they are. */
function percentDecode(s: string): string {
  return s.replace(/(?:%[0-9a-f]{2})+/gi, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return seq.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
  });
}

/**
 * The scheme a browser could end up with: HTML entities and percent-encoding decoded (again
 * and again, as long as something changes), whitespace, control and format characters dropped
 * (browsers drop tabs and newlines inside URLs). Undefined for a relative address.
 */
export function effectiveScheme(url: string): string | undefined {
  let s = url;
  for (let i = 0; i < 8; i++) {
    const d = percentDecode(decodeHTML(s));
    if (d === s) break;
    s = d;
  }
  s = s.replace(/[\s\p{Cc}\p{Cf}]/gu, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(s);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** A Chinese reason when `url` may not be used as a link or image address, else undefined. */
export function urlProblem(url: string, image: boolean): string | undefined {
  const scheme = effectiveScheme(url);
  if (scheme !== undefined && !ALLOWED_SCHEMES.includes(scheme)) {
    return `链接地址“${scheme}:”不允许：只能用 http、https、mailto、tel 开头的地址或站内相对地址`;
  }
  if (image) {
    // The build resolves a relative image path as a file to import (and decodes it with
    // decodeURI): a missing file or a broken %-sequence would stop the build.
    if (scheme !== 'http' && scheme !== 'https' && !url.startsWith('/')) {
      return '图片地址只能是 https:// 网址或以 / 开头的站内地址';
    }
    try {
      decodeURI(url);
    } catch {
      return '图片地址中的 % 编码不完整';
    }
  }
  return undefined;
}

/** Spaces over the front matter, newlines kept: what Astro hands the MDX compiler. */
export function blankFrontMatter(text: string): string {
  const m = /^---\n(?:[\s\S]*?\n)?---/.exec(text);
  return m ? m[0].replace(/[^\n]/g, ' ') + text.slice(m[0].length) : text;
}

/** Chinese explanation of a parser error (satteri's messages are English). */
function parserHint(message: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/Expected a closing tag for `<([^>`]*)>`/, (m) => `标签 <${m[1]}> 没有对应的结束标签 </${m[1]}>（不需要结束标签的写成 <${m[1]}/>）`],
    [/Unexpected closing (?:slash|tag)/, () => '多了一个结束标签，或开始和结束标签不配对'],
    [/Unexpected end of file in expression|expected a corresponding closing brace/, () => '花括号 { 没有配对'],
    [/create a comment in MDX/, () => '正文中不能写 HTML 注释 <!-- -->'],
    [/Unexpected character .* after `<`|expected a valid JSX tag|before name/, () => '单独的 < 会被当作标签的开头'],
    [/Unexpected end of file/, () => '文件在标签或花括号中间结束了'],
    [/acorn|import|export/, () => 'import/export 语句无法解析'],
  ];
  for (const [re, hint] of rules) {
    const m = re.exec(message);
    if (m) return hint(m);
  }
  return '无法解析';
}

/**
 * Checks one MDX/Markdown file (front matter included, so that positions are in the file).
 * Every problem is reported; an unparseable body gives one problem at the parser's position.
 */
export function checkMdxContent(file: string, source: string): Issue[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = new LineIndex(text);
  const issues: Issue[] = [];
  const push = (at: { line: number; column: number }, key: string, message: string) => issues.push({ file, line: at.line, column: at.column, key, message });

  let tree: MdNode;
  try {
    tree = mdxToMdast(blankFrontMatter(text)) as unknown as MdNode;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+)/.exec(message);
    const at = m ? clampPosition(text, Number(m[1]), Number(m[2])) : { line: 1, column: 1 };
    push(at, 'mdx', `正文无法按 MDX 解析，构建会失败：${parserHint(message)}。${ESCAPE_HINT}`);
    return issues;
  }

  const posOf = (node: MdNode) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  /** Where attribute `name` (or the first `{` for a spread) stands in the element's opening tag. */
  const attributeAt = (node: MdNode, name: string | undefined) => {
    const start = node.position?.start.offset;
    if (start === undefined) return posOf(node);
    const tag = text.slice(start, start + 4000);
    const end = tag.search(/\/?>/);
    const head = end < 0 ? tag : tag.slice(0, end);
    const i = name === undefined ? head.indexOf('{') : head.search(new RegExp(`\\s${name.replace(/[^\w:-]/g, '\\$&')}(?=[\\s=/>]|$)`)) + 1;
    return i > 0 ? lines.at(start + i) : posOf(node);
  };

  const visit = (node: MdNode, parent: MdNode | undefined) => {
    switch (node.type) {
      case 'mdxjsEsm':
        push(posOf(node), 'mdx', `正文中不能写 import 或 export 语句：正文是内容，不是程序；可用的组件不需要 import（见 content/README.md）`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A single block comment `{/* … */}` compiles to nothing: editors' notes are allowed.
        if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(String(node.value ?? ''))) break;
        push(posOf(node), 'mdx', `正文中不能有花括号表达式 {…}：它会作为程序运行。${ESCAPE_HINT}，或改用全角括号｛｝`);
        break;
      case 'html':
        push(posOf(node), 'mdx', `正文中不能写 HTML 代码。${ESCAPE_HINT}`);
        break;
      case 'text':
        invisibleFromReferences(node, [node.value]);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parent);
        break;
      case 'link':
      case 'definition':
      case 'image': {
        const problem = urlProblem(String(node.url ?? ''), node.type === 'image');
        if (problem) push(posOf(node), 'url', problem);
        invisibleFromReferences(node, [node.title, node.alt]);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child, node);
  };

  /**
   * A character reference (`&#x202E;`, `&zwj;`) puts an invisible character into the page that
   * the file itself does not hold, so the scan of the file's characters cannot see it: the
   * parsed values can. One message per node, at the node.
   */
  const invisibleFromReferences = (node: MdNode, values: unknown[]) => {
    for (const v of values) {
      // A character the file holds as such has been reported by the scan of the file already.
      const found = typeof v === 'string' ? findInvisible(v).find((f) => !text.includes(String.fromCodePoint(f.code))) : undefined;
      if (found) {
        push(posOf(node), 'invisible', invisibleMessage(found.code, found.name));
        return;
      }
    }
  };

  const checkElement = (node: MdNode, parent: MdNode | undefined) => {
    const name = node.name ?? '';
    const attrs = node.attributes ?? [];
    const component = Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
    if (component) {
      for (const a of attrs) {
        if (a.type !== 'mdxJsxAttribute') {
          push(attributeAt(node, undefined), 'mdx', `组件 <${name}> 的属性中不能有花括号表达式 {…}：属性只能写成 名称="文字"`);
          continue;
        }
        const prop = Object.hasOwn(component.props, a.name ?? '') ? component.props[a.name!] : undefined;
        const at = attributeAt(node, a.name);
        if (!prop) {
          const known = Object.keys(component.props).join('、');
          push(at, 'mdx', `组件 <${name}> 没有属性“${a.name}”：可用的属性只有 ${known}`);
        } else if (typeof a.value !== 'string') {
          push(at, 'mdx', a.value === null || a.value === undefined
            ? `组件 <${name}> 的属性 ${a.name} 应写成 ${a.name}="文字"`
            : `组件 <${name}> 的属性中不能有花括号表达式 {…}：属性只能写成 名称="文字"`);
        } else if (prop.pattern && !prop.pattern.test(a.value)) {
          push(at, 'mdx', `组件 <${name}> 的属性 ${a.name}="${a.value}" 格式不对，应写作 ${prop.hint ?? ''}`);
        } else if (prop.url) {
          const problem = urlProblem(a.value, false);
          if (problem) push(at, 'url', problem);
        }
      }
      for (const [p, rule] of Object.entries(component.props)) {
        if (rule.required && !attrs.some((a) => a.type === 'mdxJsxAttribute' && a.name === p)) {
          push(posOf(node), 'mdx', `组件 <${name}> 缺少属性 ${p}（写作 ${p}="${rule.hint ?? '…'}"）`);
        }
      }
      if (component.parent && parent?.name !== component.parent) {
        push(posOf(node), 'mdx', `组件 <${name}> 只能直接写在 <${component.parent}> 之中`);
      }
      return;
    }
    if (PLAIN_ELEMENTS.includes(name)) {
      if (attrs.length) push(attributeAt(node, attrs[0]!.type === 'mdxJsxAttribute' ? attrs[0]!.name : undefined), 'mdx', `标签 <${name}> 不能带属性：正文中只能写不带属性的 <${name}>`);
      return;
    }
    const shown = name ? `<${name}>` : '<>';
    push(posOf(node), 'mdx', `正文中不能使用标签 ${shown}：正文只能用 Markdown、组件 ${Object.keys(MDX_COMPONENTS).join('、')} 和不带属性的 ${PLAIN_ELEMENTS.map((e) => `<${e}>`).join(' ')}（见 content/README.md）。${ESCAPE_HINT}`);
  };

  visit(tree, undefined);
  return issues;
}

/** The parser's line:column, kept inside the text (an error at the end of the file points past it). */
function clampPosition(text: string, line: number, column: number): { line: number; column: number } {
  const all = text.split('\n');
  const l = Math.min(Math.max(1, line), all.length);
  const c = Math.min(Math.max(1, column), (all[l - 1]?.length ?? 0) + 1);
  return { line: l, column: c };
}
