import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src/lib/identifiers.ts';
import { mdText, type PublicationDiff } from '../../scripts/lib/publication-diff.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const FIXTURE = fixtureRoot();
const DIFF = resolve('scripts/diff.ts');
const LIST = 'data/lists/demo-arrears/entries.csv';
const DATE = SAMPLE_DAY;

/** A valid USCC for an invented organisation: 17 characters plus the computed check character. */
function uscc(n: number): string {
  const first17 = `9162010000000${String(n).padStart(4, '0')}`;
  return first17 + usccCheckChar(first17)!;
}

const HEADER = readFileSync(join(FIXTURE, LIST), 'utf8').split('\n')[0]!;
type Row = { id: string; name: string; listed: string; reason?: string; removed?: string };
function csv(rows: Row[]): string {
  const line = (r: Row, i: number) =>
    [r.id, r.name, 'org', uscc(i + 1), '张某', '城关区', r.reason ?? '拖欠农民工工资', 'human-resources', r.listed, '', r.removed ?? '', r.removed ? '已全部清偿' : '', '5'].join(',');
  return `${[HEADER, ...rows.map(line)].join('\n')}\n`;
}

// Names are invented; each appears in exactly one row so that its presence is unambiguous.
const KEPT = { id: 'da-0001', name: '示例留存建筑有限公司', listed: '2025-03-01' };
const CORRECTED = { id: 'da-0003', name: '示例更正劳务有限公司', listed: '2025-05-01' };
const DELETED = { id: 'da-0004', name: '示例删行工程有限公司', listed: '2025-06-01' };
const REPAIRED = { id: 'da-0005', name: '示例修复建材有限公司', listed: '2025-07-01' };
const ALREADY_DOWN = { id: 'da-0002', name: '示例早已移出有限公司', listed: '2024-01-10', removed: '2026-06-01' };
const NEW = { id: 'da-0006', name: '示例新列入装饰有限公司', listed: '2026-11-20' };
const FUTURE = { id: 'da-0007', name: '示例下月列入钢构有限公司', listed: '2026-12-15' };

const CASE = `---
title: 示例装饰公司欠薪被列入黑名单
area: wage-arrears
published_on: 2026-11-25
decided_on: 2026-11-20
summary: 测试用的虚构案例。
subjects:
  - name: 某装饰公司
    role: 用人单位
authorities: [human-resources]
measures:
  - 列入黑名单
outcome: 欠薪已支付。
sources:
  - title: 测试来源
    issuer: 市人社局
    date: 2026-11-25
    url: https://example.org/test/2.html
---

测试用的虚构案例正文。
`;

const NOTICE = `---
title: 关于欠薪治理进展的示例通报
date: 2026-11-26
kind: 进展通报
summary: 测试用的虚构通报。
---

测试用的虚构通报正文。
`;

let repo: string;

function git(args: string[]) {
  execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
}

function diff(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', DIFF, ...args, '--root', repo], { encoding: 'utf8', env: { ...process.env, DISCLOSURE_DATE: DATE } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'portal-diff-test-'));
  cpSync(FIXTURE, repo, { recursive: true });
  writeFileSync(join(repo, LIST), csv([KEPT, ALREADY_DOWN, CORRECTED, DELETED, REPAIRED]));
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-qm', 'base']);
  git(['checkout', '-qb', 'editor']);
  writeFileSync(join(repo, LIST), csv([KEPT, ALREADY_DOWN, { ...CORRECTED, reason: '克扣农民工工资（更正）' }, { ...REPAIRED, removed: '2026-11-20' }, NEW, FUTURE]));
  mkdirSync(join(repo, 'content/cases/2026'), { recursive: true });
  writeFileSync(join(repo, 'content/cases/2026/decoration-arrears-2026-01.mdx'), CASE);
  mkdirSync(join(repo, 'content/notices'), { recursive: true });
  writeFileSync(join(repo, 'content/notices/2026-11-26-arrears-progress.mdx'), NOTICE);
  git(['add', '-A']);
  git(['commit', '-qm', 'editor: add, correct, delete and repair rows']);
});

