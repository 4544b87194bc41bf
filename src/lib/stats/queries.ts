/**
 * Statistics on the disclosure date, computed once per build from the loaded data (the rules
 * are in ./compute.ts): /stats/, /data/stats.json and .csv, and the home page's key figures.
 */
import { portal, unitName } from '../queries.ts';
import { publishedCases } from '../cases/queries.ts';
import { progressModel } from '../progress/queries.ts';
import { computeStats, type Stats, type StatsCase } from './compute.ts';
import type { PovertyReliefRow } from '../../schemas/poverty-relief.ts';

let stats: Stats | undefined;

/** Published typical cases as statistics need them: area and year of publication. */
function caseFacts(): StatsCase[] {
  return publishedCases().map((c) => ({ area: c.area, date: c.published_on }));
}

/** Statistics on the disclosure date (/stats/, /data/stats.json, /data/stats.csv). */
export function siteStats(): Stats {
  if (!stats) {
    const p = portal();
    stats = computeStats({
      disclosureDate: p.disclosureDate,
      areas: [...p.areas.values()],
      lists: [...p.lists.values()],
      cases: caseFacts(),
      progress: progressModel(),
      unitName,
    });
  }
  return stats;
}

/** The home page's key figures. */
export function keyFigures() {
  const s = siteStats();
  return { active: s.totals.active, redlist: s.totals.redlist_active, register: s.totals.register_active, takenDown: s.totals.taken_down, lists: s.totals.lists, cases: s.totals.cases, onTimeRate: s.totals.reports.on_time_rate, months: progressModel().length };
}

/** One year of the poverty-relief figures: the city's totals and each district's row. */
export interface PovertyReliefYear {
  year: number;
  identified: number;
  exited: number;
  fundsAllocated: number;
  fundsUsed: number;
  districts: PovertyReliefRow[];
}

/** The poverty-relief figures by year, newest first, with the city's totals (none without the folder). */
export function povertyReliefYears(): PovertyReliefYear[] {
  const rows = portal().povertyRelief?.rows ?? [];
  const years = new Map<number, PovertyReliefYear>();
  for (const r of rows) {
    let y = years.get(r.year);
    if (!y) years.set(r.year, (y = { year: r.year, identified: 0, exited: 0, fundsAllocated: 0, fundsUsed: 0, districts: [] }));
    y.identified += r.identified;
    y.exited += r.exited;
    // Sums of 万元 with two decimals, kept exact by counting in 元 hundreds.
    y.fundsAllocated = Math.round((y.fundsAllocated + r.funds_allocated) * 100) / 100;
    y.fundsUsed = Math.round((y.fundsUsed + r.funds_used) * 100) / 100;
    y.districts.push(r);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
