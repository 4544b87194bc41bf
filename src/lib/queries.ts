/**
 * Every query a page makes, in one module. Pages stay thin: getStaticPaths, one query, one layout.
 * Data is loaded and validated once per build; invalid data stops the build with every problem.
 */
import { dataRoot, disclosureDate } from './config.ts';
import { DataError, formatIssue } from './issues.ts';
import { loadPortal, type Portal } from './load/index.ts';
import type { AreaRecord } from './load/areas.ts';
import type { Unit } from '../schemas/unit.ts';
import { deadlineState, onlyFallback, type DeadlineState } from './areas.ts';

let cached: Portal | undefined;

export function portal(): Portal {
  if (!cached) {
    const { portal: p, issues, warnings } = loadPortal({ root: dataRoot(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: disclosureDate() });
    if (issues.length) throw new DataError(issues);
    // Not errors, but an editor should see them in the build log too.
    for (const w of warnings) console.warn(formatIssue(w));
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
