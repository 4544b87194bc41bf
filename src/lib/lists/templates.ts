/**
 * Blank CSV templates for editors, one per list (`/data/templates/<list-id>.csv`): UTF-8 with
 * BOM (Excel shows the Chinese right), the header row of keys (core columns, then the list's own
 * columns from meta.yml), and ONE fictional example row whose first cell starts with `#`, which
 * makes it a comment the loader skips (src/lib/csv.ts). Without the `#` the example is a valid
 * entry of the list, so an editor can copy it and change the values.
 */
import { CORE_COLUMNS } from '../../schemas/list-entry.ts';
import type { ListMeta } from '../../schemas/list-meta.ts';
import { usccCheckChar } from '../identifiers.ts';
import { csvLines } from '../csv.ts';

/** Id of the example row (after the `#`); never a real entry's id. */
export const EXAMPLE_ID = 'example-0001';

/** A fictional but well-formed USCC: all zeros as organisation code, right check character. */
function exampleUscc(prefix: '91' | '92'): string {
  const first17 = `${prefix}620102000000000`;
  return first17 + usccCheckChar(first17)!;
}

/** Header keys of a list's entries.csv, in the order of the data dictionary. */
export function templateColumns(meta: Pick<ListMeta, 'columns'>): string[] {
  return [...Object.keys(CORE_COLUMNS), ...meta.columns.map((c) => c.key)];
}

/** The example row's values by key; `on` is the listing date to show (the disclosure date). */
export function exampleRow(meta: ListMeta, on: string, district: string): Record<string, string> {
  const type = meta.subject_kinds[0] ?? 'org';
  const row: Record<string, string> = {
    id: EXAMPLE_ID,
    subject_name: type === 'person' ? '（示例）王某某' : type === 'sole_trader' ? `（示例）${district}某某便利店` : '（示例）某某示例有限公司',
    subject_type: type,
    uscc: type === 'person' ? '' : exampleUscc(type === 'sole_trader' ? '92' : '91'),
    id_masked: type === 'person' ? '620102********000X' : '',
    legal_rep: type === 'person' ? '' : '（示例）李某',
    district,
    reason: meta.kind === 'register' ? '' : meta.kind === 'redlist' ? '（示例）此处写明守信表现' : '（示例）此处写明失信行为或列入事由',
    basis: meta.legal_basis,
    decision_no: '（示例）某决字〔2026〕第1号',
    authority: meta.authority,
    listed_on: on,
    expires_on: '',
    removed_on: '',
    removal_reason: '',
  };
  for (const c of meta.columns) {
    row[c.key] = c.type === 'integer' ? '1' : c.type === 'decimal' ? '1.5' : c.type === 'date' ? on : c.type === 'enum' ? (c.values?.[0] ?? '') : `（示例）${c.label}`;
  }
  return row;
}

/** The template's text (with BOM and CRLF, as Excel writes CSV). */
export function templateCsv(meta: ListMeta, on: string, district: string): string {
  const keys = templateColumns(meta);
  const example = exampleRow(meta, on, district);
  const values = keys.map((k) => example[k] ?? '');
  values[0] = `#${example['id']}`;
  return csvLines([keys, values]);
}
