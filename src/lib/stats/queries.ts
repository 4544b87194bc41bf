/**
 * Statistics on the disclosure date, computed once per build from the loaded data (the rules
 * are in ./compute.ts): /stats/, /data/stats.json and .csv, and the home page's key figures.
 */
import { portal, unitName } from '../queries.ts';
import { publishedCases } from '../cases/queries.ts';
import { progressModel } from '../progress/queries.ts';
import { computeStats, type Stats, type StatsCase } from './compute.ts';

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
