import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { computeProgress, type ReportLike } from '../../src/lib/progress/rules.ts';
import { caseReportMonth, tallyCases } from '../../src/lib/progress/tally.ts';
import { loadPortal } from '../../src/lib/load/index.ts';

const areas = [
  { slug: 'one', number: 1, title: 'One', units: ['u1'], deadline: '2019-12-31' },
  { slug: 'two', number: 2, title: 'Two', units: ['u1', 'u2'], deadline: '2019-12-31' },
];
const row = (area: string, unit: string, cases_published: number, submitted_on = '2020-01-10'): ReportLike => ({
  area,
  unit,
  submitted_on,
  cases_handled: 0,
  entries_listed: 0,
  entries_removed: 0,
  cases_published,
  summary: 's',
  work_status: '推进中',
});

describe('the typical-case tally', () => {
  it('puts a case published up to the 20th in that month’s report, and from the 21st in the next', () => {
    expect(caseReportMonth('2019-10-20')).toBe('2019-10');
    expect(caseReportMonth('2019-10-21')).toBe('2019-11');
    expect(caseReportMonth('2019-12-31')).toBe('2020-01');
  });

  it("sums a unit's reports over its areas and compares them with the cases it issued", () => {
    const model = computeProgress(areas, [{ month: '2020-01', reports: [row('one', 'u1', 1), row('two', 'u1', 1), row('two', 'u2', 0)] }], '2020-02-01');
    const t = tallyCases(model, [{ id: 'c1', published_on: '2019-12-25', authorities: ['u1'] }, { id: 'c2', published_on: '2020-01-20', authorities: ['u1'] }], '2020-02-01');
    expect(t.rows.map((r) => [r.month, r.unit, r.reported, r.cases.map((c) => c.id), r.difference])).toEqual([['2020-01', 'u1', 2, ['c1', 'c2'], 0]]);
    expect(t.differences).toEqual([]);
  });

  it('shows a case nobody reported, and a reported case that is not published, as differences', () => {
    const model = computeProgress(areas, [{ month: '2020-01', reports: [row('one', 'u1', 0), row('two', 'u1', 0), row('two', 'u2', 2)] }], '2020-02-01');
    const t = tallyCases(model, [{ id: 'c1', published_on: '2020-01-05', authorities: ['u1'] }, { id: 'c2', published_on: '2020-01-06', authorities: ['u2'] }], '2020-02-01');
    expect(t.differences.map((r) => `${r.unit}:${r.reported}-${r.cases.length}=${r.difference}`)).toEqual(['u1:0-1=-1', 'u2:2-1=1']);
  });

  it('counts a missing report apart from a report of 0', () => {
    const model = computeProgress(areas, [{ month: '2020-01', reports: [row('one', 'u1', 1)] }], '2020-02-01');
    const t = tallyCases(model, [{ id: 'c1', published_on: '2020-01-05', authorities: ['u1'] }], '2020-02-01');
    expect(t.rows).toEqual([expect.objectContaining({ unit: 'u1', reported: 1, missingReports: 1, difference: 0 })]);
  });

  it('leaves unchecked a case whose report is not due yet, and ignores one published after the disclosure date', () => {
    const model = computeProgress(areas, [{ month: '2020-01', reports: [row('one', 'u1', 0), row('two', 'u1', 0), row('two', 'u2', 0)] }], '2020-01-19');
    const t = tallyCases(model, [{ id: 'c1', published_on: '2020-01-05', authorities: ['u1'] }, { id: 'c2', published_on: '2020-01-25', authorities: ['u1'] }], '2020-01-19');
    expect(t.months).toEqual([]);
    expect(t.rows).toEqual([]);
    expect(t.unchecked.map((c) => c.id)).toEqual(['c1']);
  });
});

describe('the sample data’s tally', () => {
  // Expected straight from the files: reports with papaparse, cases with yaml.
  const reports = readdirSync('data/progress')
    .filter((f) => /^\d{4}-\d{2}\.csv$/.test(f))
    .flatMap((f) =>
      Papa.parse<Record<string, string>>(readFileSync(join('data/progress', f), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r): Record<string, string> => ({ ...r, month: f.slice(0, 7) })),
    );
  const cases = readdirSync('content/cases')
    .filter((y) => /^\d{4}$/.test(y))
    .flatMap((y) => readdirSync(join('content/cases', y)).filter((f) => f.endsWith('.mdx')).map((f) => ({ id: f.slice(0, -4), text: readFileSync(join('content/cases', y, f), 'utf8') })))
    .map(({ id, text }) => {
      const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { published_on: string | Date; authorities: string[] };
      const day = fm.published_on instanceof Date ? fm.published_on.toISOString().slice(0, 10) : String(fm.published_on);
      return { id, day, authorities: fm.authorities };
    });
  // Period of a month's report: the 21st of the month before to the 20th.
  const periodOf = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    return { from: `${prev}-21`, to: `${month}-20` };
  };
  const expected = new Map<string, { reported: number; published: number }>();
  for (const month of [...new Set(reports.map((r) => r['month']!))].filter((m) => `${m}-20` <= SAMPLE_DAY)) {
    const { from, to } = periodOf(month);
    for (const r of reports.filter((x) => x['month'] === month && x['submitted_on']! <= SAMPLE_DAY)) {
      const k = `${month} ${r['unit']}`;
      const e = expected.get(k) ?? { reported: 0, published: 0 };
      e.reported += Number(r['cases_published']);
      expected.set(k, e);
    }
    for (const c of cases.filter((x) => x.day >= from && x.day <= to)) {
      for (const u of c.authorities) {
        const k = `${month} ${u}`;
        const e = expected.get(k) ?? { reported: 0, published: 0 };
        e.published += 1;
        expected.set(k, e);
      }
    }
  }
  const { portal } = loadPortal({ root: process.cwd(), disclosureDate: SAMPLE_DAY });
  const t = tallyCases(computeProgress([...portal.areas.values()], portal.progress, SAMPLE_DAY), [...portal.cases.values()], SAMPLE_DAY);

  it('has the same figures per unit and month as the files', () => {
    const want = [...expected].filter(([, v]) => v.reported || v.published).map(([k, v]) => `${k} ${v.reported}/${v.published}`).sort();
    expect(t.rows.map((r) => `${r.month} ${r.unit} ${r.reported}/${r.cases.length}`).sort()).toEqual(want);
  });

  it('agrees except for the two differences the generator plants', () => {
    const diff = [...expected].filter(([, v]) => v.reported !== v.published).map(([k, v]) => `${k} ${v.reported - v.published}`).sort();
    expect(diff).toEqual(['2023-09 transport -1', '2026-05 taxation 1']);
    expect(t.differences.map((r) => `${r.month} ${r.unit} ${r.difference}`).sort()).toEqual(diff);
  });

  it('checks every published case but those whose report is not yet due', () => {
    const published = cases.filter((c) => c.day <= SAMPLE_DAY);
    const counted = t.rows.reduce((n, r) => n + r.cases.length, 0);
    expect(counted + t.unchecked.length).toBe(published.length);
    for (const c of t.unchecked) expect(`${caseReportMonth(c.published_on)}-20` > SAMPLE_DAY || c.published_on > `${SAMPLE_DAY.slice(0, 7)}-20`, c.id).toBe(true);
  });
});
