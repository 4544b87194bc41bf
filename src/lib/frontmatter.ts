/**
 * Front matter of MDX/Markdown files (and, through readYaml, meta.yml and dataset.yml), parsed
 * with positions so that a bad field is reported at its own line and column in the file.
 *
 * YAML is plain data here: fields, text, numbers, lists. Tags (`!!binary`, `!!js/function`,
 * `!!set`, any `!tag`), anchors, aliases and merge keys (`<<`) are refused with their position,
 * and a document that has any of them is never turned into values: an alias bomb ("billion
 * laughs") is refused before anything is expanded. Duplicate keys are refused by the parser
 * (uniqueKeys). The core schema resolves no timestamps, so dates stay text.
 */
import { isAlias, isPair, isScalar, LineCounter, parseDocument, visit, isMap, isSeq, type Node } from 'yaml';
import { LineIndex, type Issue } from './issues.ts';

export interface FrontMatter {
  data: unknown;
  body: string;
  /** Line of the file on which `body` starts (1-based). */
  bodyLine: number;
  /** Line and column of a path in the front matter (falls back to the nearest parent). */
  locate(path: PropertyKey[]): { line: number; column: number };
  issues: Issue[];
}

export function parseFrontMatter(file: string, source: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Closed by the first line starting with ---, as Astro's own front-matter reader does.
  const m = /^---\n(?:([\s\S]*?)\n)?---/.exec(text);
  const issues: Issue[] = [];
  if (!m) {
    issues.push({ file, line: 1, column: 1, key: 'front-matter', message: '文件开头缺少以 --- 包围的元数据（front matter）' });
    return { data: {}, body: text, bodyLine: 1, locate: () => ({ line: 1, column: 1 }), issues };
  }
  const yamlText = m[1] ?? '';
  const offset = 4; // "---\n"
  const lines = new LineIndex(text);
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, schema: 'core', merge: false, uniqueKeys: true, customTags: [] });
  for (const e of doc.errors) {
    const p = lines.at(offset + (e.pos?.[0] ?? 0));
    issues.push({ file, ...p, key: 'front-matter', message: `元数据（YAML）语法错误：${yamlHint(e.code)}` });
  }
  const notPlain = [...unreadableCharacters(yamlText), ...plainDataIssues(yamlText)];
  for (const { at, message } of notPlain) issues.push({ file, ...lines.at(offset + at), key: 'front-matter', message });
  const locate = (path: PropertyKey[]) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let best = node?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const k = pair.key as Node | null;
        best = k?.range?.[0] ?? best;
        node = pair.value as Node | null;
        if (node?.range) best = node.range[0];
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key] as Node | null;
        if (node?.range) best = node.range[0];
        else break;
      } else break;
    }
    return lines.at(offset + best);
  };
  const data = doc.errors.length || notPlain.length ? {} : (doc.toJS({ maxAliasCount: 0 }) ?? {});
  return { data, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length, locate, issues };
}

/**
 * Tags, anchors, aliases and merge keys in a YAML text, each at its offset (the `!`, `&`, `*`
 * or `<<` itself). Parsed again without resolving anything, so that an unknown tag is found
 * however the schema would have read it.
 */
export function plainDataIssues(yamlText: string): { at: number; message: string }[] {
  const found: { at: number; message: string }[] = [];
  const doc = parseDocument(yamlText, { prettyErrors: false, schema: 'failsafe', uniqueKeys: false, merge: false });
  /** The offset of `mark` (a tag or an anchor) written before the node's value. */
  const before = (node: Node, mark: string) => {
    const start = node.range?.[0] ?? 0;
    const i = yamlText.lastIndexOf(mark, start);
    return i >= 0 && start - i <= mark.length + 200 ? i : start;
  };
  visit(doc, {
    Node(_key, node) {
      const source = node as Node & { tag?: string; anchor?: string };
      if (isAlias(node)) {
        found.push({ at: node.range?.[0] ?? 0, message: `元数据（YAML）中不能用引用 *${node.source}：请在每处直接写出内容` });
        return;
      }
      if (source.anchor) found.push({ at: before(node, `&${source.anchor}`), message: `元数据（YAML）中不能用锚点 &${source.anchor}：请在每处直接写出内容` });
      if (source.tag) {
        const written = writtenTag(yamlText, node);
        found.push({ at: written.at, message: `元数据（YAML）中不能用类型标签 ${written.text}：只写普通的文字、数字和列表（需要时给文字加英文双引号）` });
      }
    },
    Pair(_key, pair) {
      // A value without a field name (`: x`): the build's front-matter reader refuses it.
      if (isPair(pair) && (pair.key === null || (isScalar(pair.key) && (pair.key.value === null || pair.key.range?.[0] === pair.key.range?.[1])))) {
        const key = pair.key as Node | null;
        const at = key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0] ?? 0;
        found.push({ at, message: '元数据（YAML）中有一个值没有字段名：请在冒号前写上字段名，或删去这一行' });
      }
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === '<<' && !(pair.key as { type?: string }).type?.startsWith('QUOTE')) {
        found.push({ at: pair.key.range?.[0] ?? 0, message: '元数据（YAML）中不能用合并键 <<：请把每个字段直接写出' });
      }
    },
  });
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Characters the build's own front-matter reader (js-yaml, inside Astro) refuses even in quoted
 * text: C0/C1 controls other than tab and line breaks, U+FFFE/U+FFFF and lone surrogates.
 * Refused here with their position, so that accepted front matter always builds.
 */
function unreadableCharacters(yamlText: string): { at: number; message: string }[] {
  const re = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  const found: { at: number; message: string }[] = [];
  for (let m = re.exec(yamlText); m; m = re.exec(yamlText)) {
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    found.push({ at: m.index, message: `元数据（YAML）中有不可见的控制字符 ${code}：请删除它（常在复制粘贴时混入）` });
  }
  return found;
}

/** The tag as written before a node's value (`!!binary`, `!foo`, `!<tag:…>`), and its offset. */
function writtenTag(yamlText: string, node: Node): { at: number; text: string } {
  const start = node.range?.[0] ?? 0;
  const head = yamlText.slice(Math.max(0, start - 300), start);
  const m = /!(?:<[^>\n]*>|[^\s,[\]{}]*)(?=[^!]*$)/.exec(head);
  if (!m) return { at: start, text: '!' };
  return { at: start - head.length + m.index, text: m[0].slice(0, 40) };
}

function yamlHint(code: string): string {
  const hints: Record<string, string> = {
    BAD_INDENT: '缩进不对（请用空格对齐，不要用制表符）',
    TAB_AS_INDENT: '不能用制表符（Tab）缩进，请用空格',
    DUPLICATE_KEY: '同一个字段写了两次',
    MISSING_CHAR: '缺少引号或括号',
    BLOCK_AS_IMPLICIT_KEY: '冒号位置不对或缺少冒号后的空格',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行（是否漏了冒号？）',
  };
  return hints[code] ?? `无法解析（${code}），请检查冒号、引号和缩进`;
}
