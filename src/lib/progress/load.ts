/**
 * Loads the monthly progress reports (`data/progress/<yyyy-mm>.csv`) and the monthly scores
 * (`data/scores/<yyyy-mm>.csv`). The month of a file is its name. Statuses (on time, late,
 * missing) are not stored: they are computed on the disclosure date by src/lib/progress/rules.ts.
 */
import { join } from 'node:path';
import { PROGRESS_COLUMNS, PROGRESS_REQUIRED, progressRowSchema, type ProgressRow } from '../../schemas/progress.ts';
import { SCORE_COLUMNS, scoreRowSchema, type ScoreRow } from '../../schemas/score.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { CsvRow } from '../csv.ts';
import { latestPlausibleSubmission, monthStart, nextMonth } from './rules.ts';
import type { AreaRecord } from '../areas/load.ts';
import { cellPlacer, check, listDir, readCsv, rel, type LoadContext } from '../load/context.ts';
import { requireColumns } from '../load/units.ts';
import { monthLabel } from '../dates.ts';

export interface ReportRecord extends ProgressRow {
  /** Reporting month, from the file name (`2019-06`). */
  month: string;
  /** Line of the row in its file. */
  line: number;
}

export interface ProgressMonth {
  month: string;
  /** Path of the file, relative to the repository root. */
  file: string;
  reports: ReportRecord[];
}

export interface ScoreRecord extends ScoreRow {
  month: string;
  line: number;
}

export interface ScoreMonth {
  month: string;
  file: string;
  scores: ScoreRecord[];
}

const MONTH_FILE = /^(\d{4}-(?:0[1-9]|1[0-2]))\.csv$/;

/** The month files of a folder, reporting any .csv whose name is not a month. */
function monthFiles(ctx: LoadContext, dir: string, what: string): { month: string; path: string }[] {
  const out: { month: string; path: string }[] = [];
  for (const name of listDir(dir, /\.csv$/i)) {
    const m = MONTH_FILE.exec(name);
    const path = join(dir, name);
    if (!m) {
      ctx.issues.push({ file: rel(ctx, path), line: 1, column: 1, key: 'file', message: `文件名“${name}”不对：${what}文件应以月份命名，写作 YYYY-MM.csv，例如 2019-06.csv` });
      continue;
    }
    out.push({ month: m[1]!, path });
  }
  return out;
}

function raw(row: CsvRow, key: string): string {
  return row.cells[key]?.value.trim() ?? '';
}

function at(row: CsvRow, key: string) {
  const c = row.cells[key];
  return { line: c?.line ?? row.line, column: c?.column ?? 1, key };
}

