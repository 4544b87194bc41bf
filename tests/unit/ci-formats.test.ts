import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/lib/issues.ts';
import { escapeCommandData, escapeCommandProperty, githubCommand, gitlabReport, type CodeQualityIssue } from '../../scripts/lib/ci-formats.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const issue = (over: Partial<Issue> = {}): Issue => ({ file: 'data/lists/x/entries.csv', line: 7, column: 12, message: '日期格式不对', key: 'listed_on', ...over });

/** Reverses the runner's decoding, to check that what we print reads back as the original. */
const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function validate(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8', env: { ...process.env, DISCLOSURE_DATE: SAMPLE_DAY } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('GitHub workflow commands', () => {
  it('put the file, line, column and a title before the message', () => {
    expect(githubCommand(issue())).toBe('::error file=data/lists/x/entries.csv,line=7,col=12,title=数据校验未通过 (listed_on)::日期格式不对 (listed_on)');
  });

  it('escape percent signs, carriage returns and line feeds in the message, percent first', () => {
    expect(escapeCommandData('100%\r\n下一行')).toBe('100%25%0D%0A下一行');
    expect(escapeCommandData('%0A')).toBe('%250A');
    const cmd = githubCommand(issue({ message: '比例 50%\n第二行\r' }));
    expect(cmd).toContain('::比例 50%25%0A第二行%0D (listed_on)');
    expect(cmd.split('\n')).toHaveLength(1);
  });

  it('leave colons and commas in the message as they are (only properties end at them)', () => {
    expect(githubCommand(issue({ message: '应为 a,b: c' }))).toMatch(/::应为 a,b: c \(listed_on\)$/);
  });

  it('escape colons and commas as well in file names and titles, so that a property cannot end early', () => {
    expect(escapeCommandProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const file = 'data/lists/odd,name:1%/entries.csv';
    const cmd = githubCommand(issue({ file, key: 'a:b,c' }));
    const props = /^::error (.*?)::/.exec(cmd)![1]!.split(',');
    expect(props.map((p) => p.split('=')[0])).toEqual(['file', 'line', 'col', 'title']);
    expect(unescape(props[0]!.slice('file='.length))).toBe(file);
    expect(unescape(props[3]!.slice('title='.length))).toBe('数据校验未通过 (a:b,c)');
  });

  it('are printed by npm run validate -- --format github for every problem of a bad fixture, on standard output', () => {
    const text = validate(['--root', fixtureRoot('lists-invalid')]);
    const gh = validate(['--root', fixtureRoot('lists-invalid'), '--format', 'github']);
    expect(gh.code).toBe(1);
    const expected = text.err.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    const commands = gh.out.split('\n').filter((l) => l.startsWith('::error '));
    expect(commands.length).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(5);
    for (const [i, line] of expected.entries()) {
      const [, file, ln, col] = /^(\S+?):(\d+):(\d+): /.exec(line)!;
      expect(commands[i]).toContain(`::error file=${file},line=${ln},col=${col},`);
    }
  });
});

describe('GitLab Code Quality report', () => {
  it('gives each problem a description with its position, a check name, a severity and its file and line', () => {
    const [r] = gitlabReport([issue()]);
    expect(r).toMatchObject({ description: '7:12: 日期格式不对 (listed_on)', check_name: 'listed_on', severity: 'blocker', location: { path: 'data/lists/x/entries.csv', lines: { begin: 7 } } });
    expect(r!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives the same fingerprints on every run and when rows above the problem are added', () => {
    const a = gitlabReport([issue(), issue({ file: 'b.csv' })]);
    const b = gitlabReport([issue({ line: 9 }), issue({ file: 'b.csv', line: 40 })]);
    expect(b.map((r) => r.fingerprint)).toEqual(a.map((r) => r.fingerprint));
    expect(gitlabReport([issue()])[0]!.fingerprint).toBe(a[0]!.fingerprint);
  });

  it('gives different fingerprints to equal problems in one file, and to problems that differ in file, key or message', () => {
    const fps = gitlabReport([issue({ line: 3 }), issue({ line: 5 }), issue({ file: 'other.csv' }), issue({ key: 'expires_on' }), issue({ message: '另一个问题' })]).map((r) => r.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('is written by npm run validate -- --format gitlab --output, one record per problem, and is an empty array for good data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codequality-'));
    const bad = join(dir, 'bad.json');
    const r = validate(['--root', fixtureRoot('lists-invalid'), '--format', 'gitlab', '--output', bad]);
    expect(r.code).toBe(1);
    const problems = r.err.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    const report = JSON.parse(readFileSync(bad, 'utf8')) as CodeQualityIssue[];
    expect(report.map((i) => `${i.location.path}:${i.description}`)).toEqual(problems);
    const good = join(dir, 'good.json');
    expect(validate(['--root', fixtureRoot(), '--format', 'gitlab', '--output', good]).code).toBe(0);
    expect(JSON.parse(readFileSync(good, 'utf8'))).toEqual([]);
  });
});
