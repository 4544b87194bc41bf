/**
 * Every query a page makes, in one module. Pages stay thin: getStaticPaths, one query, one layout.
 * Data is loaded and validated once per build; invalid data stops the build with every problem.
 */
import { disclosureDate } from './config.ts';
import { DataError } from './issues.ts';
import { loadPortal, type Portal } from './load/index.ts';

let cached: Portal | undefined;

export function portal(): Portal {
  if (!cached) {
    const { portal: p, issues } = loadPortal({ root: process.cwd(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: disclosureDate() });
    if (issues.length) throw new DataError(issues);
    cached = p;
  }
  return cached;
}

export function areas() {
  return [...portal().areas.values()];
}

export function area(slug: string) {
  const a = portal().areas.get(slug);
  if (!a) throw new Error(`unknown area ${slug}`);
  return a;
}

export function unit(id: string) {
  const u = portal().units.get(id);
  if (!u) throw new Error(`unknown unit ${id}`);
  return u;
}

export function unitNames(ids: string[]): string[] {
  return ids.map((id) => unit(id).name);
}
