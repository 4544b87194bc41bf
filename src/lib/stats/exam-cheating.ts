import { join } from 'node:path';
import { examCheatingSchema, type ExamCheatingRow } from '../../schemas/exam-cheating.ts';
import type { Unit } from '../../schemas/unit.ts';
import { cellPlacer, check, readCsv, rel, type LoadContext } from '../load/context.ts';
import { requireColumns } from '../load/units.ts';
import { kindOf } from '../load/files.ts';

const COLUMNS = ['year', 'exam', 'count', 'authority'];

/** Loads `data/exam-cheating.csv` (optional: a data set without it publishes no figures). */
export function loadExamCheating(ctx: LoadContext, units: Map<string, Unit>): ExamCheatingRow[] {
  const path = join(ctx.dataDir, 'exam-cheating.csv');
  if (kindOf(path) === 'missing') return [];
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
  // Newest year first; within a year, the file's order of exams (a stable sort).
  return rows.sort((a, b) => b.year - a.year);
}
