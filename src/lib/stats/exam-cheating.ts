/**
 * The exam-cheating figures: a dataset folder like a list's (`data/exam-cheating/`), with its
 * description in `meta.yml` (title, the area whose page shows it, why there are no names) and
 * the aggregate figures in `figures.csv`. Optional: a data set without the folder publishes none.
 */
import { join } from 'node:path';
import { examCheatingMetaSchema, examCheatingSchema, type ExamCheatingMeta, type ExamCheatingRow } from '../../schemas/exam-cheating.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { AreaRecord } from '../areas/load.ts';
import { cellPlacer, check, readCsv, readYaml, rel, yamlPlacer, type LoadContext } from '../load/context.ts';
import { requireColumns } from '../load/units.ts';
import { kindOf } from '../load/files.ts';

const COLUMNS = ['year', 'exam', 'count', 'authority'];

export interface ExamCheating {
  meta: ExamCheatingMeta;
  /** Newest year first. */
  rows: ExamCheatingRow[];
}

/** Loads `data/exam-cheating/` (meta.yml and figures.csv); null when the folder is absent. */
export function loadExamCheating(ctx: LoadContext, units: Map<string, Unit>, areas: Map<string, AreaRecord>): ExamCheating | null {
  const dir = join(ctx.dataDir, 'exam-cheating');
  // Absent: no figures. Not a folder: the file checks (files.ts) report what is there instead.
  if (kindOf(dir) !== 'dir') return null;
  const metaPath = join(dir, 'meta.yml');
  const path = join(dir, 'figures.csv');
  let missing = false;
  for (const p of [metaPath, path]) {
    if (kindOf(p) === 'missing') {
      ctx.issues.push({ file: rel(ctx, p), line: 1, column: 1, key: 'file', message: '考试作弊汇总文件夹 data/exam-cheating/ 需要 meta.yml 和 figures.csv 两个文件' });
      missing = true;
    }
  }
  if (missing) return null;
  const metaFile = rel(ctx, metaPath);
  const fm = readYaml(ctx, metaPath);
  const meta = check(ctx, metaFile, examCheatingMetaSchema, fm.data, yamlPlacer(fm));
  if (meta && !areas.has(meta.area)) ctx.issues.push({ file: metaFile, ...fm.locate(['area']), key: 'area', message: `领域“${meta.area}”不在 content/areas 中` });
  const file = rel(ctx, path);
  const table = readCsv(ctx, path);
  requireColumns(ctx, file, table.header, COLUMNS, COLUMNS);
  const rows: ExamCheatingRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const value = Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value]));
    const r = check(ctx, file, examCheatingSchema, value, cellPlacer(row));
    if (!r) continue;
    const key = `${r.year}/${r.exam}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      const c = row.cells['exam']!;
      ctx.issues.push({ file, line: c.line, column: c.column, key: 'exam', message: `${r.year} 年“${r.exam}”重复（第 ${dup} 行已有）：每年每种考试一行` });
      continue;
    }
    seen.set(key, row.line);
    if (!units.has(r.authority)) {
      const c = row.cells['authority']!;
      ctx.issues.push({ file, line: c.line, column: c.column, key: 'authority', message: `认定部门“${r.authority}”不在 data/units.csv 中` });
    }
    rows.push(r);
  }
  if (!meta) return null;
  // Newest year first; within a year, the file's order of exams (a stable sort).
  return { meta, rows: rows.sort((a, b) => b.year - a.year) };
}
