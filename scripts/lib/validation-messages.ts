/**
 * Every Chinese validation message in the code, for the editors' guides:
 * `tests/unit/guide-messages.test.ts` checks that each one is in a table of data/README.md or
 * content/README.md, and `npx tsx scripts/validation-messages.ts` prints the ones missing.
 *
 * Found with the TypeScript compiler API rather than regular expressions: every string and
 * template literal containing CJK in the validation code (comments are not literals, so they
 * never count). Variable parts `${…}` become `…`. Left out on purpose:
 * - literals nested inside a larger Chinese template (they are part of its message);
 * - label and vocabulary maps (column labels, kinds, districts, measures, memoranda): these are data, not
 *   messages; the guides describe them in their own tables;
 * - `new Error(…)`: programmer errors, never shown for bad data (ConfigError is shown, so counted).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** Where validation messages live, relative to the repository root. */
export const MESSAGE_SOURCES = [
  'src/schemas',
  'src/lib/load',
  'src/lib/areas/load.ts',
  'src/lib/lists/load.ts',
  'src/lib/cases/load.ts',
  'src/lib/progress/load.ts',
  'src/lib/notices/load.ts',
  'src/lib/stats/figures.ts',
  'src/lib/stats/poverty-relief.ts',
  'src/lib/csv.ts',
  'src/lib/frontmatter.ts',
  'src/lib/privacy.ts',
  'src/lib/invisible.ts',
  'src/lib/active-content.ts',
  'src/lib/identifiers.ts',
  'src/lib/zod-issues.ts',
  'src/lib/config.ts',
];

/** Names of declarations whose literals are labels or vocabularies, not messages. */
const LABEL_DECLARATION = /^[a-z]\w*Labels$|^[A-Z_]*(LABELS|COLUMNS|COLUMN_DOCS|KINDS)$|^MEASURES$|^MEMORANDA$|^DISTRICTS$|^typeName$/;

/** In identifiers.ts only the describe* helpers produce messages. */
const ONLY_FUNCTIONS: Record<string, RegExp> = { 'src/lib/identifiers.ts': /^describe/ };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export interface CodeMessage {
  /** File relative to the root, with forward slashes. */
  file: string;
  line: number;
  /** The message with every `${…}` replaced by `…`, normalised with `normaliseMessage`. */
  text: string;
}

/** Same form for code and guide: `${…}` and runs of `…` become one `…`, markdown escapes and spaces go. */
export function normaliseMessage(s: string): string {
  return s
    .replace(/\$\{[^}]*\}/g, '…')
    .replace(/\\([\\`*_|{}[\]()#+\-.!<>])/g, '$1')
    .replace(/`/g, '')
    .replace(/…+/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  };
  for (const s of MESSAGE_SOURCES) {
    try {
      walk(join(root, s));
    } catch {
      // a source that does not exist (yet) has no messages
    }
  }
  return out;
}

function declarationName(node: ts.Node): string | undefined {
  if ((ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node)) && node.name && ts.isIdentifier(node.name)) return node.name.text;
  return undefined;
}

function excluded(node: ts.Node, rel: string): boolean {
  const onlyIn = ONLY_FUNCTIONS[rel];
  let insideAllowed = !onlyIn;
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    const name = declarationName(p);
    if (name && ts.isVariableDeclaration(p) && LABEL_DECLARATION.test(name)) return true;
    if (name && ts.isFunctionDeclaration(p) && LABEL_DECLARATION.test(name)) return true;
    if (onlyIn && name && ts.isFunctionDeclaration(p) && onlyIn.test(name)) insideAllowed = true;
    if (ts.isNewExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === 'Error') return true;
    // Nested in a larger Chinese template: the outer literal is the message.
    if (ts.isTemplateExpression(p) && CJK.test(p.getText())) return true;
  }
  return !insideAllowed;
}

function literalText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return node.head.text + node.templateSpans.map((s) => '${}' + s.literal.text).join('');
}

/** Every Chinese message literal in the validation code, in file order. */
export function codeMessages(root: string): CodeMessage[] {
  const out: CodeMessage[] = [];
  for (const path of files(root)) {
    const rel = relative(root, path).split(sep).join('/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
        const raw = literalText(node);
        // Import paths and the like have no CJK; keys of objects are identifiers.
        if (CJK.test(raw) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node) && !excluded(node, rel)) {
          out.push({ file: rel, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: normaliseMessage(raw) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** The text of every markdown table row in the guides, normalised (cells joined by spaces). */
export function guideTableText(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => /^\s*\|/.test(l) && !/^\s*\|[\s:|-]+\|\s*$/.test(l))
    .map((l) => normaliseMessage(l.trim().replace(/^\||\|$/g, '').replace(/(?<!\\)\|/g, ' ')));
}

/** Messages of the code that no table row of the guides contains. */
export function missingFromGuides(messages: CodeMessage[], guides: string[]): CodeMessage[] {
  const rows = guides.flatMap(guideTableText);
  return messages.filter((m) => !rows.some((r) => r.includes(m.text)));
}
