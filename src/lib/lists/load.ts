import { join } from 'node:path';
import { listMetaSchema, type ListMeta } from '../../schemas/list-meta.ts';
import { CORE_COLUMNS, entrySchemaFor, REQUIRED_CORE, type ListEntry } from '../../schemas/list-entry.ts';
import type { Unit } from '../../schemas/unit.ts';
import { disclose, type DisclosureStatus } from './disclosure.ts';
import { cellPlacer, check, keyFold, readLimited, readYaml, rel, yamlPlacer, type LoadContext } from '../load/context.ts';
import { parseCsv } from '../csv.ts';
import { requireColumns } from '../load/units.ts';
import { kindOf, subdirs } from '../load/files.ts';
import type { AreaRecord } from '../areas/load.ts';
import type { City } from '../../schemas/city.ts';
import { NAMED_DATASET_IDS } from '../open-data/ids.ts';

type YamlLocate = (path: PropertyKey[]) => { line: number; column: number };

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

/** Ids that are not lists: other datasets and files share the /data/<id>.csv namespace. */
export const RESERVED_LIST_IDS: readonly string[] = ['catalog', 'exam-cheating', 'poverty-relief', ...NAMED_DATASET_IDS];

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
  city: Pick<City, 'districts' | 'plan'>,
  disclosureDate: string,
): Map<string, ListRecord> {
  const districts = city.districts;
  const dir = join(ctx.dataDir, 'lists');
  const lists = new Map<string, ListRecord>();
  const positions = new Map<EntryRecord, { line: number; column: number }>();
  const files = new Map<EntryRecord, string>();
  // Real folders only: a link to a folder is reported by files.ts and never followed.
  for (const id of subdirs(dir)) {
    (ctx.listFolders ??= new Set()).add(id);
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
    if (typeof raw['legal_basis'] === 'string' && citesPlan(raw['legal_basis'], city.plan.title)) {
      ctx.issues.push({ file: metaFile, ...fm.locate(['legal_basis']), key: 'legal_basis', message: `法律依据 legal_basis 只写国家法律、法规和规章，不写本市实施方案：《${city.plan.title}》的条目请写在 plan_ref 中，例如 plan_ref: 二、（八）` });
    }
    if (!meta) continue;
    checkRules(ctx, meta, metaFile, fm.locate, units);
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
    const bytes = readLimited(ctx, entriesPath);
    if (!bytes) continue;
    const entries = validateListFile(ctx, { meta, metaFile, locate: fm.locate, units, districts, disclosureDate }, file, bytes, positions);
    for (const e of entries) files.set(e, file);
    lists.set(id, { id, meta, entries });
  }
  warnNamesAcrossLists(ctx, lists, positions, files);
  return lists;
}

/** True when a legal basis cites the city's plan (which is not law) rather than laws and regulations. */
function citesPlan(basis: string, planTitle: string): boolean {
  return (!!planTitle && basis.includes(planTitle)) || /实施方案/.test(basis);
}

/** The rules block refers to units and columns that exist. */
function checkRules(ctx: LoadContext, meta: ListMeta, metaFile: string, locate: YamlLocate, units: Map<string, Unit>): void {
  meta.rules.authorities?.forEach((u, i) => {
    if (!units.has(u)) ctx.issues.push({ file: metaFile, ...locate(['rules', 'authorities', i]), key: 'rules.authorities', message: `认定部门“${u}”不在 data/units.csv 中` });
  });
  if (meta.rules.authorities && !meta.rules.authorities.includes(meta.authority)) {
    ctx.issues.push({ file: metaFile, ...locate(['rules', 'authorities']), key: 'rules.authorities', message: `允许的认定部门 rules.authorities 应包括名单的认定部门“${meta.authority}”` });
  }
  const columns = new Set([...Object.keys(CORE_COLUMNS), ...meta.columns.map((c) => c.key)]);
  meta.rules.pairs.forEach((p, i) => {
    for (const k of ['column', 'then'] as const) {
      if (!columns.has(p[k])) ctx.issues.push({ file: metaFile, ...locate(['rules', 'pairs', i, k]), key: 'rules.pairs', message: `取值规则中的列“${p[k]}”既不是基本列，也不在 columns 中` });
    }
  });
}

