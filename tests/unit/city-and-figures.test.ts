/**
 * The city's settings (data/city.yml) and the exam-cheating figures (data/exam-cheating/), from
 * the smallest valid root (tests/fixtures/good) copied and changed one thing at a time:
 * each mistake gives one message at its own line, never one for every row that depends on it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssue } from '../../src/lib/issues.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const FIXTURE = fixtureRoot();
const scratch = mkdtempSync(join(tmpdir(), 'city-figures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;

/** A fresh copy of the fixture after `edit(root)`; returns every problem as `path:line:column: message`. */
function problems(edit: (root: string) => void): string[] {
  const root = join(scratch, String(n++));
  cpSync(FIXTURE, root, { recursive: true });
  edit(root);
  return loadPortal({ root, disclosureDate: SAMPLE_DAY }).issues.map(formatIssue);
}
const change = (root: string, path: string, f: (text: string) => string) => writeFileSync(join(root, path), f(readFileSync(join(root, path), 'utf8')));
const figures = (root: string, meta: string | null, csv: string | null) => {
  mkdirSync(join(root, 'data/exam-cheating'), { recursive: true });
  if (meta !== null) writeFileSync(join(root, 'data/exam-cheating/meta.yml'), meta);
  if (csv !== null) writeFileSync(join(root, 'data/exam-cheating/figures.csv'), csv);
};
const META = 'title: 考试作弊认定人次（汇总）\narea: wage-arrears\nnote: 只公布汇总数字。\n';
const CSV = 'year,exam,count,authority\n2025,普通高考,12,human-resources\n';

describe('data/city.yml', () => {
  it('is valid in the fixture, and its districts are the only ones a row may name', () => {
    expect(problems(() => {})).toEqual([]);
    const lines = problems((root) => change(root, 'data/lists/demo-arrears/entries.csv', (t) => t.replace(',城关区,', ',不存在区,')));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/lists\/demo-arrears\/entries\.csv:\d+:\d+: 所属区县“不存在区”不在 data\/city\.yml 的区县中，只能是：/);
  });

  it('reports districts that are not a list once, at their line, and checks no row against them', () => {
    const lines = problems((root) => change(root, 'data/city.yml', (t) => t.replace(/^districts: .*$/m, 'districts: 城关区')));
    expect(lines).toEqual([expect.stringMatching(/^data\/city\.yml:\d+:\d+: 区县应为列表，例如 \[城关区, 七里河区\] \(districts\)$/)]);
  });

  it('refuses a time zone that is not an IANA name, and a general channel without https, each at its line', () => {
    expect(problems((root) => change(root, 'data/city.yml', (t) => t.replace(/^time_zone: .*$/m, 'time_zone: 北京时间')))).toEqual([expect.stringMatching(/^data\/city\.yml:\d+:\d+: 时区应为 IANA 时区名，例如 Asia\/Shanghai \(time_zone\)$/)]);
    const url = problems((root) => change(root, 'data/city.yml', (t) => t.replace('url: https://zwfw.gansu.gov.cn/', 'url: http://zwfw.gansu.gov.cn/')));
    expect(url).toHaveLength(1);
    expect(url[0]).toMatch(/^data\/city\.yml:13:\d+: .*\(general_channel\.url\)$/);
  });

  it('requires a fallback channel of an area to be the city’s general channel, word for word', () => {
    const lines = problems((root) => {
      const c = (parse(readFileSync(join(root, 'data/city.yml'), 'utf8')) as { general_channel: Record<string, string> }).general_channel;
      const fallback = `  - name: "另一条热线"\n    hotline: "${c['hotline']}"\n    url: ${c['url']}\n    operator: "${c['operator']}"\n    scope: fallback\n`;
      change(root, 'content/areas/08-wage-arrears.mdx', (t) => t.replace('channels:\n', `channels:\n${fallback}`));
    });
    expect(lines).toEqual([expect.stringMatching(/^content\/areas\/08-wage-arrears\.mdx:\d+:\d+: 综合渠道（scope: fallback）的 name 应与 data\/city\.yml 的 general_channel 一致：“.+”，实为“另一条热线” \(channels\.name\)$/)]);
  });

  it('reports a missing file once, at the file', () => {
    expect(problems((root) => rmSync(join(root, 'data/city.yml')))).toEqual(['data/city.yml:1:1: 缺少城市设置文件 data/city.yml（城市名称、区县、综合举报渠道、时区、实施方案） (city)']);
  });

  it('reports a folder where the file should be once, as a folder the portal does not read', () => {
    const lines = problems((root) => {
      rmSync(join(root, 'data/city.yml'));
      mkdirSync(join(root, 'data/city.yml'));
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/city\.yml:1:1: 文件夹“city\.yml”不会被读取/);
  });
});

