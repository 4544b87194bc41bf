/**
 * A dataset as a Frictionless Tabular Data Package (specs.frictionlessdata.io, v1): one resource,
 * the CSV download, whose Table Schema is the dataset's columns. The schema describes the CSV as
 * served, so a field's `name` is the CSV header (the Chinese label) and an enum lists the Chinese
 * values the CSV holds; `key` (an extra property, which the specification allows) is the JSON's
 * name of the same field. Pure: unit-tested without a build.
 */
import { LIST_SEPARATOR, type OpenDataColumn } from './serialise.ts';

/** Table Schema type of a column as written in the CSV. */
const TABLE_TYPES: Record<string, string> = { text: 'string', enum: 'string', integer: 'integer', decimal: 'number', date: 'date' };

export interface TableSchemaField {
  name: string;
  title: string;
  description: string;
  type: string;
  key: string;
  constraints?: Record<string, unknown>;
}

/** One column as a Table Schema field. */
export function tableSchemaField(c: OpenDataColumn): TableSchemaField {
  const listNote = c.list ? `多个值之间用“${LIST_SEPARATOR}”分隔（JSON 文件中为数组）。` : '';
  const codeNote = c.value_labels && !c.list && Object.keys(c.value_labels).some((k) => c.value_labels![k] !== k) ? 'CSV 中写中文，JSON 文件中为代码（见 JSON 的 columns[].value_labels）。' : '';
  const type = c.list ? 'string' : (TABLE_TYPES[c.type] ?? 'string');
  const constraints: Record<string, unknown> = {};
  const given = c.constraints ?? {};
  if (given.required) constraints['required'] = true;
  // A list cell joins several values: the single-value rules do not hold for it.
  if (!c.list) {
    if (given.minimum !== undefined) constraints['minimum'] = given.minimum;
    if (given.maximum !== undefined) constraints['maximum'] = given.maximum;
    if (given.pattern !== undefined) constraints['pattern'] = given.pattern;
    const values = given.enum ?? (c.value_labels ? [...new Set(Object.values(c.value_labels))] : undefined);
    if (values?.length) constraints['enum'] = values;
  }
  return {
    name: c.label,
    title: c.label,
    description: `${c.description}${c.unit ? `单位：${c.unit}。` : ''}${codeNote}${listNote}`,
    type,
    key: c.key,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export interface PackageInput {
  id: string;
  title: string;
  description: string;
  columns: OpenDataColumn[];
  /** Absolute URLs. */
  csvUrl: string;
  pageUrl: string;
  csv: { bytes: number; sha256: string };
  publisher: string;
  licence: string;
  licenceUrl?: string | undefined;
  /** YYYY-MM-DD: the day the files were computed for. */
  disclosureDate: string;
}

/** The datapackage.json descriptor of one dataset. */
export function dataPackage(d: PackageInput): Record<string, unknown> {
  // A licence needs a name or a path: without licence_url, Open Definition's 'other-at' (attribution).
  const licenses = [{ title: d.licence, ...(d.licenceUrl ? { path: d.licenceUrl } : { name: 'other-at' }) }];
  return {
    profile: 'tabular-data-package',
    name: d.id,
    title: d.title,
    description: d.description,
    homepage: d.pageUrl,
    version: d.disclosureDate,
    licenses,
    contributors: [{ title: d.publisher, role: 'publisher' }],
    resources: [
      {
        profile: 'tabular-data-resource',
        name: d.id,
        title: d.title,
        path: d.csvUrl,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: d.csv.bytes,
        hash: `sha256:${d.csv.sha256}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: d.columns.map(tableSchemaField), missingValues: [''] },
      },
    ],
  };
}
