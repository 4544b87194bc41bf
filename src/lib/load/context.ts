/**
 * What every loader shares: where files are, and the list of problems found so far.
 * Loaders never throw on bad data; they record issues and go on, so that one run reports
 * every problem in every file.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import type { Issue } from '../issues.ts';
import { zodMessage } from '../zod-issues.ts';
import { parseCsv, type CsvCell, type CsvTable } from '../csv.ts';
import { parseFrontMatter, type FrontMatter } from '../frontmatter.ts';
import { kindOf, regularFiles } from './files.ts';

export interface LoadContext {
  /** Repository root (content/ lives here). */
  root: string;
  /** Directory of tabular data (default `<root>/data`; benchmarks point it elsewhere). */
  dataDir: string;
  issues: Issue[];
}

export function rel(ctx: LoadContext, path: string): string {
  return relative(ctx.root, path).split(sep).join('/');
}

/** Regular files of a folder whose names match (links and special files are reported by files.ts, never read). */
export function listDir(dir: string, pattern: RegExp): string[] {
  return regularFiles(dir, pattern);
}

/** A required file that is missing, or that is not a regular file (then already reported by files.ts). */
function unreadable(ctx: LoadContext, path: string): boolean {
  const kind = kindOf(path);
  if (kind === 'file') return false;
  if (kind !== 'special') ctx.issues.push({ file: rel(ctx, path), line: 1, column: 1, key: 'file', message: '缺少这个文件' });
  return true;
}

export function readCsv(ctx: LoadContext, path: string): CsvTable {
  const file = rel(ctx, path);
  if (unreadable(ctx, path)) return { file, header: [], rows: [], issues: [] };
  const table = parseCsv(file, readFileSync(path));
  ctx.issues.push(...table.issues);
  return table;
}

export function readFrontMatter(ctx: LoadContext, path: string): FrontMatter {
  if (kindOf(path) !== 'file') return { data: {}, body: '', locate: () => ({ line: 1, column: 1 }), issues: [] };
  const fm = parseFrontMatter(rel(ctx, path), readFileSync(path, 'utf8'));
  ctx.issues.push(...fm.issues);
  return fm;
}

/** Reads a YAML file with positions (same locate() as front matter). */
export function readYaml(ctx: LoadContext, path: string): FrontMatter {
  if (unreadable(ctx, path)) return { data: {}, body: '', locate: () => ({ line: 1, column: 1 }), issues: [] };
  const source = readFileSync(path, 'utf8');
  // Reuse the front-matter parser by wrapping the document in fences; lines shift by one.
  const fm = parseFrontMatter(rel(ctx, path), `---\n${source.replace(/^\uFEFF/, '')}\n---\n`);
  const shift = (p: { line: number; column: number }) => ({ line: Math.max(1, p.line - 1), column: p.column });
  fm.issues.forEach((i) => Object.assign(i, shift(i)));
  ctx.issues.push(...fm.issues);
  return { ...fm, locate: (path) => shift(fm.locate(path)) };
}

/**
 * Validates a value with a schema; each zod issue becomes an Issue placed by `place(path)`.
 * Returns the parsed value, or undefined when invalid.
 */
export function check<S extends z.ZodType>(
  ctx: LoadContext,
  file: string,
  schema: S,
  value: unknown,
  place: (path: PropertyKey[]) => { line: number; column: number; key: string },
): z.infer<S> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const p = place(issue.path);
    ctx.issues.push({ file, line: p.line, column: p.column, key: p.key, message: zodMessage(issue) });
  }
  return undefined;
}

/** Placement for a CSV row: the cell of the first path element, else the row start. */
export function cellPlacer(row: { line: number; cells: Record<string, CsvCell> }) {
  return (path: PropertyKey[]) => {
    const key = String(path[0] === 'extra' ? path[1] : path[0] ?? 'row');
    const cell = row.cells[key];
    return { line: cell?.line ?? row.line, column: cell?.column ?? 1, key };
  };
}

/** Placement for front matter / YAML: the node at the path. */
export function yamlPlacer(fm: FrontMatter) {
  return (path: PropertyKey[]) => ({ ...fm.locate(path), key: path.length ? path.map(String).join('.') : 'front-matter' });
}
