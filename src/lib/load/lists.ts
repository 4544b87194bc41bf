import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMetaSchema, type ListMeta } from '../../schemas/list-meta.ts';
import { CORE_COLUMNS, entrySchemaFor, REQUIRED_CORE, type ListEntry } from '../../schemas/list-entry.ts';
import type { Unit } from '../../schemas/unit.ts';
import { disclose, type DisclosureStatus } from '../disclosure.ts';
import { cellPlacer, check, readYaml, rel, yamlPlacer, type LoadContext } from './context.ts';
import { parseCsv } from '../csv.ts';
import { requireColumns } from './units.ts';
import { kindOf, subdirs } from './files.ts';
import type { AreaRecord } from './areas.ts';

export interface EntryRecord extends ListEntry {
  /** Line of the row in entries.csv. */
  line: number;
  /** Status on the disclosure date. */
  status: DisclosureStatus;
  /** Last day shown (expires_on or listed_on + period). */
  shown_until: string;
  /** First day not shown (removal or the day after shown_until, whichever is first). */
  stopped_on: string;
}

/** Ids that are not lists: other datasets share the /data/<id>.csv namespace. */
export const RESERVED_LIST_IDS = ['catalog', 'exam-cheating', 'stats', 'progress'];

export interface ListRecord {
  id: string;
  meta: ListMeta;
  entries: EntryRecord[];
}

/** Loads every `data/lists/<list-id>/` folder. */
export function loadLists(
  ctx: LoadContext,
  units: Map<string, Unit>,
  areas: Map<string, AreaRecord>,
  disclosureDate: string,
): Map<string, ListRecord> {
  const dir = join(ctx.dataDir, 'lists');
  const lists = new Map<string, ListRecord>();
  // Real folders only: a link to a folder is reported by files.ts and never followed.
  for (const id of subdirs(dir)) {
    const folder = join(dir, id);
    const metaPath = join(folder, 'meta.yml');
    const metaFile = rel(ctx, metaPath);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      ctx.issues.push({ file: metaFile, line: 1, column: 1, key: 'id', message: `名单文件夹名“${id}”只能包含小写英文字母、数字和连字符` });
    }
    if (RESERVED_LIST_IDS.includes(id)) {
      ctx.issues.push({ file: metaFile, line: 1, column: 1, key: 'id', message: `名单文件夹名“${id}”已被其他数据集使用，请换一个` });
    }
    if (kindOf(metaPath) !== 'file') {
      if (kindOf(metaPath) !== 'special') ctx.issues.push({ file: metaFile, line: 1, column: 1, key: 'meta', message: '名单文件夹缺少 meta.yml' });
      continue;
    }
    const fm = readYaml(ctx, metaPath);
    const meta = check(ctx, metaFile, listMetaSchema, fm.data, yamlPlacer(fm));
    // Cross-references on the raw values: reported even when another field is wrong.
    const raw = (fm.data ?? {}) as Record<string, unknown>;
    if (typeof raw['area'] === 'string' && !areas.has(raw['area'])) ctx.issues.push({ file: metaFile, ...fm.locate(['area']), key: 'area', message: `领域“${raw['area']}”不存在（应为 content/areas 中某个领域的网址标识）` });
    if (typeof raw['authority'] === 'string' && !units.has(raw['authority'])) ctx.issues.push({ file: metaFile, ...fm.locate(['authority']), key: 'authority', message: `认定部门“${raw['authority']}”不在 data/units.csv 中` });
    if (!meta) continue;
    const coreLabels = new Set<string>(Object.values(CORE_COLUMNS));
    meta.columns.forEach((c, i) => {
      if (c.key in CORE_COLUMNS) ctx.issues.push({ file: metaFile, ...fm.locate(['columns', i, 'key']), key: 'columns', message: `列“${c.key}”是所有名单共有的基本列，不能再定义` });
      else if (coreLabels.has(c.label)) ctx.issues.push({ file: metaFile, ...fm.locate(['columns', i, 'label']), key: 'columns', message: `中文列名“${c.label}”与基本列重名：下载文件以中文列名作表头，必须互不相同` });
    });
    for (const key of Object.keys(meta.checks.fill_rates ?? {})) {
      if (!(key in CORE_COLUMNS) && !meta.columns.some((c) => c.key === key)) {
        ctx.issues.push({ file: metaFile, ...fm.locate(['checks', 'fill_rates', key]), key: 'checks.fill_rates', message: `填写率检查中的列“${key}”既不是基本列，也不在 columns 中` });
      }
    }

    const entriesPath = join(folder, 'entries.csv');
    const file = rel(ctx, entriesPath);
    if (kindOf(entriesPath) !== 'file') {
      if (kindOf(entriesPath) !== 'special') ctx.issues.push({ file, line: 1, column: 1, key: 'entries', message: '名单文件夹缺少 entries.csv' });
      continue;
    }
    const entries = validateListFile(ctx, { meta, metaFile, locate: fm.locate, units, disclosureDate }, file, readFileSync(entriesPath));
    lists.set(id, { id, meta, entries });
  }
  return lists;
}

