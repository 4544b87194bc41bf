/**
 * The plain text of an MDX body, for full-text search: what a reader sees of it (text, code,
 * the titles and dates of the portal's components), one block a line. Parsed with the parser
 * the build uses (satteri, as src/lib/active-content.ts does); a body it cannot parse has been
 * reported by validation and gives no text.
 */
import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'mdxJsxFlowElement']);

export function mdxPlainText(body: string): string {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch {
    return '';
  }
  const out: string[] = [];
  let line = '';
  const end = () => {
    if (line.trim()) out.push(line.trim());
    line = '';
  };
  const visit = (n: Node) => {
    if (n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' || n.type === 'html') return;
    if (BLOCKS.has(n.type)) end();
    if ((n.type === 'text' || n.type === 'inlineCode') && typeof n.value === 'string') line += n.value;
    for (const a of n.attributes ?? []) {
      if (a.type === 'mdxJsxAttribute' && (a.name === 'title' || a.name === 'date') && typeof a.value === 'string') line += `${a.value} `;
    }
    for (const c of n.children ?? []) visit(c);
    if (BLOCKS.has(n.type)) end();
  };
  visit(tree);
  end();
  return out.join('\n');
}
