import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHistory, rowHashes } from '../../src/lib/lists/history.ts';
import { chinaDay } from '../../src/lib/dates.ts';

function repoWithCommits(commits: { date: string; csv: string }[]): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'history-'));
  const file = join(dir, 'data', 'lists', 'demo', 'entries.csv');
  mkdirSync(join(dir, 'data', 'lists', 'demo'), { recursive: true });
  const g = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...env } });
  g(['init', '-q']);
  for (const c of commits) {
    writeFileSync(file, c.csv);
    g(['add', '-A']);
    g(['commit', '-qm', 'x'], { GIT_AUTHOR_DATE: c.date, GIT_COMMITTER_DATE: c.date });
  }
  return { dir, file };
}

describe('entry history from git', () => {
  it('dates an entry added in a commit by that commit, and a change by the changing commit', () => {
    const { dir, file } = repoWithCommits([
      { date: '2024-03-01T10:00:00+08:00', csv: 'id,subject_name\na-1,甲\n' },
      { date: '2024-05-02T10:00:00+08:00', csv: 'id,subject_name\na-1,甲\na-2,乙\n' },
      { date: '2024-06-03T10:00:00+08:00', csv: 'id,subject_name\na-1,甲（更正）\na-2,乙\n' },
    ]);
    const h = loadHistory(new Map([['demo', file]]), join(dir, '.cache'));
    const list = h.lists.get('demo')!;
    expect(list.entries.get('a-1')).toEqual({ firstPublished: '2024-03-01', lastChanged: '2024-06-03', approximate: false });
    expect(list.entries.get('a-2')).toEqual({ firstPublished: '2024-05-02', lastChanged: '2024-05-02', approximate: false });
    expect(list.changes.map((c) => `${c.date} ${c.kind} ${c.entryId}`)).toEqual([
      '2024-03-01 added a-1',
      '2024-05-02 added a-2',
      '2024-06-03 changed a-1',
    ]);
    expect(h.notes).toEqual([]);
  });

  it('records a row deleted from the file', () => {
    const { dir, file } = repoWithCommits([
      { date: '2024-03-01T10:00:00+08:00', csv: 'id,subject_name\na-1,甲\na-2,乙\n' },
      { date: '2024-04-01T10:00:00+08:00', csv: 'id,subject_name\na-1,甲\n' },
    ]);
    const list = loadHistory(new Map([['demo', file]]), join(dir, '.cache')).lists.get('demo')!;
    expect(list.changes.at(-1)).toMatchObject({ date: '2024-04-01', kind: 'deleted', entryId: 'a-2' });
  });

  it('gives the same answer from its cache on a second run', () => {
    const { dir, file } = repoWithCommits([{ date: '2024-03-01T10:00:00+08:00', csv: 'id,subject_name\na-1,甲\n' }]);
    const first = loadHistory(new Map([['demo', file]]), join(dir, '.cache'));
    const second = loadHistory(new Map([['demo', file]]), join(dir, '.cache'));
    expect(second.lists.get('demo')!.entries).toEqual(first.lists.get('demo')!.entries);
  });

  it('says so instead of failing when the data is not in a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nogit-'));
    const file = join(dir, 'entries.csv');
    writeFileSync(file, 'id\na-1\n');
    const h = loadHistory(new Map([['demo', file]]), join(dir, '.cache'));
    expect(h.lists.size).toBe(0);
    expect(h.notes[0]).toContain('不在 git 版本库中');
  });

  it('marks first-published dates as approximate in a shallow clone', () => {
    const { dir } = repoWithCommits([
      { date: '2024-03-01T10:00:00+08:00', csv: 'id,subject_name\na-1,甲\n' },
      { date: '2024-05-02T10:00:00+08:00', csv: 'id,subject_name\na-1,甲\na-2,乙\n' },
    ]);
    const clone = mkdtempSync(join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
    const h = loadHistory(new Map([['demo', join(clone, 'data', 'lists', 'demo', 'entries.csv')]]), join(clone, '.cache'));
    expect(h.notes.some((n) => n.includes('浅克隆'))).toBe(true);
    expect(h.lists.get('demo')!.entries.get('a-1')).toEqual({ firstPublished: '2024-05-02', lastChanged: '2024-05-02', approximate: true });
    expect(h.lists.get('demo')!.changes).toEqual([]);
  });

  it('uses China time for commit days', () => {
    expect(chinaDay('2024-03-01T20:00:00Z')).toBe('2024-03-02');
  });

  it('fingerprints rows independently of column order', () => {
    expect(rowHashes('id,a,b\nx,1,2\n').get('x')).toBe(rowHashes('b,id,a\n2,x,1\n').get('x'));
  });
});