/** Column labels for messages: the core columns' and the list's own. */
function labelOf(meta: ListMeta, key: string): string {
  return (CORE_COLUMNS as Record<string, string>)[key] ?? meta.columns.find((c) => c.key === key)?.label ?? key;
}

/**
 * One USCC under different names in two lists is not an error (lists are decided by
 * different authorities at different times, and a name may have changed in between), but an
 * editor should look: a line in the log with both positions.
 */
function warnNamesAcrossLists(ctx: LoadContext, lists: Map<string, ListRecord>, positions: Map<EntryRecord, { line: number; column: number }>, files: Map<EntryRecord, string>): void {
  const first = new Map<string, EntryRecord>();
  for (const list of lists.values()) {
    for (const e of list.entries) {
      if (!e.uscc) continue;
      const f = first.get(e.uscc);
      if (!f) first.set(e.uscc, e);
      else if (f.subject_name !== e.subject_name && files.get(f) !== files.get(e)) {
        const at = positions.get(e) ?? { line: e.line, column: 1 };
        const there = positions.get(f) ?? { line: f.line, column: 1 };
        (ctx.warnings ??= []).push({ file: files.get(e)!, ...at, key: 'subject_name', message: `提示：统一社会信用代码 ${e.uscc} 在 ${files.get(f)}:${there.line}:${there.column} 的名称是“${f.subject_name}”，这里是“${e.subject_name}”：请核对是否同一主体、名称是否已变更` });
      }
    }
  }
}

/** What validating one entries.csv needs from its list and the rest of the portal. */
export interface ListFileContext {
  meta: ListMeta;
  /** meta.yml, relative to the root, and positions in it (for the list's own checks). */
  metaFile: string;
  locate: (p: PropertyKey[]) => { line: number; column: number };
  units: Map<string, Unit>;
  /** The city's districts (data/city.yml): the only values of the district column. */
  districts: readonly string[];
  disclosureDate: string;
}

/**
 * Validates one list's entries.csv from its bytes: decoding, CSV, columns, every row, the
 * list's checks. Records issues in ctx and returns the valid entries. Used by loadLists, and
 * directly by the fuzz test (tests/unit/fuzz-csv.test.ts) without loading the whole portal.
 */
