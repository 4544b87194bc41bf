/**
 * Every query a page makes, in one module. Pages stay thin: getStaticPaths, one query, one layout.
 * Data is loaded and validated once per build; invalid data stops the build with every problem.
 */
import { dataRoot, disclosureDate } from './config.ts';
import { DataError, formatIssue } from './issues.ts';
import { loadPortal, type Portal } from './load/index.ts';
import type { AreaRecord } from './areas/load.ts';
import type { Unit } from '../schemas/unit.ts';
import { deadlineState, onlyFallback, type DeadlineState } from './areas/rules.ts';

/**
 * The loaded data, shared through `globalThis`: the build's integration (src/integrations/portal.ts)
 * loads and validates it once before any page renders, and the pages, bundled separately by
 * Astro, read that same object instead of loading the files again.
 */
const STORE = Symbol.for('credit-portal.portal');
type Store = { [STORE]?: Portal };

/** Makes `p` the data every query reads (the integration, after validation). */
export function providePortal(p: Portal): void {
  (globalThis as Store)[STORE] = p;
}

export function portal(): Portal {
  const store = globalThis as Store;
  if (!store[STORE]) {
    // Outside a build (astro dev, tests): load here; invalid data stops with every problem.
    const { portal: p, issues, warnings } = loadPortal({ root: dataRoot(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: disclosureDate() });
    if (issues.length) throw new DataError(issues);
    for (const w of warnings) console.warn(formatIssue(w));
    store[STORE] = p;
  }
  return store[STORE]!;
}

/** The city the portal publishes for (data/city.yml). */
export function city() {
  return portal().city;
}

/** The site's name, e.g. 某市重点失信领域专项治理信息公示. */
export function siteName(): string {
  return `${city().name}重点失信领域专项治理信息公示`;
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

/** An area with what its pages show beside the front matter. */
export interface AreaView {
  area: AreaRecord;
  /** Responsible units, in the plan's order. */
  units: Unit[];
  /** 完成时限 passed or not, at the disclosure date. */
  deadline: DeadlineState;
  /** Only the city's general 12345 channel is listed (no verified area-specific channel). */
  fallbackOnly: boolean;
}

function view(a: AreaRecord): AreaView {
  return { area: a, units: a.units.map(unit), deadline: deadlineState(a.deadline, portal().disclosureDate), fallbackOnly: onlyFallback(a.channels) };
}

/** Every area, numbered 1..19, for the home page, /areas/ and /tip-off/. */
export function areaViews(): AreaView[] {
  return areas().map(view);
}

export function areaView(slug: string): AreaView {
  return view(area(slug));
}

export function unitName(id: string): string {
  return portal().units.get(id)?.name ?? id;
}
