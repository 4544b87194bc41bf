/**
 * Serialisers for the open-data downloads (/data/<id>.csv, /data/<id>.json). Pure: the same
 * input gives the same bytes, so catalog.json can publish the SHA-256 of exactly what is served.
 *
 * CSV: UTF-8 with a byte-order mark (Excel then reads it as UTF-8, not GBK), CRLF line ends
 * (RFC 4180), a header row of Chinese labels (the keys are in the JSON file, the data dictionary
 * and catalog.json), coded values written as the Chinese a reader understands (主体类型
 * 法人及非法人组织, not `org`; the JSON keeps the codes and lists them), and every cell that a spreadsheet would read as a formula made inert: the
 * portal's one CSV writer, src/lib/csv.ts `csvLines`.
 */
import { createHash } from 'node:crypto';
import { csvLines, type CsvValue } from '../csv.ts';

/** A value of a record: a list (e.g. a case's measures) is written in the CSV as one cell, items joined by “；”. */
export type Cell = CsvValue | readonly string[];

/** What a column's values are known to obey (Table Schema constraints, also shown in the data dictionary). */
export interface ColumnConstraints {
  /** Never empty. */
  required?: boolean;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  /** The only values written (for codes: the Chinese labels, as in the CSV). */
  enum?: readonly string[];
}

export interface OpenDataColumn {
  /** Key in the JSON records and the source CSV. */
  key: string;
  /** Chinese label: the CSV header. */
  label: string;
  /** text | integer | decimal | date | enum. */
  type: string;
  unit?: string | undefined;
  description: string;
  /** For a column of codes: the Chinese each code is written as in the CSV (the JSON keeps the code). */
  value_labels?: Readonly<Record<string, string>>;
  /** True when each value is a list (JSON: an array; CSV: one cell, items joined by “；”). */
  list?: boolean;
  constraints?: ColumnConstraints;
}

type CsvColumn = Pick<OpenDataColumn, 'key' | 'label' | 'value_labels'>;

/** What separates the items of a list in one CSV cell. */
export const LIST_SEPARATOR = '；';

/** A cell as the CSV writes it: a code by its Chinese label, a list as one cell. */
function csvCell(c: CsvColumn, v: Cell | undefined): CsvValue {
  const label = (x: string) => (c.value_labels ? (c.value_labels[x] ?? x) : x);
  if (Array.isArray(v)) return v.map(label).join(LIST_SEPARATOR);
  return typeof v === 'string' ? label(v) : (v as CsvValue);
}

/** The CSV text (with BOM): header of labels, one line per record, CRLF. */
export function csvText(columns: CsvColumn[], records: Record<string, Cell>[]): string {
  return csvLines([columns.map((c) => c.label), ...records.map((r) => columns.map((c) => csvCell(c, r[c.key])))]);
}

const encoder = new TextEncoder();

export function csvBytes(columns: CsvColumn[], records: Record<string, Cell>[]): Uint8Array {
  return encoder.encode(csvText(columns, records));
}

/**
 * JSON with one record per line: readable, diff-friendly, and still small. Values are as in the
 * source (no formula guard: JSON is not opened by spreadsheets as formulas).
 */
export function jsonText(doc: { records: unknown[] } & Record<string, unknown>): string {
  const { records, ...head } = doc;
  const headText = Object.keys(head).length ? JSON.stringify(head, null, 2) : '{\n\n}';
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  const sep = Object.keys(head).length ? ',' : '';
  return `${headText.slice(0, -2)}${sep}\n  "records": [${records.length ? `\n${body}\n  ` : ''}]\n}\n`;
}

export function jsonBytes(doc: { records: unknown[] } & Record<string, unknown>): Uint8Array {
  return encoder.encode(jsonText(doc));
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
