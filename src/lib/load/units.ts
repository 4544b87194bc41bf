import { join } from 'node:path';
import { unitSchema, type Unit } from '../../schemas/unit.ts';
import { cellPlacer, check, keyFold, readCsv, rel, type LoadContext } from './context.ts';

const COLUMNS = ['id', 'name', 'kind', 'website', 'address', 'telephone', 'online_service'];

/** Loads `data/units.csv`. */
export function loadUnits(ctx: LoadContext): Map<string, Unit> {
  const path = join(ctx.dataDir, 'units.csv');
  const file = rel(ctx, path);
  const units = new Map<string, Unit>();
  const folds = new Map<string, string>();
  const table = readCsv(ctx, path);
  requireColumns(ctx, file, table.header, COLUMNS.slice(0, 3), COLUMNS);
  for (const row of table.rows) {
    const value = Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value]));
    const unit = check(ctx, file, unitSchema, value, cellPlacer(row));
    if (!unit) {
      if (typeof value['id'] === 'string' && value['id']) (ctx.badUnitIds ??= new Set()).add(value['id']);
      continue;
    }
    // WA and wa are one address on a case-insensitive host, and one unit to a reader.
    const folded = keyFold(unit.id);
    if (folds.has(folded)) {
      const c = row.cells['id']!;
      const other = folds.get(folded)!;
      ctx.issues.push({ file, line: c.line, column: c.column, key: 'id', message: other === unit.id ? `单位编号“${unit.id}”重复` : `单位编号“${unit.id}”与“${other}”只差大小写或全角半角，是同一个编号：请换一个编号` });
      continue;
    }
    folds.set(folded, unit.id);
    units.set(unit.id, unit);
    const at = row.cells['telephone'] ?? row.cells['id']!;
    (ctx.unitRows ??= new Map()).set(unit.id, { file, line: at.line, column: at.column });
  }
  return units;
}

/**
 * A unit that decides listings must say where a listed person or company objects or applies for
 * credit repair: a telephone or an online service (reported at the unit's row).
 */
export function checkAuthorityContacts(ctx: LoadContext, units: Map<string, Unit>, authorities: Map<string, string>): void {
  for (const [id, listTitle] of authorities) {
    const unit = units.get(id);
    if (!unit || unit.telephone || unit.online_service) continue;
    const at = ctx.unitRows?.get(id);
    if (!at) continue;
    ctx.issues.push({ ...at, key: 'telephone', message: `单位“${unit.name}”认定《${listTitle}》，必须填写联系电话 telephone 或网上办事地址 online_service：被列入者据此提出异议、申请信用修复` });
  }
}

/** Reports missing required columns (at the header) and unknown ones (at their cell). */
export function requireColumns(
  ctx: LoadContext,
  file: string,
  header: { value: string; line: number; column: number }[],
  required: string[],
  known: string[],
): void {
  if (!header.length) return;
  const present = new Set(header.map((h) => h.value));
  for (const key of required) {
    if (!present.has(key)) {
      ctx.issues.push({ file, line: header[0]!.line, column: 1, key, message: `缺少必需的列“${key}”：请在表头（第 1 行）加上这一列` });
    }
  }
  for (const h of header) {
    if (h.value && !known.includes(h.value)) {
      ctx.issues.push({ file, line: h.line, column: h.column, key: h.value, message: `表头中有不认识的列“${h.value}”：请检查拼写，或先在 meta.yml 的 columns 中定义` });
    }
  }
}
