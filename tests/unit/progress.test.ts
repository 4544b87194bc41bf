import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { readFileSync } from 'node:fs';
import { loadCity } from '../../src/lib/load/city.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue } from '../../src/lib/issues.ts';
import { loadAreas } from '../../src/lib/areas/load.ts';
import type { LoadContext } from '../../src/lib/load/context.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { loadNotices } from '../../src/lib/notices/load.ts';
import { loadProgress, loadScores } from '../../src/lib/progress/load.ts';
import { loadUnits } from '../../src/lib/load/units.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';
import {
  computeProgress,
  countsByUnit,
  daysLate,
  dueDate,
  monthRange,
  nextMonth,
  onTimeRate,
  rankScores,
  reportStatus,
  shortUnitName,
  type ReportLike,
} from '../../src/lib/progress/rules.ts';

const ON = SAMPLE_DAY;

describe('reportStatus', () => {
  it('counts a report submitted on the 20th as on time', () => {
    expect(reportStatus('2019-06', '2019-06-20', ON)).toBe('on_time');
  });

  it('counts a report submitted on the 21st as late', () => {
    expect(reportStatus('2019-06', '2019-06-21', ON)).toBe('late');
  });

  it('counts a report submitted early in the month as on time', () => {
    expect(reportStatus('2019-06', '2019-06-01', ON)).toBe('on_time');
  });

  it('counts a report that arrives in the following month as late for its own month', () => {
    expect(reportStatus('2019-06', '2019-07-03', ON)).toBe('late');
    expect(reportStatus('2019-12', '2020-01-20', ON)).toBe('late');
    expect(daysLate('2019-12', '2020-01-20')).toBe(31);
  });

  it('counts an absent report as missing once the 20th has passed', () => {
    expect(reportStatus('2019-06', undefined, ON)).toBe('missing');
    expect(reportStatus('2019-06', undefined, '2019-06-21')).toBe('missing');
  });

  it('counts an absent report as pending up to and including the 20th', () => {
    expect(reportStatus('2019-06', undefined, '2019-06-20')).toBe('pending');
    expect(reportStatus('2019-06', undefined, '2019-06-05')).toBe('pending');
  });

  it('does not know on the disclosure date a report submitted after it', () => {
    expect(reportStatus('2019-06', '2019-06-25', '2019-06-22')).toBe('missing');
    expect(reportStatus('2019-06', '2019-06-19', '2019-06-18')).toBe('pending');
  });
});