export function validateListFile(
  ctx: LoadContext,
  list: ListFileContext,
  file: string,
  bytes: Uint8Array,
  /** Filled with where each organisation's name stands, for the check across lists. */
  positions?: Map<EntryRecord, { line: number; column: number }>,
): EntryRecord[] {
  const { meta, metaFile, locate, units, districts, disclosureDate } = list;
  const districtSet = new Set(districts);
  const allowedAuthorities = meta.rules.authorities;
  // No districts: data/city.yml could not be read, and says so itself; rows are not checked against it.
  const checkDistricts = districtSet.size > 0;
  const table = parseCsv(file, bytes);
  ctx.issues.push(...table.issues);
  const extraKeys = new Set(meta.columns.map((c) => c.key));
  requireColumns(ctx, file, table.header, [...REQUIRED_CORE, ...meta.columns.filter((c) => c.required).map((c) => c.key)], [...Object.keys(CORE_COLUMNS), ...extraKeys]);
  const schema = entrySchemaFor(meta);
  const entries: EntryRecord[] = [];
  const seen = new Map<string, { line: number; id: string }>();
  const byUscc = new Map<string, { name: string; line: number }>();
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
      // Ids that differ only by letter case or full-width form are one address on a
      // case-insensitive host (WA-0004 and wa-0004), so they are one key.
      const dup = seen.get(keyFold(idCell.value));
      if (dup !== undefined) {
        duplicate = true;
        if (dup.id === idCell.value) ctx.issues.push({ file, line: idCell.line, column: idCell.column, key: 'id', message: `编号“${idCell.value}”重复（第 ${dup.line} 行已使用）：编号在名单内必须唯一，且永不重复使用` });
        else ctx.issues.push({ file, line: idCell.line, column: idCell.column, key: 'id', message: `编号“${idCell.value}”与第 ${dup.line} 行的“${dup.id}”只差大小写或全角半角，在网址中是同一个编号：请换一个编号` });
      } else seen.set(keyFold(idCell.value), { line: row.line, id: idCell.value });
    }
    const authCell = row.cells['authority'];
    if (authCell?.value && !units.has(authCell.value)) {
      ctx.issues.push({ file, line: authCell.line, column: authCell.column, key: 'authority', message: `认定部门“${authCell.value}”不在 data/units.csv 中` });
    } else if (authCell?.value && allowedAuthorities && !allowedAuthorities.includes(authCell.value)) {
      ctx.issues.push({ file, line: authCell.line, column: authCell.column, key: 'authority', message: `认定部门“${authCell.value}”不能认定本名单的条目：meta.yml 的 rules.authorities 只允许 ${allowedAuthorities.map((u) => `${u}（${units.get(u)?.name ?? u}）`).join('、')}` });
    }
    for (const p of meta.rules.pairs) {
      const when = row.cells[p.column];
      const then = row.cells[p.then];
      if (when?.value.trim() !== p.value || !then?.value.trim() || p.allowed.includes(then.value.trim())) continue;
      const allowed = p.allowed.map((v) => (p.then === 'authority' && units.has(v) ? `${v}（${units.get(v)!.name}）` : v)).join('、');
      ctx.issues.push({ file, line: then.line, column: then.column, key: p.then, message: `${labelOf(meta, p.column)}为“${p.value}”时，${labelOf(meta, p.then)}只能是 ${allowed}，本行是“${then.value.trim()}”（meta.yml 的 rules.pairs）` });
    }
    const districtCell = row.cells['district'];
    const badDistrict = checkDistricts && !!districtCell?.value.trim() && !districtSet.has(districtCell.value.trim());
    if (badDistrict) {
      ctx.issues.push({ file, line: districtCell!.line, column: districtCell!.column, key: 'district', message: `所属区县“${districtCell!.value}”不在 data/city.yml 的区县中，只能是：${districts.join('、')}` });
    }
    const entry = check(ctx, file, schema, { ...core, extra }, cellPlacer(row)) as ListEntry | undefined;
    if (!entry || duplicate || badDistrict) continue;
    if (entry.uscc) {
      // A renamed organisation keeps one current name per list; the old one goes in a column of its own.
      const first = byUscc.get(entry.uscc);
      const nameCell = row.cells['subject_name']!;
      if (!first) byUscc.set(entry.uscc, { name: entry.subject_name, line: row.line });
      else if (first.name !== entry.subject_name) {
        ctx.issues.push({ file, line: nameCell.line, column: nameCell.column, key: 'subject_name', message: `统一社会信用代码 ${entry.uscc} 在第 ${first.line} 行的名称是“${first.name}”，本行却是“${entry.subject_name}”：同一主体在一个名单中只用现用名称，曾用名请写在 former_names（曾用名）列` });
        continue;
      }
      positions?.set(entry as EntryRecord, { line: nameCell.line, column: nameCell.column });
    }
    entries.push(Object.assign(entry, { line: row.line }, disclose(entry, meta.period, disclosureDate)));
  }
  // Row counts and fill rates of a file that could not be read whole only repeat its problem.
  if (!table.issues.length) runChecks(ctx, metaFile, locate, meta, entries, table.rows.length);
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