describe('npm run diff', () => {
  it('counts one added, one corrected and two taken down (a deleted row and a row whose removal date is reached), and one row not yet due', () => {
    const { code, out, err } = diff(['main', '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const d = JSON.parse(out) as PublicationDiff;
    expect(d.disclosureDate).toBe(DATE);
    expect(d.base).toBe(execFileSync('git', ['rev-parse', 'main'], { cwd: repo, encoding: 'utf8' }).trim());
    expect(d.lists).toHaveLength(1);
    const l = d.lists[0]!;
    expect(l.id).toBe('demo-arrears');
    expect(l.added).toEqual([{ id: NEW.id, name: NEW.name }]);
    expect(l.changed).toEqual([{ id: CORRECTED.id, name: CORRECTED.name }]);
    expect(l.takenDown).toBe(2);
    expect(l.pending).toBe(1);
    // Shown after the merge: kept, corrected and new.
    expect(l.activeAfter).toBe(3);
    expect(d.newCases).toEqual([{ id: 'decoration-arrears-2026-01', title: '示例装饰公司欠薪被列入黑名单', date: '2026-11-25' }]);
    expect(d.newNotices).toEqual([{ id: '2026-11-26-arrears-progress', title: '关于欠薪治理进展的示例通报', date: '2026-11-26' }]);
  });

  it('names the new entry in the Markdown summary and never a taken-down or not-yet-due one', () => {
    const { code, out } = diff(['main']);
    expect(code).toBe(0);
    expect(out).toContain(NEW.name);
    expect(out).toContain(CORRECTED.name);
    expect(out).toContain(DATE);
    expect(out).toContain('示例装饰公司欠薪被列入黑名单');
    expect(out).toMatch(/\| 示例欠薪名单（`demo-arrears`） \| 1 \| 1 \| 2 \| 1 \| 3 \|/);
    for (const gone of [DELETED, REPAIRED, ALREADY_DOWN, FUTURE]) expect(out).not.toContain(gone.name);
  });

  it('keeps taken-down names out of the JSON output too', () => {
    const { out } = diff(['main', '--format', 'json']);
    for (const gone of [DELETED, REPAIRED, ALREADY_DOWN, FUTURE]) expect(out).not.toContain(gone.name);
  });

  it('compares with the point where the branch left the target, not with commits made on the target since', () => {
    git(['checkout', '-q', 'main']);
    mkdirSync(join(repo, 'content/notices'), { recursive: true });
    writeFileSync(join(repo, 'content/notices/2026-11-27-later-on-main.mdx'), NOTICE.replace('2026-11-26', '2026-11-27').replace('示例通报', '目标分支上的后续通报'));
    git(['add', '-A']);
    git(['commit', '-qm', 'main moves on']);
    git(['checkout', '-q', 'editor']);
    const d = JSON.parse(diff(['main', '--format', 'json']).out) as PublicationDiff;
    expect(d.removedNotices).toBe(0);
    expect(d.newNotices.map((n) => n.id)).toEqual(['2026-11-26-arrears-progress']);
  });

  it('says which ref it cannot find, without a stack trace, and exits 1', () => {
    const { code, err } = diff(['no-such-branch']);
    expect(code).toBe(1);
    expect(err).toContain('no-such-branch');
    expect(err).toContain('fetch-depth');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses to summarise data that does not validate, with the problem’s position', () => {
    const bad = readFileSync(join(repo, LIST), 'utf8').replace(new RegExp(`^(${NEW.id},.*?),${NEW.listed},`, 'm'), '$1,2026-13-40,');
    expect(bad).toContain('2026-13-40');
    writeFileSync(join(repo, LIST), bad);
    try {
      const { code, err } = diff(['main']);
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^${LIST}:\\d+:\\d+: .+\\(listed_on\\)$`, 'm'));
    } finally {
      git(['checkout', '-q', '--', LIST]);
    }
  });
});

describe('Markdown text from data', () => {
  it('escapes markup and joins lines so that a name cannot add a table cell, a link or HTML', () => {
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('<img src=x>')).toBe('\\<img src=x\\>');
    expect(mdText('[x](y)')).toBe('\\[x\\]\\(y\\)');
    expect(mdText('一\n二')).toBe('一 二');
  });
});
