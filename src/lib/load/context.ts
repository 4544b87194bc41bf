/**
 * What every loader shares: where files are, and the list of problems found so far.
 * Loaders never throw on bad data; they record issues and go on, so that one run reports
 * every problem in every file.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import type { Issue } from '../issues.ts';
import { zodMessage } from '../zod-issues.ts';
import { parseCsv, type CsvCell, type CsvTable } from '../csv.ts';
import { parseFrontMatter, type FrontMatter } from '../frontmatter.ts';
import { findInvisible, invisibleMessage, walkValuesForInvisible } from '../invisible.ts';
import { kindOf, regularFiles } from './files.ts';

export interface LoadContext {
  /** Repository root (content/ lives here). */
  root: string;
  /** Directory of tabular data (default `<root>/data`; benchmarks point it elsewhere). */
  dataDir: string;
  issues: Issue[];
  /**
   * Files (relative paths) that could not be read, decoded or parsed, or are over their size
   * limit. Their problem is reported once; schema checks on what little was read are skipped,
   * so that no follow-on error comes only from it (root cause first).
   */
  unreadable?: Set<string>;
  /** Things an editor should look at that are not errors: printed, never fail a build. */
  warnings?: Issue[];
  /** Unit ids on rows of data/units.csv that were refused (see loadPortal: one message per bad unit). */
  badUnitIds?: Set<string>;
  /** Where each unit's row of data/units.csv is (its telephone cell, or its id when that column is absent). */
  unitRows?: Map<string, { file: string; line: number; column: number }>;
  /** Every folder under data/lists, loaded or refused (a refused list is reported in its own files, not again where it is named). */
  listFolders?: Set<string>;
  /** Each area's file and the positions in its front matter, for checks made once lists are loaded. */
  areaFiles?: Map<string, { file: string; locate: (path: PropertyKey[]) => { line: number; column: number } }>;
  /** Slugs of area files that were refused (same reason). */
  badAreaSlugs?: Set<string>;
}

/** Size limits per kind of file, in bytes (also in data/README.md and content/README.md). */
export const FILE_LIMITS = {
  csv: 20 * 1024 * 1024,
  yaml: 256 * 1024,
  mdx: 512 * 1024,
} as const;

function limitFor(path: string): number {
  if (/\.csv$/i.test(path)) return FILE_LIMITS.csv;
  if (/\.ya?ml$/i.test(path)) return FILE_LIMITS.yaml;
  if (/\.mdx?$/i.test(path)) return FILE_LIMITS.mdx;
  return FILE_LIMITS.csv;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Key of an id for duplicate checks: NFKC-folded, lower case (ids that differ only so collide). */
export function keyFold(id: string): string {
  return id.normalize('NFKC').toLowerCase();
}

export function markUnreadable(ctx: LoadContext, file: string): void {
  (ctx.unreadable ??= new Set()).add(file);
}

/**
 * Reads a file, unless it is over the size limit of its kind: that is decided by stat,
 * before reading, so that a huge file costs neither time nor memory. Reports it once.
 */
export function readLimited(ctx: LoadContext, path: string): Buffer | null {
  const file = rel(ctx, path);
  if (ctx.unreadable?.has(file)) return null;
  const size = statSync(path).size;
  const limit = limitFor(path);
  if (size > limit) {
    if (!ctx.unreadable?.has(file)) {
      ctx.issues.push({ file, line: 1, column: 1, key: 'limit', message: `文件有 ${formatBytes(size)}，超过这类文件 ${formatBytes(limit)} 的上限：请拆分成几个文件，或删去不该有的内容（例如误粘贴的大段文字）` });
    }
    markUnreadable(ctx, file);
    return null;
  }
  return readFileSync(path);
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
  const bytes = readLimited(ctx, path);
  if (!bytes) return { file, header: [], rows: [], issues: [] };
  const table = parseCsv(file, bytes);
  ctx.issues.push(...table.issues);
  return table;
}

export function readFrontMatter(ctx: LoadContext, path: string): FrontMatter {
  if (kindOf(path) !== 'file') return unreadableFrontMatter();
  const bytes = readLimited(ctx, path);
  if (!bytes) return unreadableFrontMatter();
  const source = bytes.toString('utf8');
  const fm = parseFrontMatter(rel(ctx, path), source);
  ctx.issues.push(...fm.issues);
  if (fm.issues.length) markUnreadable(ctx, rel(ctx, path));
  checkEscapedInvisible(ctx, rel(ctx, path), source, fm);
  return fm;
}

/**
 * Refused characters that only appear once YAML escapes ("\u202E", "\x00") are read. When
 * the file holds such a character as such, the file scan has reported it already (root cause
 * first: not again for every value it is in).
 */
function checkEscapedInvisible(ctx: LoadContext, file: string, source: string, fm: FrontMatter): void {
  if (fm.issues.length || findInvisible(source.replace(/^\uFEFF/, '')).length) return;
  walkValuesForInvisible(fm.data, (path, found) => {
    ctx.issues.push({ file, ...fm.locate(path), key: path.length ? path.map(String).join('.') : 'front-matter', message: invisibleMessage(found.code, found.name) });
  });
}

/** Reads a YAML file with positions (same locate() as front matter). */
export function readYaml(ctx: LoadContext, path: string): FrontMatter {
  if (unreadable(ctx, path)) return unreadableFrontMatter();
  const bytes = readLimited(ctx, path);
  if (!bytes) return unreadableFrontMatter();
  const source = bytes.toString('utf8');
  // Reuse the front-matter parser by wrapping the document in fences; lines shift by one.
  const fm = parseFrontMatter(rel(ctx, path), `---\n${source.replace(/^\uFEFF/, '')}\n---\n`);
  const shift = (p: { line: number; column: number }) => ({ line: Math.max(1, p.line - 1), column: p.column });
  fm.issues.forEach((i) => Object.assign(i, shift(i)));
  ctx.issues.push(...fm.issues);
  if (fm.issues.length) markUnreadable(ctx, rel(ctx, path));
  const shifted: FrontMatter = { ...fm, locate: (path) => shift(fm.locate(path)) };
  checkEscapedInvisible(ctx, rel(ctx, path), source, shifted);
  return shifted;
}

function unreadableFrontMatter(): FrontMatter {
  return { data: {}, body: '', bodyLine: 1, locate: () => ({ line: 1, column: 1 }), issues: [] };
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
  // What was read of a file that could not be parsed is not the editor's data: no follow-on errors.
  if (ctx.unreadable?.has(file)) return undefined;
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
