/**
 * Statistics for /stats/ and /data/stats.json|csv, computed from the loaded data on the
 * disclosure date. Pure: no I/O, no Astro. Taken-down entries are COUNTED here and nowhere
 * named: the inputs carry only statuses and dates.
 *
 * Dishonesty counts (失信: blacklists and warning lists) never include registers of qualified
 * providers or red lists (守信激励): those are counted apart, as `register_active` and
 * `redlist_active`, wherever entries are totalled.
 */
import { countsByUnit, monthRange, onTimeRate, overallCounts, type MonthModel, type StatusCounts } from '../progress/rules.ts';

export interface StatsArea {
  slug: string;
  number: number;
  title: string;
}
export interface StatsList {
  id: string;
  meta: { title: string; area: string; kind: string };
  entries: { status: 'active' | 'expired' | 'removed' | 'pending'; listed_on: string }[];
}
export interface StatsCase {
  area: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface EntryCounts {
  active: number;
  expired: number;
  removed: number;
  /** expired + removed: no longer published, counted only. */
  taken_down: number;
}

/** Active entries of the lists that are not dishonesty lists. */
export interface OtherActive {
  /** Registers of qualified providers (登记名录). */
  register_active: number;
  /** Red lists (红名单, 守信激励). */
  redlist_active: number;
}

/** Kinds whose entries are counted as dishonesty (失信) entries. */
const DISHONESTY = new Set(['blacklist', 'warning']);

export interface Stats {
  disclosure_date: string;
  /** Entry counts are of dishonesty lists only; registers and red lists in `register_active`, `redlist_active`. */
  totals: EntryCounts & OtherActive & {
    lists: number;
    cases: number;
    reports: Omit<StatusCounts, 'expected'> & { expected: number; on_time_rate: number | null };
  };
  by_area: (EntryCounts & OtherActive & { area: string; number: number; title: string; lists: number; cases: number })[];
  by_list: (EntryCounts & { list: string; title: string; area: string; kind: string })[];
  /** Dishonesty listings per month of `listed_on` (every status but pending), every month from the first. */
  new_listings_by_month: { month: string; count: number }[];
  /** Cases per area and year (of the case's date). */
  cases_by_area_year: { years: string[]; rows: { area: string; title: string; by_year: Record<string, number>; total: number }[] };
  /** Monthly reports per unit, by status, over every month shown. */
  reports_by_unit: (StatusCounts & { unit: string; name: string; on_time_rate: number | null })[];
}

function entryCounts(entries: StatsList['entries']): EntryCounts {
  const c = { active: 0, expired: 0, removed: 0, taken_down: 0 };
  for (const e of entries) {
    if (e.status === 'active') c.active++;
    else if (e.status === 'expired') c.expired++;
    else if (e.status === 'removed') c.removed++;
  }
  c.taken_down = c.expired + c.removed;
  return c;
}

function add(a: EntryCounts, b: EntryCounts): EntryCounts {
  return { active: a.active + b.active, expired: a.expired + b.expired, removed: a.removed + b.removed, taken_down: a.taken_down + b.taken_down };
}

const ZERO: EntryCounts = { active: 0, expired: 0, removed: 0, taken_down: 0 };

type Counted = EntryCounts & { kind: string };

function dishonestyCounts(lists: Counted[]): EntryCounts {
  return lists.filter((l) => DISHONESTY.has(l.kind)).reduce<EntryCounts>((acc, l) => add(acc, l), ZERO);
}

function otherActive(lists: Counted[]): OtherActive {
  const active = (kind: string) => lists.filter((l) => l.kind === kind).reduce((n, l) => n + l.active, 0);
  return { register_active: active('register'), redlist_active: active('redlist') };
}

export function computeStats(input: {
  disclosureDate: string;
  areas: StatsArea[];
  lists: StatsList[];
  cases: StatsCase[];
  progress: MonthModel[];
  unitName: (id: string) => string;
}): Stats {
  const on = input.disclosureDate;
  const areas = [...input.areas].sort((a, b) => a.number - b.number);
  const byList = input.lists.map((l) => ({ list: l.id, title: l.meta.title, area: l.meta.area, kind: l.meta.kind, ...entryCounts(l.entries) }));
  const cases = input.cases.filter((c) => c.date <= on);

  const byArea = areas.map((a) => {
    const own = byList.filter((l) => l.area === a.slug);
    return { area: a.slug, number: a.number, title: a.title, lists: own.length, ...dishonestyCounts(own), ...otherActive(own), cases: cases.filter((c) => c.area === a.slug).length };
  });

  const perMonth = new Map<string, number>();
  for (const l of input.lists) if (DISHONESTY.has(l.meta.kind)) for (const e of l.entries) {
    if (e.status === 'pending') continue;
    const m = e.listed_on.slice(0, 7);
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
  }
  const listedMonths = [...perMonth.keys()].sort();
  const newListings = listedMonths.length ? monthRange(listedMonths[0]!, listedMonths[listedMonths.length - 1]!).map((month) => ({ month, count: perMonth.get(month) ?? 0 })) : [];

  const years = [...new Set(cases.map((c) => c.date.slice(0, 4)))].sort();
  const caseRows = areas.map((a) => {
    const own = cases.filter((c) => c.area === a.slug);
    const by_year = Object.fromEntries(years.map((y) => [y, own.filter((c) => c.date.startsWith(y)).length]));
    return { area: a.slug, title: a.title, by_year, total: own.length };
  });

  const unitCounts = countsByUnit(input.progress);
  const reportsByUnit = [...unitCounts.entries()]
    .map(([unit, c]) => ({ unit, name: input.unitName(unit), ...c, on_time_rate: round4(onTimeRate(c)) }))
    .sort((a, b) => (b.on_time_rate ?? -1) - (a.on_time_rate ?? -1) || b.on_time - a.on_time || a.name.localeCompare(b.name, 'zh-CN'));

  const all = overallCounts(input.progress);
  return {
    disclosure_date: on,
    totals: {
      ...dishonestyCounts(byList),
      ...otherActive(byList),
      lists: byList.length,
      cases: cases.length,
      reports: { ...all, on_time_rate: round4(onTimeRate(all)) },
    },
    by_area: byArea,
    by_list: byList,
    new_listings_by_month: newListings,
    cases_by_area_year: { years, rows: caseRows },
    reports_by_unit: reportsByUnit,
  };
}

function round4(r: number | undefined): number | null {
  return r === undefined ? null : Math.round(r * 10000) / 10000;
}

/**
 * A sentence or two that says what a bar chart shows, for its text alternative:
 * how many bars, the total, and the largest values.
 */
export function describeBars(labels: string[], values: number[], unit: string, top = 3): string {
  if (!labels.length) return '暂无数据。';
  const total = values.reduce((a, b) => a + b, 0);
  const order = labels.map((l, i) => ({ l, v: values[i] ?? 0 })).sort((a, b) => b.v - a.v);
  const nonZero = order.filter((o) => o.v > 0);
  const head = `共 ${labels.length} 项，合计 ${total} ${unit}。`;
  if (!nonZero.length) return `${head}各项均为 0。`;
  const best = nonZero.slice(0, top).map((o) => `${o.l}（${o.v} ${unit}）`).join('、');
  const zeros = order.length - nonZero.length;
  return `${head}最多的是${best}${zeros ? `；${zeros} 项为 0` : ''}。完整数字见图下的数据表。`;
}

/** Rows of the long-format CSV download: one number per line, with its meaning in words. */
export function statsCsvRows(s: Stats): string[][] {
  const rows: string[][] = [['section', 'key', 'label', 'metric', 'value']];
  const push = (section: string, key: string, label: string, metric: string, value: number | null) => rows.push([section, key, label, metric, value === null ? '' : String(value)]);
  for (const m of ['active', 'expired', 'removed', 'taken_down', 'lists', 'cases'] as const) push('totals', 'all', '全部', m, s.totals[m]);
  for (const m of ['expected', 'on_time', 'late', 'missing', 'pending', 'on_time_rate'] as const) push('totals', 'reports', '月度报送', m, s.totals.reports[m]);
  for (const a of s.by_area) for (const m of ['lists', 'active', 'expired', 'removed', 'taken_down', 'cases'] as const) push('by_area', a.area, a.title, m, a[m]);
  for (const l of s.by_list) for (const m of ['active', 'expired', 'removed', 'taken_down'] as const) push('by_list', l.list, l.title, m, l[m]);
  for (const n of s.new_listings_by_month) push('new_listings_by_month', n.month, n.month, 'count', n.count);
  for (const r of s.cases_by_area_year.rows) for (const y of s.cases_by_area_year.years) push('cases_by_area_year', `${r.area}/${y}`, `${r.title} ${y}`, 'cases', r.by_year[y] ?? 0);
  for (const u of s.reports_by_unit) for (const m of ['expected', 'on_time', 'late', 'missing', 'pending', 'on_time_rate'] as const) push('reports_by_unit', u.unit, u.name, m, u[m]);
  return rows;
}
