/**
 * Checks of the open-data descriptors with the libraries that define their formats, shared by
 * the unit tests and the end-to-end tests: ajv validates a datapackage.json against the
 * Frictionless profiles (JSON Schema draft-04, copied in tests/schemas/frictionless/), and
 * jsonld expands catalog.jsonld as any linked-data client would. Nothing is fetched: the
 * profiles are local files and a JSON-LD document that asks for a remote context fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';

const PROFILES = join(import.meta.dirname, '..', '..', 'tests', 'schemas', 'frictionless');
const profile = (name: string) => JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8')) as Record<string, unknown>;

export interface DescriptorProblems {
  /** Problems against the Tabular Data Package profile. */
  package: string[];
  /** Problems of each resource's `schema` against the Table Schema profile. */
  tableSchema: string[];
}

let validators: { pkg: (d: unknown) => string[]; table: (d: unknown) => string[] } | undefined;

function compile() {
  // The profiles carry editor hints (propertyOrder, options, context) that are not JSON Schema
  // keywords, and a `textarea` format for forms: neither constrains the data.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  const run = (schema: Record<string, unknown>) => {
    const v = ajv.compile(schema);
    return (d: unknown) => (v(d) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
  };
  return { pkg: run(profile('tabular-data-package')), table: run(profile('table-schema')) };
}

/** What is wrong with a datapackage.json (nothing: both lists empty). */
export function checkDataPackage(descriptor: unknown): DescriptorProblems {
  validators ??= compile();
  const resources = ((descriptor as { resources?: { schema?: unknown }[] }).resources ?? []);
  return { package: validators.pkg(descriptor), tableSchema: resources.flatMap((r, i) => validators!.table(r.schema).map((p) => `resources/${i}/schema${p}`)) };
}

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';

type Node = Record<string, unknown[] | string | undefined> & { '@id'?: string; '@type'?: string[] };

/** One expanded dataset: its IRI, its types, and the properties it has (expanded IRIs). */
export interface ExpandedDataset {
  id: string | undefined;
  types: string[];
  properties: string[];
  identifier: string | undefined;
  distributions: { types: string[]; downloadURL: string | undefined; mediaType: string | undefined }[];
}

/** catalog.jsonld expanded: the catalogue's types and properties, and each dataset's. */
export async function expandCatalog(doc: unknown): Promise<{ types: string[]; properties: string[]; datasets: ExpandedDataset[] }> {
  const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, {
    documentLoader: async (url: string) => {
      throw new Error(`catalog.jsonld asks for a remote document: ${url}`);
    },
  })) as unknown as Node[];
  const catalog = expanded.find((n) => n['@type']?.includes(`${DCAT}Catalog`));
  if (!catalog) throw new Error('no dcat:Catalog');
  const nodes = (v: unknown) => (Array.isArray(v) ? (v as Node[]) : []);
  const iri = (v: unknown) => nodes(v)[0]?.['@id'];
  const value = (v: unknown) => (nodes(v)[0] as { '@value'?: string } | undefined)?.['@value'];
  return {
    types: catalog['@type'] ?? [],
    properties: Object.keys(catalog),
    datasets: nodes(catalog[`${DCAT}dataset`]).map((d) => ({
      id: d['@id'],
      types: d['@type'] ?? [],
      properties: Object.keys(d),
      identifier: value(d[`${DCT}identifier`]),
      distributions: nodes(d[`${DCAT}distribution`]).map((f) => ({ types: f['@type'] ?? [], downloadURL: iri(f[`${DCAT}downloadURL`]), mediaType: iri(f[`${DCAT}mediaType`]) })),
    })),
  };
}

export const DCAT_TERMS = { DCAT, DCT };
