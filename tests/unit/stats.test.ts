import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/lib/progress/rules.ts';
import { computeStats, describeBars, statsCsvRows, type StatsList } from '../../src/lib/stats/compute.ts';
import { csvLines } from '../../src/lib/csv.ts';
import { statsCharts } from '../../src/lib/stats/charts.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const areas = [
  { slug: 'wage-arrears', number: 8, title: '拖欠工资问题', units: ['human-resources'], deadline: '2019-12-31' },
  { slug: 'telecom-fraud', number: 1, title: '电信网络诈骗', units: ['public-security', 'cyberspace'], deadline: '2019-12-31' },
];
const entry = (status: StatsList['entries'][number]['status'], listed_on: string) => ({ status, listed_on });
const lists: StatsList[] = [
  {
    id: 'wage-blacklist',
    meta: { title: '拖欠农民工工资黑名单', area: 'wage-arrears', kind: 'blacklist' },
    entries: [entry('active', '2020-01-05'), entry('active', '2020-03-10'), entry('expired', '2019-11-02'), entry('removed', '2020-01-20'), entry('pending', '2027-01-01')],
  },
  { id: 'wage-warning', meta: { title: '欠薪预警名单', area: 'wage-arrears', kind: 'warning' }, entries: [entry('active', '2020-01-09')] },
];
const cases = [
  { area: 'wage-arrears', date: '2020-05-01' },
  { area: 'wage-arrears', date: '2021-05-01' },
  { area: 'telecom-fraud', date: '2021-07-01' },
  { area: 'telecom-fraud', date: '2027-01-01' },
];
const r = (area: string, unit: string, submitted_on: string) => ({ area, unit, submitted_on, cases_handled: 1, entries_listed: 0, entries_removed: 0, cases_published: 0, summary: 's', work_status: '推进中' as const });
const progress = computeProgress(
  areas,
  [
    { month: '2019-06', reports: [r('telecom-fraud', 'public-security', '2019-06-20'), r('telecom-fraud', 'cyberspace', '2019-06-25'), r('wage-arrears', 'human-resources', '2019-06-10')] },
    { month: '2019-07', reports: [r('telecom-fraud', 'public-security', '2019-07-20'), r('wage-arrears', 'human-resources', '2019-07-10')] },
  ],
  '2026-11-27',
);
const names: Record<string, string> = { 'public-security': '市公安局', cyberspace: '市委网信办', 'human-resources': '市人社局' };
const stats = computeStats({ disclosureDate: SAMPLE_DAY, areas, lists, cases, progress, unitName: (id) => names[id] ?? id });

describe('dishonesty counts apart from registers and red lists', () => {
  const withOthers = computeStats({
    disclosureDate: SAMPLE_DAY,
    areas,
    lists: [
      ...lists,
      { id: 'qualified', meta: { title: '资质名录', area: 'wage-arrears', kind: 'register' }, entries: [entry('active', '2020-02-01'), entry('active', '2020-02-02'), entry('expired', '2019-02-02')] },
      { id: 'tax-a', meta: { title: '纳税信用 A 级纳税人名单', area: 'telecom-fraud', kind: 'redlist' }, entries: [entry('active', '2020-04-01'), entry('removed', '2020-04-02')] },
    ],
    cases,
    progress,
    unitName: (id) => names[id] ?? id,
  });

  it('never adds a register’s or a red list’s entries to the dishonesty totals, per area or overall, nor to new listings', () => {
    expect(withOthers.totals).toMatchObject({ active: stats.totals.active, expired: stats.totals.expired, removed: stats.totals.removed, taken_down: stats.totals.taken_down });
    expect(withOthers.by_area.map((a) => [a.area, a.active, a.taken_down])).toEqual(stats.by_area.map((a) => [a.area, a.active, a.taken_down]));
    expect(withOthers.new_listings_by_month).toEqual(stats.new_listings_by_month);
  });

  it('counts them apart, active entries only', () => {
    expect(withOthers.totals).toMatchObject({ register_active: 2, redlist_active: 1, lists: 4 });
    expect(withOthers.by_area.map((a) => [a.area, a.register_active, a.redlist_active])).toEqual([
      ['telecom-fraud', 0, 1],
      ['wage-arrears', 2, 0],
    ]);
    expect(stats.totals).toMatchObject({ register_active: 0, redlist_active: 0 });
  });
});

