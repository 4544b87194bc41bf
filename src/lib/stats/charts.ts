/**
 * The charts of /stats/, as data: each with its title, text alternative, bars and data table.
 * Pure (no Astro), so that what a chart says can be tested against the numbers.
 */
import { LIST_KIND_LABELS, type ListKind } from '../../schemas/list-meta.ts';
import { formatRate } from '../progress/rules.ts';
import { describeBars, type Stats } from './compute.ts';
import { dateLabel, monthLabel } from '../dates.ts';

export interface ChartSpec {
  id: string;
  /** Section heading above the chart. */
  section: string;
  title: string;
  description: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  unit: string;
  kind: 'bar' | 'column';
  ticks?: (string | undefined)[];
  table: { caption?: string; headers: string[]; rows: (string | number)[][] };
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string;
}

export function statsCharts(s: Stats): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const takenDownNote = `“停止公示”为已到期或已移出的条目，只统计数量，不公开名称。`;

  const areaLabels = s.by_area.map((a) => `${a.number}. ${a.title}`);
  charts.push({
    id: 'entries-by-area',
    section: '各领域失信名单条目',
    title: '各领域失信名单（黑名单、预警名单）条目：正在公示与停止公示',
    description:
      `按领域统计失信名单条目（公示日期${dateLabel(s.disclosure_date)}）：正在公示 ${s.totals.active} 条，停止公示 ${s.totals.taken_down} 条。` +
      `资质名录（${s.totals.register_active} 条）和红名单（${s.totals.redlist_active} 条）不是失信信息，另列，不计入以上数字。` +
      describeBars(areaLabels, s.by_area.map((a) => a.active), '条') +
      takenDownNote,
    labels: areaLabels,
    series: [
      { name: '正在公示', values: s.by_area.map((a) => a.active) },
      { name: '停止公示（到期或移出）', values: s.by_area.map((a) => a.taken_down) },
    ],
    unit: '条',
    kind: 'bar',
    table: {
      headers: ['领域', '名单数', '失信正在公示', '已到期', '已移出', '停止公示合计', '资质名录公示中', '红名单公示中'],
      rows: [
        ...s.by_area.map((a, i) => [areaLabels[i]!, a.lists, a.active, a.expired, a.removed, a.taken_down, a.register_active, a.redlist_active]),
        ['合计', s.totals.lists, s.totals.active, s.totals.expired, s.totals.removed, s.totals.taken_down, s.totals.register_active, s.totals.redlist_active],
      ],
    },
  });

  const listLabels = s.by_list.map((l) => l.title);
  charts.push({
    id: 'entries-by-list',
    section: '各名单条目',
    title: '各名单条目：正在公示与停止公示',
    description: `共 ${s.by_list.length} 个名单。` + describeBars(listLabels, s.by_list.map((l) => l.active), '条') + takenDownNote,
    labels: listLabels,
    series: [
      { name: '正在公示', values: s.by_list.map((l) => l.active) },
      { name: '停止公示（到期或移出）', values: s.by_list.map((l) => l.taken_down) },
    ],
    unit: '条',
    kind: 'bar',
    table: {
      headers: ['名单', '类别', '正在公示', '已到期', '已移出', '停止公示合计'],
      rows: s.by_list.map((l) => [l.title, LIST_KIND_LABELS[l.kind as ListKind] ?? l.kind, l.active, l.expired, l.removed, l.taken_down]),
    },
    ...(s.by_list.length ? {} : { empty: '还没有公示名单。' }),
  });

  const months = s.new_listings_by_month;
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))];
  const byMonth = new Map(months.map((m) => [m.month, m.count]));
  charts.push({
    id: 'new-listings',
    section: '每月新增列入',
    title: '每月新增列入失信名单的条目数',
    description:
      (months.length ? `${monthLabel(months[0]!.month)}至${monthLabel(months[months.length - 1]!.month)}，按列入日期统计（含已停止公示的条目）。` : '') +
      describeBars(months.map((m) => monthLabel(m.month)), months.map((m) => m.count), '条'),
    labels: months.map((m) => m.month),
    series: [{ name: '新增列入', values: months.map((m) => m.count) }],
    unit: '条',
    kind: 'column',
    ticks: months.map((m, i) => (i === 0 || m.month.endsWith('-01') ? m.month.slice(0, 4) : undefined)),
    table: {
      caption: '每月新增列入失信名单（黑名单、预警名单）的条目数（数据表：行为年份，列为月份）',
      headers: ['年份', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '全年'],
      rows: years.map((y) => {
        const cells = Array.from({ length: 12 }, (_, i) => {
          const v = byMonth.get(`${y}-${String(i + 1).padStart(2, '0')}`);
          return v === undefined ? '—' : v;
        });
        const total = months.filter((m) => m.month.startsWith(y)).reduce((n, m) => n + m.count, 0);
        return [`${y}年`, ...cells, total];
      }),
    },
    ...(months.length ? {} : { empty: '还没有列入记录。' }),
  });

  const caseYears = s.cases_by_area_year.years;
  const caseRows = s.cases_by_area_year.rows;
  const caseLabels = s.by_area.map((a) => `${a.number}. ${a.title}`);
  charts.push({
    id: 'cases-by-area',
    section: '各领域典型案例',
    title: '各领域公示的典型案例数',
    description: (caseYears.length ? `${caseYears[0]} 至 ${caseYears[caseYears.length - 1]} 年。` : '') + describeBars(caseLabels, caseRows.map((r) => r.total), '个'),
    labels: caseLabels,
    series: [{ name: '典型案例', values: caseRows.map((r) => r.total) }],
    unit: '个',
    kind: 'bar',
    table: {
      caption: '各领域各年度典型案例数（数据表）',
      headers: ['领域', ...caseYears.map((y) => `${y}年`), '合计'],
      rows: [
        ...caseRows.map((r, i) => [caseLabels[i]!, ...caseYears.map((y) => r.by_year[y] ?? 0), r.total]),
        ['合计', ...caseYears.map((y) => caseRows.reduce((n, r) => n + (r.by_year[y] ?? 0), 0)), s.totals.cases],
      ],
    },
    ...(s.totals.cases ? {} : { empty: '还没有公示典型案例。' }),
  });

  const units = s.reports_by_unit;
  charts.push({
    id: 'reports-by-unit',
    section: '各单位按时报送',
    title: '各责任单位月报：按时与未按时',
    description:
      `共 ${units.length} 个责任单位，应报 ${s.totals.reports.expected} 份，按时 ${s.totals.reports.on_time} 份（按时率 ${formatRate(s.totals.reports.on_time_rate ?? undefined)}）。` +
      describeBars(units.map((u) => u.name), units.map((u) => u.on_time), '份'),
    labels: units.map((u) => u.name),
    series: [
      { name: '按时', values: units.map((u) => u.on_time) },
      { name: '逾期或未报', values: units.map((u) => u.late + u.missing) },
    ],
    unit: '份',
    kind: 'bar',
    table: {
      headers: ['单位', '应报', '按时', '逾期', '未报', '按时率'],
      rows: [
        ...units.map((u) => [u.name, u.expected, u.on_time, u.late, u.missing, formatRate(u.on_time_rate ?? undefined)]),
        ['合计', s.totals.reports.expected, s.totals.reports.on_time, s.totals.reports.late, s.totals.reports.missing, formatRate(s.totals.reports.on_time_rate ?? undefined)],
      ],
    },
    ...(units.length ? {} : { empty: '还没有报送记录。' }),
  });
  return charts;
}
