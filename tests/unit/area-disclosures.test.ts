/**
 * Every publication or disclosure measure of the plan has its place: each sentence of an area's
 * plan text that speaks of publishing is placed by a disclosure quoting it, each disclosure
 * quotes the plan and names one place that exists. Positions are computed from the file's text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/lib/load/index.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const AREA = 'content/areas/08-wage-arrears.mdx';

function validate(change: (text: string) => string): { issues: string[]; text: string } {
  const root = fixtureRoot();
  const text = change(readFileSync(join(root, AREA), 'utf8'));
  writeFileSync(join(root, AREA), text);
  return { issues: loadPortal({ root, dataDir: 'data', disclosureDate: SAMPLE_DAY }).issues.map(formatIssue), text };
}

/** 1-based line of the first line containing `s`. */
const lineOf = (text: string, s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

describe('the plan’s disclosure measures', () => {
  it('refuses a sentence of the plan that speaks of publishing and has no place, at its line', () => {
    const { issues, text } = validate((t) => t.replace(/disclosures:[\s\S]*?(?=\n---)/, 'disclosures: []'));
    const line = lineOf(text, '公布力度');
    expect(issues).toEqual([expect.stringMatching(new RegExp(`^${AREA}:${line}:1: 实施方案的这一条提到“公布”.*\\(disclosures\\)$`))]);
  });

  it('refuses a disclosure whose words are not in the plan’s text, at the quote', () => {
    const { issues, text } = validate((t) => t.replace('measure: "加大重大欠薪违法案件公布力度"', 'measure: "加大欠薪案件曝光"'));
    const line = lineOf(text, '加大欠薪案件曝光');
    expect(issues.filter((l) => l.startsWith(`${AREA}:${line}:`))).toEqual([expect.stringMatching(/公开措施“加大欠薪案件曝光”不在本文件正文的实施方案原文中.*\(disclosures\.measure\)$/)]);
  });

  it('refuses a disclosure with two places, or none', () => {
    const two = validate((t) => t.replace('    cases: true', '    cases: true\n    list: demo-arrears')).issues;
    expect(two.some((l) => l.startsWith(`${AREA}:`) && l.includes('每项公开措施只写一个去处') && l.includes('写了 2 个'))).toBe(true);
    const none = validate((t) => t.replace('    cases: true\n', '')).issues;
    expect(none.some((l) => l.startsWith(`${AREA}:`) && l.includes('写了 0 个'))).toBe(true);
  });

  it('refuses a place that does not exist on the portal, at its key', () => {
    const { issues, text } = validate((t) => t.replace('list: demo-arrears', 'list: no-such-list'));
    const line = lineOf(text, 'list: no-such-list');
    expect(issues).toEqual([`${AREA}:${line}:11: 名单“no-such-list”不在 data/lists 中 (disclosures.list)`]);
  });
});