/** What validating one entries.csv needs from its list and the rest of the portal. */
export interface ListFileContext {
  meta: ListMeta;
  /** meta.yml, relative to the root, and positions in it (for the list's own checks). */
  metaFile: string;
  locate: (p: PropertyKey[]) => { line: number; column: number };
  units: Map<string, Unit>;
  disclosureDate: string;
}

/**
 * Validates one list's entries.csv from its bytes: decoding, CSV, columns, every row, the
 * list's checks. Records issues in ctx and returns the valid entries. Used by loadLists, and
 * directly by the fuzz test (tests/unit/fuzz-csv.test.ts) without loading the whole portal.
 */
export function validateListFile(ctx: LoadContext, list: ListFileContext, file: string, bytes: Uint8Array): EntryRecord[] {
  const { meta, metaFile, locate, units, disclosureDate } = list;
  const table = parseCsv(file, bytes);
  ctx.issues.push(...table.issues);
  const extraKeys = new Set(meta.columns.map((c) => c.key));
  requireColumns(ctx, file, table.header, [...REQUIRED_CORE, ...meta.columns.filter((c) => c.required).map((c) => c.key)], [...Object.keys(CORE_COLUMNS), ...extraKeys]);
  const schema = entrySchemaFor(meta);
  const entries: EntryRecord[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const core: Record<string, unknown> = {};
    const extra: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(row.cells)) {
      if (extraKeys.has(k)) extra[k] = c.value;
      else core[k] = c.value;
    }
    // Id and authority are checked on the raw cells, so that they are reported even when
    // another cell of the row is wrong (every problem at once).
    const idCell = row.cells['id'];
    let duplicate = false;
    if (idCell?.value) {
      const dup = seen.get(idCell.value);
      if (dup !== undefined) {
        duplicate = true;
        ctx.issues.push({ file, line: idCell.line, column: idCell.column, key: 'id', message: `编号“${idCell.value}”重复（第 ${dup} 行已使用）：编号在名单内必须唯一，且永不重复使用` });
      } else seen.set(idCell.value, row.line);
    }
    const authCell = row.cells['authority'];
    if (authCell?.value && !units.has(authCell.value)) {
      ctx.issues.push({ file, line: authCell.line, column: authCell.column, key: 'authority', message: `认定部门“${authCell.value}”不在 data/units.csv 中` });
    }
    const entry = check(ctx, file, schema, { ...core, extra }, cellPlacer(row)) as ListEntry | undefined;
    if (!entry || duplicate) continue;
    entries.push(Object.assign(entry, { line: row.line }, disclose(entry, meta.period, disclosureDate)));
  }
  runChecks(ctx, metaFile, locate, meta, entries, table.rows.length);
  return entries;
}

/** The list's own data checks from meta.yml (OpenSanctions-style assertions). */
function runChecks(
  ctx: LoadContext,
  file: string,
  locate: (p: PropertyKey[]) => { line: number; column: number },
  meta: ListMeta,
  entries: EntryRecord[],
  rowCount: number,
): void {
  const { min_rows, fill_rates } = meta.checks;
  if (min_rows !== undefined && rowCount < min_rows) {
    ctx.issues.push({ file, ...locate(['checks', 'min_rows']), key: 'checks.min_rows', message: `名单至少应有 ${min_rows} 行，实有 ${rowCount} 行` });
  }
  for (const [key, rate] of Object.entries(fill_rates ?? {})) {
    if (!entries.length) break;
    if (!(key in CORE_COLUMNS) && !meta.columns.some((c) => c.key === key)) continue; // reported with the meta
    const filled = entries.filter((e) => {
      const v = (e as unknown as Record<string, unknown>)[key] ?? e.extra[key];
      return v !== undefined && v !== '';
    }).length;
    const actual = filled / entries.length;
    if (actual < rate) {
      ctx.issues.push({
        file,
        ...locate(['checks', 'fill_rates', key]),
        key: `checks.fill_rates.${key}`,
        message: `列“${key}”的填写率应不低于 ${(rate * 100).toFixed(0)}%，实为 ${(actual * 100).toFixed(1)}%（${filled}/${entries.length}）`,
      });
    }
  }
}
