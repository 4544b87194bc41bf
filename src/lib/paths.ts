/**
 * Every public address of the site, built here and nowhere else. Paths are written from the
 * site root; `href()` puts them under the configured base path (BASE_PATH), so the portal works
 * when deployed under a sub-path, and `absolute()` makes them full URLs for feeds and citations.
 * Browser-safe: no Node modules.
 */
const BASE = import.meta.env?.BASE_URL ?? '/';

/** `href('/areas/x/')` → `/base/areas/x/`. */
export function href(path: string): string {
  const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
  return base + path.replace(/^\/+/, '');
}

/** Absolute URL (feeds, citations, og:image). */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').toString();
}

/** Page n of a listing whose first page is `base`: `/cases/` → `/cases/2/` (page 1 is `base`). */
export function pagedPath(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** An area's page; `part` is an anchor on it (`tip-off-title`). */
export function areaPath(slug: string, part?: string): string {
  return `/areas/${slug}/${part ? `#${part}` : ''}`;
}

/** The city's plan, or an area's section of it. */
export function planPath(anchor?: string): string {
  return `/plan/${anchor ? `#${anchor}` : ''}`;
}

/** Page n of a list's table. */
export function listPath(listId: string, page = 1): string {
  return pagedPath(`/lists/${listId}/`, page);
}

/** An entry's page (or, once it is taken down, its notice). */
export function entryPath(listId: string, entryId: string): string {
  return `/lists/${listId}/${entryId}/`;
}

/** An organisation's page, by its USCC. */
export function subjectPath(uscc: string): string {
  return `/subjects/${uscc}/`;
}

/** The subject directory's index. */
export const DIRECTORY_PATH = '/subjects/';

/** Page n of the subject directory by name. */
export function directoryNamePath(page = 1): string {
  return pagedPath('/subjects/name/', page);
}

/** Page n of one district's part of the subject directory. */
export function directoryDistrictPath(district: string, page = 1): string {
  return pagedPath(`/subjects/district/${district}/`, page);
}

export function casePath(id: string): string {
  return `/cases/${id}/`;
}

export function noticePath(id: string): string {
  return `/notices/${id}/`;
}

/** A month's progress page (`2019-06`); `part` is an anchor on it. */
export function monthPath(month: string, part?: string): string {
  return `/progress/${month}/${part ? `#${part}` : ''}`;
}

/** A download of the open data: `/data/<id>.csv` or `.json`. */
export function downloadPath(id: string, format: 'csv' | 'json'): string {
  return `/data/${id}.${format}`;
}

/** A dataset's Frictionless data package (its columns as a Table Schema). */
export function datapackagePath(id: string): string {
  return `/data/${id}/datapackage.json`;
}

/** A dataset's data dictionary: its table on /data/. */
export function dictionaryPath(id: string): string {
  return `/data/#dictionary-${id}`;
}

/** The catalogue of every dataset: our own JSON, and DCAT in JSON-LD. */
export const CATALOG_PATH = '/data/catalog.json';
export const DCAT_PATH = '/data/catalog.jsonld';

/** Page n of the change log. */
export function changesPath(page = 1): string {
  return pagedPath('/changes/', page);
}

/** Where a social card's PNG is published. */
export function ogImagePath(kind: string, id: string): string {
  return `/og/${kind}/${id}.png`;
}

/** The cases of one area, one year or one measure: `/cases/area/<slug>/`, `/cases/year/<y>/`, `/cases/measure/<key>/`. */
export function caseFacetPath(facet: 'area' | 'year' | 'measure', value: string | number): string {
  return `/cases/${facet}/${value}/`;
}

/** The national joint-punishment memoranda the measures rest on. */
export function memorandaPath(): string {
  return '/cases/memoranda/';
}

/** The cases that applied a measure of one memorandum: `/cases/memoranda/<key>/`. */
export function memorandumPath(key: string): string {
  return `/cases/memoranda/${key}/`;
}

/** A list's blank CSV template for editors. */
export function templatePath(listId: string): string {
  return `/data/templates/${listId}.csv`;
}
