/**
 * Front matter of MDX/Markdown files, parsed with positions so that a bad field is reported
 * at its own line and column in the file.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { LineIndex, type Issue } from './issues.ts';

export interface FrontMatter {
  data: unknown;
  body: string;
  /** Line and column of a path in the front matter (falls back to the nearest parent). */
  locate(path: PropertyKey[]): { line: number; column: number };
  issues: Issue[];
}

export function parseFrontMatter(file: string, source: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text);
  const issues: Issue[] = [];
  if (!m) {
    issues.push({ file, line: 1, column: 1, key: 'front-matter', message: '文件开头缺少以 --- 包围的元数据（front matter）' });
    return { data: {}, body: text, locate: () => ({ line: 1, column: 1 }), issues };
  }
  const yamlText = m[1]!;
  const offset = 4; // "---\n"
  const lines = new LineIndex(text);
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  for (const e of doc.errors) {
    const p = lines.at(offset + (e.pos?.[0] ?? 0));
    issues.push({ file, ...p, key: 'front-matter', message: `元数据（YAML）语法错误：${yamlHint(e.code)}` });
  }
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
  return { data: doc.errors.length ? {} : (doc.toJS() ?? {}), body: text.slice(m[0].length), locate, issues };
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
