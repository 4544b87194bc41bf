import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { computeProgress, type ReportLike } from '../../src/lib/progress/rules.ts';
import { areaWorkStatus } from '../../src/lib/progress/work-status.ts';
import type { WorkStatusValue } from '../../src/schemas/progress.ts';
import { loadPortal } from '../../src/lib/load/index.ts';

const areas = [
  { slug: 'one', number: 1, title: 'One', units: ['u1'], deadline: '2019-12-31' },
  { slug: 'two', number: 2, title: 'Two', units: ['u1', 'u2', 'u3'], deadline: '2019-12-31' },
];
const row = (area: string, unit: string, submitted_on: string, work_status: WorkStatusValue): ReportLike => ({
  area,
  unit,
  submitted_on,
  cases_handled: 0,
  entries_listed: 0,
  entries_removed: 0,
  cases_published: 0,
  summary: 's',
  work_status,
});
const at = (months: { month: string; reports: ReportLike[] }[], on: string, area: string) => areaWorkStatus(computeProgress(areas, months, on), area);

describe("an area's work status", () => {
  it("is a single unit's word in its latest report, with that report's month", () => {
    const months = [
      { month: '2020-01', reports: [row('one', 'u1', '2020-01-10', '推进中')] },
      { month: '2020-02', reports: [row('one', 'u1', '2020-02-10', '已完成')] },
    ];
    expect(at(months, '2020-03-01', 'one')).toMatchObject({ status: '已完成', unit: 'u1', month: '2020-02' });
  });

  it('keeps the last known word through a month the unit did not report', () => {
    const months = [
      { month: '2020-01', reports: [row('one', 'u1', '2020-01-10', '推进中')] },
      { month: '2020-02', reports: [] },
    ];
    expect(at(months, '2020-03-01', 'one')).toMatchObject({ status: '推进中', month: '2020-01' });
  });

  it('counts a late report for its own month, and ignores a report submitted after the disclosure date', () => {
    const months = [
      { month: '2020-01', reports: [row('one', 'u1', '2020-01-10', '未开展')] },
      { month: '2020-02', reports: [row('one', 'u1', '2020-03-05', '推进中')] },
    ];
    expect(at(months, '2020-03-01', 'one')).toMatchObject({ status: '未开展', month: '2020-01' });
    expect(at(months, '2020-03-05', 'one')).toMatchObject({ status: '推进中', month: '2020-02' });
  });

  it("is the least advanced unit's word: one unit's 已完成 never hides another's 推进中", () => {
    const months = [
      {
        month: '2020-01',
        reports: [row('two', 'u1', '2020-01-10', '已完成'), row('two', 'u2', '2020-01-10', '推进中'), row('two', 'u3', '2020-01-10', '已完成')],
      },
    ];
    const w = at(months, '2020-02-01', 'two')!;
    expect(w).toMatchObject({ status: '推进中', unit: 'u2', month: '2020-01' });
    expect(w.units.map((u) => `${u.unit}:${u.status}`)).toEqual(['u1:已完成', 'u2:推进中', 'u3:已完成']);
  });

  it('links, among units with the same word, the oldest report saying it, then the first unit of the area', () => {
    const months = [
      { month: '2020-01', reports: [row('two', 'u1', '2020-01-10', '推进中'), row('two', 'u2', '2020-01-10', '推进中'), row('two', 'u3', '2020-01-10', '推进中')] },
      { month: '2020-02', reports: [row('two', 'u1', '2020-02-10', '推进中'), row('two', 'u3', '2020-02-10', '推进中')] },
    ];
    expect(at(months, '2020-03-01', 'two')).toMatchObject({ status: '推进中', unit: 'u2', month: '2020-01' });
    const same = [{ month: '2020-01', reports: [row('two', 'u1', '2020-01-10', '已完成'), row('two', 'u2', '2020-01-10', '已完成'), row('two', 'u3', '2020-01-10', '已完成')] }];
    expect(at(same, '2020-02-01', 'two')).toMatchObject({ status: '已完成', unit: 'u1' });
  });

  it('is 未开展, with no report to link, while a responsible unit has never reported', () => {
    const months = [{ month: '2020-01', reports: [row('two', 'u1', '2020-01-10', '已完成'), row('two', 'u3', '2020-01-10', '推进中')] }];
    expect(at(months, '2020-02-01', 'two')).toMatchObject({ status: '未开展', unit: 'u2', month: undefined });
  });

  it('is unknown for an area that is in no month', () => {
    expect(at([], '2020-02-01', 'one')).toBeUndefined();
  });
});

describe('the sample data', () => {
  // Expected straight from the files (papaparse, yaml): each unit's latest row for the area.
  const RANK = ['未开展', '推进中', '已完成'];
  const files = readdirSync('data/progress').filter((f) => /^\d{4}-\d{2}\.csv$/.test(f)).sort();
  const rows = files.flatMap((f) =>
    Papa.parse<Record<string, string>>(readFileSync(join('data/progress', f), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r): Record<string, string> => ({ ...r, month: f.slice(0, 7) })),
  );
  const areaFiles = readdirSync('content/areas').filter((f) => f.endsWith('.mdx')).sort();
  const sourceAreas = areaFiles.map((f) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/areas', f), 'utf8'))![1]!) as { slug: string; units: string[] });
  const { portal } = loadPortal({ root: process.cwd(), disclosureDate: SAMPLE_DAY });
  const model = computeProgress([...portal.areas.values()], portal.progress, SAMPLE_DAY);

  it('has every work status word, and an area whose units disagree', () => {
    const words = new Set(rows.map((r) => r['work_status']));
    expect(words).toEqual(new Set(RANK));
    const disagree = sourceAreas.some((a) => {
      const latest = a.units.map((u) => rows.filter((r) => r['area'] === a.slug && r['unit'] === u && r['submitted_on']! <= SAMPLE_DAY).at(-1)?.['work_status']);
      return new Set(latest).size > 1;
    });
    expect(disagree).toBe(true);
  });

  it('gives each area the least advanced word of its units’ latest reports', () => {
    for (const a of sourceAreas) {
      const latest = a.units.map((u) => rows.filter((r) => r['area'] === a.slug && r['unit'] === u && r['submitted_on']! <= SAMPLE_DAY).at(-1));
      const expected = latest.map((r) => r?.['work_status'] ?? '未开展').sort((x, y) => RANK.indexOf(x) - RANK.indexOf(y))[0];
      const got = areaWorkStatus(model, a.slug)!;
      expect(got.status, a.slug).toBe(expected);
      const source = latest[a.units.indexOf(got.unit)];
      expect(source?.['work_status'], a.slug).toBe(got.status);
      expect(source?.['month'], a.slug).toBe(got.month);
    }
  });
});
