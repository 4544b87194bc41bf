import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listMetaSchema, type ListMeta } from '../../schemas/list-meta.ts';
import { CORE_COLUMNS, entrySchemaFor, REQUIRED_CORE, type ListEntry } from '../../schemas/list-entry.ts';
import type { Unit } from '../../schemas/unit.ts';
import { disclosureStatus, shownUntil, type DisclosureStatus } from '../disclosure.ts';
import { cellPlacer, check, readCsv, readYaml, rel, yamlPlacer, type LoadContext } from './context.ts';
import { requireColumns } from './units.ts';
import type { AreaRecord } from './areas.ts';

export interface EntryRecord extends ListEntry {
  /** Line of the row in entries.csv. */
  line: number;
  /** Status on the disclosure date. */
  status: DisclosureStatus;
  /** Last day shown (expires_on or listed_on + period). */
  shown_until: string;
}

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
  if (!existsSync(dir)) return lists;
  for (const id of readdirSync(dir).sort()) {
    const folder = join(dir, id);
    if (!statSync(folder).isDirectory()) continue;
    const metaPath = join(folder, 'meta.yml');
    const metaFile = rel(ctx, metaPath);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      ctx.issues.push({ file: metaFile, line: 1, column: 1, key: 'id', message: `名单文件夹名“${id}”只能包含小写英文字母、数字和连字符` });
    }
    if (!existsSync(metaPath)) {
      ctx.issues.push({ file: metaFile, line: 1, column: 1, key: 'meta', message: '名单文件夹缺少 meta.yml' });
      continue;
    }
    const fm = readYaml(ctx, metaPath);
    const meta = check(ctx, metaFile, listMetaSchema, fm.data, yamlPlacer(fm));
    if (!meta) continue;
    if (!areas.has(meta.area)) ctx.issues.push({ file: metaFile, ...fm.locate(['area']), key: 'area', message: `领域“${meta.area}”不存在（应为 content/areas 中某个领域的网址标识）` });
    if (!units.has(meta.authority)) ctx.issues.push({ file: metaFile, ...fm.locate(['authority']), key: 'authority', message: `认定部门“${meta.authority}”不在 data/units.csv 中` });
    meta.columns.forEach((c, i) => {
      if (c.key in CORE_COLUMNS) ctx.issues.push({ file: metaFile, ...fm.locate(['columns', i, 'key']), key: 'columns', message: `列“${c.key}”是所有名单共有的基本列，不能再定义` });
    });

    const entriesPath = join(folder, 'entries.csv');
    const file = rel(ctx, entriesPath);
    if (!existsSync(entriesPath)) {
      ctx.issues.push({ file, line: 1, column: 1, key: 'entries', message: '名单文件夹缺少 entries.csv' });
      continue;
    }
    const table = readCsv(ctx, entriesPath);
    const extraKeys = meta.columns.map((c) => c.key);
    requireColumns(ctx, file, table.header, [...REQUIRED_CORE, ...meta.columns.filter((c) => c.required).map((c) => c.key)], [...Object.keys(CORE_COLUMNS), ...extraKeys]);
    const schema = entrySchemaFor(meta);
    const entries: EntryRecord[] = [];
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const core: Record<string, unknown> = {};
      const extra: Record<string, unknown> = {};
      for (const [k, c] of Object.entries(row.cells)) {
        if (extraKeys.includes(k)) extra[k] = c.value;
        else core[k] = c.value;
      }
      const entry = check(ctx, file, schema, { ...core, extra }, cellPlacer(row)) as ListEntry | undefined;
      if (!entry) continue;
      const idCell = row.cells['id']!;
      const dup = seen.get(entry.id);
      if (dup !== undefined) {
        ctx.issues.push({ file, line: idCell.line, column: idCell.column, key: 'id', message: `编号“${entry.id}”重复（第 ${dup} 行已使用）：编号在名单内必须唯一，且永不重复使用` });
        continue;
      }
      seen.set(entry.id, row.line);
      if (!units.has(entry.authority)) {
        const c = row.cells['authority']!;
        ctx.issues.push({ file, line: c.line, column: c.column, key: 'authority', message: `认定部门“${entry.authority}”不在 data/units.csv 中` });
      }
      entries.push({
        ...entry,
        line: row.line,
        status: disclosureStatus(entry, meta.period, disclosureDate),
        shown_until: shownUntil(entry, meta.period),
      });
    }
    runChecks(ctx, metaFile, fm.locate, meta, entries, table.rows.length);
    lists.set(id, { id, meta, entries });
  }
  return lists;
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
