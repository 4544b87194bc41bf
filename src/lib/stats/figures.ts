/**
 * A folder of aggregate figures, `data/<dataset>/`: `meta.yml` (title, the area whose page shows
 * them, why there are no names) and `figures.csv`, one row per key (e.g. year and exam). Such a
 * folder is optional: a data set without it publishes no such figures.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { figuresMetaSchema, type FiguresMeta } from '../../schemas/figures.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { AreaRecord } from '../areas/load.ts';
import { cellPlacer, check, readCsv, readYaml, rel, yamlPlacer, type LoadContext } from '../load/context.ts';
import { requireColumns } from '../load/units.ts';
import { kindOf } from '../load/files.ts';

export interface Figures<R> {
  meta: FiguresMeta;
  /** In the order the folder's `order` gives (newest year first). */
  rows: R[];
}

export interface FiguresFolder<S extends z.ZodType> {
  /** Folder name under data/, also the dataset's id. */
  name: string;
  /** The row schema; its keys are the CSV's columns, all required, one of them `authority` (a unit id). */
  schema: S;
  /** The columns that identify a row (one row per key); the last one is where a duplicate is reported. */
  key: (keyof z.infer<S> & string)[];
  /** What a duplicate key means, e.g. 每年每种考试一行. */
  onePer: string;
  /** Further checks of a valid row (e.g. its district), given where each cell is. */
  checkRow?: (row: z.infer<S>, at: (column: string) => { line: number; column: number }, report: (column: string, message: string) => void) => void;
  order: (a: z.infer<S>, b: z.infer<S>) => number;
}

/** Loads `data/<name>/` (meta.yml and figures.csv); null when the folder is absent or unusable. */
export function loadFigures<S extends z.ZodType & { shape: Record<string, unknown> }>(
  ctx: LoadContext,
  units: Map<string, Unit>,
  areas: Map<string, AreaRecord>,
  folder: FiguresFolder<S>,
): Figures<z.infer<S>> | null {
  const dir = join(ctx.dataDir, folder.name);
  // Absent: no figures. Not a folder: the file checks (files.ts) report what is there instead.
  if (kindOf(dir) !== 'dir') return null;
  const metaPath = join(dir, 'meta.yml');
  const path = join(dir, 'figures.csv');
  let missing = false;
  for (const p of [metaPath, path]) {
    if (kindOf(p) === 'missing') {
      ctx.issues.push({ file: rel(ctx, p), line: 1, column: 1, key: 'file', message: `汇总数据文件夹 data/${folder.name}/ 需要 meta.yml 和 figures.csv 两个文件` });
      missing = true;
    }
  }
  if (missing) return null;
  const metaFile = rel(ctx, metaPath);
  const fm = readYaml(ctx, metaPath);
  const meta = check(ctx, metaFile, figuresMetaSchema, fm.data, yamlPlacer(fm));
  if (meta && !areas.has(meta.area)) ctx.issues.push({ file: metaFile, ...fm.locate(['area']), key: 'area', message: `领域“${meta.area}”不在 content/areas 中` });
  const file = rel(ctx, path);
  const table = readCsv(ctx, path);
  const columns = Object.keys(folder.schema.shape);
  requireColumns(ctx, file, table.header, columns, columns);
  const rows: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const value = Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value]));
    const r = check(ctx, file, folder.schema, value, cellPlacer(row));
    if (!r) continue;
    const at = (column: string) => row.cells[column] ?? { line: row.line, column: 1 };
    const report = (column: string, message: string) => ctx.issues.push({ file, ...pick(at(column)), key: column, message });
    const key = folder.key.map((k) => String(r[k])).join(' / ');
    const dup = seen.get(key);
    if (dup !== undefined) {
      report(folder.key.at(-1)!, `“${key}”重复（第 ${dup} 行已有）：${folder.onePer}`);
      continue;
    }
    seen.set(key, row.line);
    // Every figures schema has the reporting unit (see FiguresFolder.schema).
    const authority = (r as unknown as { authority: string }).authority;
    if (!units.has(authority)) report('authority', `报送部门“${authority}”不在 data/units.csv 中`);
    folder.checkRow?.(r, at, report);
    rows.push(r);
  }
  if (!meta) return null;
  // A stable sort: within equal keys, the file's order.
  return { meta, rows: rows.sort(folder.order) };
}

const pick = (c: { line: number; column: number }) => ({ line: c.line, column: c.column });