describe('data/exam-cheating/', () => {
  it('loads its description and figures, shown on the area meta.yml names', () => {
    const root = join(scratch, String(n++));
    cpSync(FIXTURE, root, { recursive: true });
    figures(root, META, CSV);
    const { portal, issues } = loadPortal({ root, disclosureDate: SAMPLE_DAY });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(portal.examCheating?.meta).toEqual({ title: '考试作弊认定人次（汇总）', area: 'wage-arrears', note: '只公布汇总数字。' });
    expect(portal.examCheating?.rows).toEqual([{ year: 2025, exam: '普通高考', count: 12, authority: 'human-resources' }]);
  });

  it('reports an area that does not exist at its line in meta.yml', () => {
    expect(problems((root) => figures(root, META.replace('wage-arrears', 'nowhere'), CSV))).toEqual(['data/exam-cheating/meta.yml:2:7: 领域“nowhere”不在 content/areas 中 (area)']);
  });

  it('asks for the missing file of the two', () => {
    expect(problems((root) => figures(root, META, null))).toEqual(['data/exam-cheating/figures.csv:1:1: 汇总数据文件夹 data/exam-cheating/ 需要 meta.yml 和 figures.csv 两个文件 (file)']);
  });

  it('reports a file named exam-cheating once, as a file the portal does not read', () => {
    const lines = problems((root) => writeFileSync(join(root, 'data/exam-cheating'), 'year,exam\n'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^data\/exam-cheating:1:1: 文件“exam-cheating”不会被读取/);
  });
});

describe('data/poverty-relief/', () => {
  const poverty = (root: string, csv: string) => {
    mkdirSync(join(root, 'data/poverty-relief'), { recursive: true });
    writeFileSync(join(root, 'data/poverty-relief/meta.yml'), 'title: 扶贫信息公开（汇总数字）\narea: wage-arrears\nnote: 只公布汇总数字。\n');
    writeFileSync(join(root, 'data/poverty-relief/figures.csv'), csv);
  };
  const HEAD = 'year,district,identified,exited,funds_allocated,funds_used,authority\n';
  const ROW = '2024,城关区,12,9,1520.35,1400,human-resources\n';

  it('loads figures per year and district, newest year first, amounts in 万元 as numbers', () => {
    const root = join(scratch, String(n++));
    cpSync(FIXTURE, root, { recursive: true });
    poverty(root, HEAD + ROW + '2025,城关区,3,2,10.5,9.25,human-resources\n');
    const { portal, issues } = loadPortal({ root, disclosureDate: SAMPLE_DAY });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(portal.povertyRelief?.rows.map((r) => [r.year, r.district, r.identified, r.exited, r.funds_allocated, r.funds_used])).toEqual([
      [2025, '城关区', 3, 2, 10.5, 9.25],
      [2024, '城关区', 12, 9, 1520.35, 1400],
    ]);
  });

  it('refuses a district of another city, an amount written with its unit, and a second row for the same year and district, each at its cell', () => {
    const district = problems((root) => poverty(root, HEAD + ROW.replace('城关区', '浦东新区')));
    expect(district).toEqual([expect.stringMatching(/^data\/poverty-relief\/figures\.csv:2:6: 区县“浦东新区”不在 data\/city\.yml 的 districts 中 \(district\)$/)]);
    const amount = problems((root) => poverty(root, HEAD + ROW.replace('1520.35', '1520.35万元')));
    expect(amount).toEqual([expect.stringMatching(/^data\/poverty-relief\/figures\.csv:2:\d+: 分配资金“1520\.35万元”应为以万元计、最多两位小数的数字/)]);
    const duplicate = problems((root) => poverty(root, HEAD + ROW + ROW));
    expect(duplicate).toEqual([expect.stringMatching(/^data\/poverty-relief\/figures\.csv:3:6: “2024 \/ 城关区”重复（第 2 行已有）：每年每个区县一行 \(district\)$/)]);
  });
});