/** Loads `data/progress/*.csv`, checking every reference against units and areas. */
export function loadProgress(ctx: LoadContext, units: Map<string, Unit>, areas: Map<string, AreaRecord>): ProgressMonth[] {
  const dir = join(ctx.dataDir, 'progress');
  const months: ProgressMonth[] = [];
  for (const { month, path } of monthFiles(ctx, dir, '进展报送')) {
    const file = rel(ctx, path);
    const table = readCsv(ctx, path);
    requireColumns(ctx, file, table.header, PROGRESS_REQUIRED, Object.keys(PROGRESS_COLUMNS));
    const seen = new Map<string, number>();
    const reports: ReportRecord[] = [];
    for (const row of table.rows) {
      const value = Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value]));
      const parsed = check(ctx, file, progressRowSchema, value, cellPlacer(row));
      // Cross-references are checked on the raw cells too, so that one run reports every problem.
      const areaId = raw(row, 'area');
      const unitId = raw(row, 'unit');
      const area = areas.get(areaId);
      let ok = parsed !== undefined;
      if (areaId && !area) {
        ctx.issues.push({ file, ...at(row, 'area'), message: `领域“${areaId}”不存在（应为 content/areas 中某个领域的网址标识，例如 telecom-fraud）` });
        ok = false;
      }
      if (unitId && !units.has(unitId)) {
        ctx.issues.push({ file, ...at(row, 'unit'), message: `责任单位“${unitId}”不在 data/units.csv 中` });
        ok = false;
      } else if (unitId && area && !area.units.includes(unitId)) {
        ctx.issues.push({
          file,
          ...at(row, 'unit'),
          message: `${units.get(unitId)!.name}（${unitId}）不是“${area.title}”领域的责任单位：该领域只由 content/areas/${area.file}.mdx 的 units 中列出的单位报送（${area.units.join('、')}）`,
        });
        ok = false;
      }
      if (areaId && unitId) {
        const pair = `${areaId}\u0000${unitId}`;
        const dup = seen.get(pair);
        if (dup !== undefined) {
          ctx.issues.push({ file, ...at(row, 'area'), message: `${monthLabel(month)}已有“${areaId}”领域、“${unitId}”单位的报送（第 ${dup} 行）：每个领域的每个责任单位每月只报一行` });
          ok = false;
        } else seen.set(pair, row.line);
      }
      if (parsed) {
        if (parsed.submitted_on < monthStart(month)) {
          ctx.issues.push({
            file,
            ...at(row, 'submitted_on'),
            message: `报送日期 ${parsed.submitted_on} 早于 ${monthLabel(month)}：本文件只收 ${month} 的月报，报送日期不能早于 ${monthStart(month)}（上月的报送请写在上月的文件中）`,
          });
          ok = false;
        } else if (parsed.submitted_on > latestPlausibleSubmission(month)) {
          ctx.issues.push({
            file,
            ...at(row, 'submitted_on'),
            message: `报送日期 ${parsed.submitted_on} 比 ${month} 的报送期限晚一年以上，请检查年份是否写错`,
          });
          ok = false;
        }
      }
      if (ok && parsed) reports.push({ ...parsed, month, line: row.line });
    }
    months.push({ month, file, reports });
  }
  // A month without a file would silently show every report as missing: ask for the file.
  for (let i = 1; i < months.length; i++) {
    const prev = months[i - 1]!.month;
    const cur = months[i]!;
    if (nextMonth(prev) !== cur.month) {
      const gap: string[] = [];
      for (let m = nextMonth(prev); m < cur.month; m = nextMonth(m)) gap.push(m);
      ctx.issues.push({
        file: cur.file,
        line: 1,
        column: 1,
        key: 'file',
        message: `缺少 ${gap.map((m) => `data/progress/${m}.csv`).join('、')}：报送月份必须连续；如果该月没有任何单位报送，请建立只有表头的文件`,
      });
    }
  }
  return months;
}

/** Loads `data/scores/*.csv`. */
export function loadScores(ctx: LoadContext, units: Map<string, Unit>): ScoreMonth[] {
  const dir = join(ctx.dataDir, 'scores');
  const months: ScoreMonth[] = [];
  for (const { month, path } of monthFiles(ctx, dir, '考核打分')) {
    const file = rel(ctx, path);
    const table = readCsv(ctx, path);
    requireColumns(ctx, file, table.header, ['unit', 'score'], Object.keys(SCORE_COLUMNS));
    const seen = new Map<string, number>();
    const scores: ScoreRecord[] = [];
    for (const row of table.rows) {
      const value = Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value]));
      const parsed = check(ctx, file, scoreRowSchema, value, cellPlacer(row));
      const unitId = raw(row, 'unit');
      let ok = parsed !== undefined;
      if (unitId && !units.has(unitId)) {
        ctx.issues.push({ file, ...at(row, 'unit'), message: `单位“${unitId}”不在 data/units.csv 中` });
        ok = false;
      }
      if (unitId) {
        const dup = seen.get(unitId);
        if (dup !== undefined) {
          ctx.issues.push({ file, ...at(row, 'unit'), message: `单位“${unitId}”本月已打分（第 ${dup} 行）：每个单位每月只有一行` });
          ok = false;
        } else seen.set(unitId, row.line);
      }
      if (ok && parsed) scores.push({ ...parsed, month, line: row.line });
    }
    months.push({ month, file, scores });
  }
  return months;
}