describe('months', () => {
  it('are due on the 20th', () => {
    expect(dueDate('2019-06')).toBe('2019-06-20');
  });

  it('roll over the year end', () => {
    expect(nextMonth('2019-12')).toBe('2020-01');
    expect(monthRange('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(monthRange('2020-02', '2019-11')).toEqual([]);
  });
});

describe('rankScores', () => {
  it('gives equal scores the same rank and skips the next', () => {
    const r = rankScores([{ u: 'a', score: 90 }, { u: 'b', score: 100 }, { u: 'c', score: 90 }, { u: 'd', score: 80 }], (x, y) => x.u.localeCompare(y.u));
    expect(r.map((x) => `${x.rank}:${x.u}`)).toEqual(['1:b', '2:a', '2:c', '4:d']);
  });
});

describe('shortUnitName', () => {
  it('keeps the distinctive part of a unit name', () => {
    expect(shortUnitName('市公安局')).toBe('公安');
    expect(shortUnitName('市委网信办')).toBe('网信');
    expect(shortUnitName('市政府金融办')).toBe('金融');
    expect(shortUnitName('市市场监督管理局')).toBe('市场监督');
  });
});

describe('computeProgress', () => {
  const areas = [
    { slug: 'b', number: 2, title: 'B', units: ['u1'], deadline: '2019-12-31' },
    { slug: 'a', number: 1, title: 'A', units: ['u1', 'u2'], deadline: '2019-12-31' },
  ];
  const row = (area: string, unit: string, submitted_on: string): ReportLike => ({ area, unit, submitted_on, cases_handled: 2, entries_listed: 1, entries_removed: 0, cases_published: 1, summary: 's', work_status: '推进中' });
  const months = [
    { month: '2019-06', reports: [row('a', 'u1', '2019-06-20'), row('a', 'u2', '2019-06-21')] },
    { month: '2019-07', reports: [row('a', 'u1', '2019-07-01'), row('a', 'u2', '2019-07-02'), row('b', 'u1', '2019-07-03')] },
  ];

  it('gives every responsible unit of every area a status each month, areas in plan order', () => {
    const m = computeProgress(areas, months, ON);
    expect(m[0]!.areas.map((a) => a.area)).toEqual(['a', 'b']);
    expect(m[0]!.areas.flatMap((a) => a.cells.map((c) => `${c.area}/${c.unit}:${c.status}`))).toEqual(['a/u1:on_time', 'a/u2:late', 'b/u1:missing']);
    expect(m[0]!.counts).toEqual({ expected: 3, on_time: 1, late: 1, missing: 1, pending: 0 });
    expect(m[0]!.areasReported).toBe(1);
    expect(m[1]!.areasAllOnTime).toBe(2);
  });

  it('totals only the reports known on the disclosure date', () => {
    const m = computeProgress(areas, months, ON);
    expect(m[0]!.totals.cases_handled).toBe(4);
    expect(m[1]!.totals.cases_published).toBe(3);
  });

  it('leaves out months that start after the disclosure date', () => {
    expect(computeProgress(areas, months, '2019-06-30').map((m) => m.month)).toEqual(['2019-06']);
  });

  it('counts per unit across areas and months', () => {
    const byUnit = countsByUnit(computeProgress(areas, months, ON));
    expect(byUnit.get('u1')).toEqual({ expected: 4, on_time: 3, late: 0, missing: 1, pending: 0 });
    expect(byUnit.get('u2')).toEqual({ expected: 2, on_time: 1, late: 1, missing: 0, pending: 0 });
  });
});

describe('validation of progress, scores and notices', () => {
  const root = fixtureRoot('progress-invalid');
  const ctx: LoadContext = { root, dataDir: join(root, 'data'), issues: [] };
  const units = loadUnits(ctx);
  const areas = loadAreas(ctx, units, loadCity(ctx));
  const months = loadProgress(ctx, units, areas);
  const scores = loadScores(ctx, units);
  loadNotices(ctx, units, areas, new Set(months.map((m) => m.month)), new Set(['known-case']));
  const printed = ctx.issues.map(formatIssue);
  const at = (prefix: string) => printed.filter((p) => p.startsWith(prefix));

  it('reports an unknown unit at its cell', () => {
    expect(at('data/progress/2019-06.csv:3:15:')).toEqual([expect.stringContaining('“police-dept”不在 data/units.csv 中')]);
  });

  it('reports a unit that is not responsible for the area at its cell', () => {
    expect(at('data/progress/2019-06.csv:4:15:')).toEqual([expect.stringContaining('不是“电信网络诈骗”领域的责任单位')]);
  });

  it('reports a submission day before the month starts, and one in the far future', () => {
    expect(at('data/progress/2019-06.csv:5:33:')).toEqual([expect.stringContaining('早于 2019年6月')]);
    expect(at('data/progress/2019-08.csv:2:26:')).toEqual([expect.stringContaining('晚一年以上')]);
  });

  it('reports a second row for the same area and unit in one month', () => {
    expect(at('data/progress/2019-06.csv:6:1:')).toEqual([expect.stringContaining('（第 2 行）')]);
  });

  it('reports an unknown area and a negative count at their cells', () => {
    expect(at('data/progress/2019-06.csv:7:1:')).toEqual([expect.stringContaining('领域“fraud”不存在')]);
    expect(at('data/progress/2019-06.csv:7:29:')).toEqual([expect.stringContaining('不是 0 或正整数')]);
  });

  it('reports a month missing between two month files', () => {
    expect(at('data/progress/2019-08.csv:1:1:')).toEqual([expect.stringContaining('缺少 data/progress/2019-07.csv')]);
  });

  it('keeps only the valid rows', () => {
    expect(months.map((m) => `${m.month}:${m.reports.length}`)).toEqual(['2019-06:1', '2019-08:0']);
    expect(months[0]!.reports[0]!.work_status).toBe('推进中');
    expect(scores[0]!.scores.map((s) => s.unit)).toEqual(['public-security']);
  });

  it('reports a score outside 0..100 at its cell', () => {
    expect(at('data/scores/2019-06.csv:3:12:')).toEqual([expect.stringContaining('得分 101 超出范围')]);
    expect(at('data/scores/2019-06.csv:4:21:')).toHaveLength(1);
    expect(at('data/scores/2019-06.csv:5:1:')).toEqual([expect.stringContaining('“nobody”不在 data/units.csv 中')]);
  });

  it('reports a notice naming an unknown area at the list item', () => {
    expect(at('content/notices/2019-06-26-criticism.mdx:6:24:')).toEqual([expect.stringContaining('领域“no-such-area”不存在')]);
  });

  it('reports a notice whose date differs from its file name, an unknown unit and a month without reports', () => {
    expect(at('content/notices/2019-06-27-wrong-date.mdx:3:7:')).toEqual([expect.stringContaining('与文件名开头的日期 2019-06-27 不一致')]);
    expect(at('content/notices/2019-06-27-wrong-date.mdx:6:9:')).toEqual([expect.stringContaining('“ghost-unit”')]);
    expect(at('content/notices/2019-06-27-wrong-date.mdx:7:10:')).toEqual([expect.stringContaining('2019-07')]);
  });

  it('asks praise and criticism to name their units', () => {
    expect(at('content/notices/2019-06-28-no-units.mdx:')).toEqual([expect.stringContaining('必须在 units 中列出')]);
  });

  it('reports a work status that is not one of the three words at its cell', () => {
    expect(at('data/progress/2019-06.csv:8:54:')).toEqual([expect.stringContaining('工作状态“进行中”不对：只能填 未开展、推进中、已完成 之一')]);
  });

  it('reports a criticism ground that is not one of the three at its value', () => {
    expect(at('content/notices/2019-06-29-bad-ground.mdx:5:9:')).toEqual([expect.stringContaining('批评事由“推进不力”不对：只能是 报送迟交、工作推进不力、重大失信事件 之一')]);
  });

  it('asks a criticism for its ground, and only a criticism', () => {
    expect(at('content/notices/2019-06-24-no-ground.mdx:2:1:')).toEqual([expect.stringContaining('通报批评必须写明批评事由 ground')]);
    expect(at('content/notices/2019-06-25-praise-with-ground.mdx:5:9:')).toEqual([expect.stringContaining('只有通报批评写批评事由 ground，通报表扬不写')]);
  });

  it('reports a typical case that does not exist at its list item', () => {
    expect(at('content/notices/2019-06-30-unknown-case.mdx:8:21:')).toEqual([expect.stringContaining('典型案例“no-such-case”不存在')]);
  });

  it('reports nothing else', () => {
    expect(printed).toHaveLength(21);
  });
});

describe('the sample data', () => {
  const { portal, issues } = loadPortal({ root: process.cwd(), disclosureDate: ON });
  const areas = [...portal.areas.values()];
  const mine = (i: Issue) => /^(data\/progress|data\/scores|content\/notices)\//.test(i.file);

  it('validates without issues', () => {
    expect(issues.filter(mine).map(formatIssue)).toEqual([]);
  });

  it('covers at least 8 consecutive months, with some late and some missing reports', () => {
    const months = portal.progress.map((m) => m.month);
    expect(months.length).toBeGreaterThanOrEqual(8);
    expect(months).toEqual(monthRange(months[0]!, months[months.length - 1]!));
    const model = computeProgress(areas, portal.progress, ON);
    const late = model.reduce((n, m) => n + m.counts.late, 0);
    const missing = model.reduce((n, m) => n + m.counts.missing, 0);
    expect(late).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
  });

  it('has a score for every reporting unit every month', () => {
    const reporting = new Set(areas.flatMap((a) => a.units));
    for (const m of portal.progress) {
      const s = portal.scores.find((x) => x.month === m.month);
      expect(s, m.month).toBeDefined();
      expect(new Set(s!.scores.map((r) => r.unit))).toEqual(reporting);
    }
  });

  it('gives every criticism a ground, and has criticisms on each of the three grounds', () => {
    const criticisms = portal.notices.filter((n) => n.kind === '通报批评');
    expect(criticisms.every((n) => n.ground !== undefined)).toBe(true);
    expect(new Set(criticisms.map((n) => n.ground))).toEqual(new Set(['报送迟交', '工作推进不力', '重大失信事件']));
  });

  it('criticises for weak work only units whose reports for the area said 未开展 in every month it names', () => {
    const weak = portal.notices.filter((n) => n.ground === '工作推进不力');
    expect(weak.length).toBeGreaterThan(0);
    for (const n of weak) {
      expect(n.months.length, n.id).toBeGreaterThanOrEqual(3);
      for (const month of n.months) {
        const reports = portal.progress.find((m) => m.month === month)!.reports;
        for (const area of n.areas) for (const unit of n.units) {
          expect(reports.find((r) => r.area === area && r.unit === unit)?.work_status, `${n.id} ${month} ${area} ${unit}`).toBe('未开展');
        }
      }
    }
  });

  it('criticises for a major incident the responsible units of the area of the typical case it names', () => {
    const major = portal.notices.filter((n) => n.ground === '重大失信事件');
    expect(major.length).toBeGreaterThan(0);
    for (const n of major) {
      expect(n.cases.length, n.id).toBeGreaterThan(0);
      const cases = n.cases.map((id) => portal.cases.get(id)!);
      for (const c of cases) expect(c.published_on <= n.date, n.id).toBe(true);
      expect(new Set(n.areas), n.id).toEqual(new Set(cases.map((c) => c.area)));
      expect(new Set(n.units), n.id).toEqual(new Set(n.areas.flatMap((a) => portal.areas.get(a)!.units)));
    }
  });

  it('criticises for late reports only units that, on the bulletin date, had a missing or late report in its months', () => {
    const criticisms = portal.notices.filter((n) => n.ground === '报送迟交');
    expect(criticisms.length).toBeGreaterThan(0);
    for (const n of criticisms) {
      const model = computeProgress(areas, portal.progress, n.date).filter((m) => n.months.includes(m.month));
      const bad = new Set(model.flatMap((m) => m.areas.flatMap((a) => a.cells.filter((c) => c.status === 'missing' || c.status === 'late').map((c) => c.unit))));
      for (const u of n.units) expect(bad.has(u), `${n.id}: ${u}`).toBe(true);
      const badAreas = new Set(model.flatMap((m) => m.areas.flatMap((a) => a.cells.filter((c) => n.units.includes(c.unit) && c.status !== 'on_time').map((c) => c.area))));
      expect(new Set(n.areas), n.id).toEqual(badAreas);
    }
  });

  it('praises only units whose every report in its months was on time', () => {
    const praise = portal.notices.filter((n) => n.kind === '通报表扬');
    expect(praise.length).toBeGreaterThan(0);
    for (const n of praise) {
      const model = computeProgress(areas, portal.progress, n.date).filter((m) => n.months.includes(m.month));
      for (const u of n.units) {
        const cells = model.flatMap((m) => m.areas.flatMap((a) => a.cells.filter((c) => c.unit === u)));
        expect(cells.length, `${n.id}: ${u}`).toBeGreaterThan(0);
        expect(cells.every((c) => c.status === 'on_time'), `${n.id}: ${u}`).toBe(true);
      }
    }
  });

  it('states in each progress bulletin the counts the dashboard computes on its date', () => {
    const bulletins = portal.notices.filter((n) => n.kind === '进展通报');
    expect(bulletins.length).toBeGreaterThanOrEqual(4);
    for (const n of bulletins) {
      const body = readFileSync(`content/notices/${n.id}.mdx`, 'utf8');
      const model = computeProgress(areas, portal.progress, n.date);
      for (const month of n.months) {
        const m = model.find((x) => x.month === month)!;
        const [y, mo] = month.split('-').map(Number);
        expect(body, `${n.id} ${month}`).toContain(`${y}年${mo}月：应报送 ${m.counts.expected} 份，按时 ${m.counts.on_time} 份，逾期 ${m.counts.late} 份，未报 ${m.counts.missing} 份`);
      }
    }
  });

  it('has an on-time rate between 0 and 1', () => {
    const model = computeProgress(areas, portal.progress, ON);
    const rate = onTimeRate(model.reduce((c, m) => ({ expected: c.expected + m.counts.expected, on_time: c.on_time + m.counts.on_time, late: c.late + m.counts.late, missing: c.missing + m.counts.missing, pending: 0 }), { expected: 0, on_time: 0, late: 0, missing: 0, pending: 0 }))!;
    expect(rate).toBeGreaterThan(0.5);
    expect(rate).toBeLessThan(1);
  });
});