describe('computeStats', () => {
  it('counts active, expired and removed entries per list and never counts pending ones', () => {
    expect(stats.by_list.map((l) => [l.list, l.active, l.expired, l.removed, l.taken_down])).toEqual([
      ['wage-blacklist', 2, 1, 1, 2],
      ['wage-warning', 1, 0, 0, 0],
    ]);
  });

  it('adds the lists up per area, areas in plan order, areas without lists at zero', () => {
    expect(stats.by_area.map((a) => [a.area, a.lists, a.active, a.taken_down, a.cases])).toEqual([
      ['telecom-fraud', 0, 0, 0, 1],
      ['wage-arrears', 2, 3, 2, 2],
    ]);
    expect(stats.totals).toMatchObject({ active: 3, expired: 1, removed: 1, taken_down: 2, lists: 2, cases: 3 });
  });

  it('counts new listings per month of listing, every month from the first, without pending entries', () => {
    expect(stats.new_listings_by_month).toEqual([
      { month: '2019-11', count: 1 },
      { month: '2019-12', count: 0 },
      { month: '2020-01', count: 3 },
      { month: '2020-02', count: 0 },
      { month: '2020-03', count: 1 },
    ]);
  });

  it('counts cases per area and year, leaving out cases published after the disclosure date', () => {
    expect(stats.cases_by_area_year.years).toEqual(['2020', '2021']);
    expect(stats.cases_by_area_year.rows.map((x) => [x.area, x.by_year, x.total])).toEqual([
      ['telecom-fraud', { '2020': 0, '2021': 1 }, 1],
      ['wage-arrears', { '2020': 1, '2021': 1 }, 2],
    ]);
  });

  it('counts reports on time per unit, best rate first, ties in the order of the Chinese names', () => {
    expect(stats.reports_by_unit.map((u) => [u.unit, u.expected, u.on_time, u.late, u.missing, u.on_time_rate])).toEqual([
      ['public-security', 2, 2, 0, 0, 1],
      ['human-resources', 2, 2, 0, 0, 1],
      ['cyberspace', 2, 0, 1, 1, 0],
    ]);
    expect(stats.totals.reports).toMatchObject({ expected: 6, on_time: 4, late: 1, missing: 1, on_time_rate: 0.6667 });
  });
});

describe('describeBars', () => {
  it('names the total and the largest values', () => {
    expect(describeBars(['甲', '乙', '丙', '丁'], [3, 9, 0, 5], '条', 2)).toBe('共 4 项，合计 17 条。最多的是乙（9 条）、丁（5 条）；1 项为 0。完整数字见图下的数据表。');
  });

  it('says when there is nothing to show', () => {
    expect(describeBars([], [], '条')).toBe('暂无数据。');
    expect(describeBars(['甲'], [0], '条')).toBe('共 1 项，合计 0 条。各项均为 0。');
  });
});

describe('the stats download', () => {
  it('has one number per line with its section, key and label', () => {
    const rows = statsCsvRows(stats);
    expect(rows[0]).toEqual(['section', 'key', 'label', 'metric', 'value']);
    expect(rows).toContainEqual(['by_list', 'wage-blacklist', '拖欠农民工工资黑名单', 'taken_down', '2']);
    expect(rows).toContainEqual(['cases_by_area_year', 'wage-arrears/2021', '拖欠工资问题 2021', 'cases', '1']);
    expect(rows).toContainEqual(['totals', 'reports', '月度报送', 'on_time_rate', '0.6667']);
  });

  it('is written like every download: BOM, quoted cells where needed, and a unit name that reads as a formula made inert', () => {
    const csv = csvLines([['a', 'b'], ['x,y', 'say "hi"'], ['reports_by_unit', '=HYPERLINK("x")']]);
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\nreports_by_unit,"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe('statsCharts', () => {
  const charts = statsCharts(stats);

  it('gives every chart a title, a text alternative and a data table row per bar', () => {
    expect(charts.map((c) => c.id)).toEqual(['entries-by-area', 'entries-by-list', 'new-listings', 'cases-by-area', 'reports-by-unit']);
    for (const c of charts) {
      expect(c.title.length, c.id).toBeGreaterThan(0);
      expect(c.description.length, c.id).toBeGreaterThan(10);
      for (const s of c.series) expect(s.values).toHaveLength(c.labels.length);
    }
    const byArea = charts[0]!;
    expect(byArea.table.rows).toHaveLength(byArea.labels.length + 1);
    expect(byArea.table.rows.at(-1)).toEqual(['合计', 2, 3, 1, 1, 2, 0, 0]);
  });

  it('lays the monthly listings out as a year-by-month table', () => {
    const c = charts[2]!;
    expect(c.table.headers).toHaveLength(14);
    expect(c.table.rows).toEqual([
      ['2019年', '—', '—', '—', '—', '—', '—', '—', '—', '—', '—', 1, 0, 1],
      ['2020年', 3, 0, 1, '—', '—', '—', '—', '—', '—', '—', '—', '—', 4],
    ]);
    expect(c.ticks).toEqual(['2019', undefined, '2020', undefined, undefined]);
  });

  it('says in the text alternative of the areas chart how many entries are published and taken down', () => {
    expect(charts[0]!.description).toContain('正在公示 3 条，停止公示 2 条');
  });
});
