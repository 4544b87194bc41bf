import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventAnchor, feedItems, groupByDay, mergeChanges, summariseNotes, type ListState } from '../../src/lib/lists/changes.ts';
import { loadHistory, type Change } from '../../src/lib/lists/history.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { changesPath } from '../../src/lib/paths.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const FIXTURE = fixtureRoot();
const ON = SAMPLE_DAY;
const path = (l: string, e: string) => `/lists/${l}/${e}/`;

/** The fixture in a new git repository, its list committed in steps with the given dates. */
function portalRepo(steps: { date: string; rows: string[] }[]): { dir: string; entries: string } {
  const dir = mkdtempSync(join(tmpdir(), 'changes-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const entries = join(dir, 'data', 'lists', 'demo-arrears', 'entries.csv');
  const [header, ...all] = readFileSync(entries, 'utf8').trim().split('\n');
  const g = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  g(['init', '-q']);
  for (const step of steps) {
    writeFileSync(entries, [header, ...all.filter((r) => step.rows.some((id) => r.startsWith(`${id},`)))].join('\n') + '\n');
    g(['add', '-A']);
    g(['commit', '-qm', 'data'], step.date);
  }
  return { dir, entries };
}

function load(dir: string, entries: string) {
  const { portal, issues } = loadPortal({ root: dir, disclosureDate: ON });
  expect(issues).toEqual([]);
  const history = loadHistory(new Map([['demo-arrears', entries]]), join(dir, '.cache'));
  const lists: ListState[] = [...portal.lists.values()].map((l) => ({ id: l.id, title: l.meta.title, entries: l.entries }));
  return { history, events: mergeChanges(lists, history.lists, path) };
}

describe('changes from the version history', () => {
  const { dir, entries } = portalRepo([
    { date: '2026-01-05T09:30:00+08:00', rows: ['da-0002'] },
    { date: '2026-03-10T16:00:00+08:00', rows: ['da-0002', 'da-0001'] },
  ]);
  const { history, events } = load(dir, entries);

  it('shows the date of the commit that added an entry as its first publication', () => {
    expect(history.lists.get('demo-arrears')!.entries.get('da-0001')).toEqual({ firstPublished: '2026-03-10', lastChanged: '2026-03-10', approximate: false });
  });

  it('lists the addition on that date, named and linked because the entry is active', () => {
    expect(events.filter((e) => e.date === '2026-03-10')).toEqual([
      { date: '2026-03-10', listId: 'demo-arrears', listTitle: '示例欠薪名单', entryId: 'da-0001', kind: 'added', name: '兰州示例甲建筑劳务有限公司', path: '/lists/demo-arrears/da-0001/' },
    ]);
  });

  it('puts the addition in the feed with a link to the entry page', () => {
    const item = feedItems(events).find((i) => i.date === '2026-03-10')!;
    expect(item.path).toBe('/lists/demo-arrears/da-0001/');
    expect(item.title).toContain('兰州示例甲建筑劳务有限公司');
  });

  it('lists a take-down on its stop date and never names a taken-down entry, in the page or the feed', () => {
    const down = events.filter((e) => e.entryId === 'da-0002');
    expect(down.map((e) => `${e.date} ${e.kind}`)).toEqual(['2026-06-01 removed', '2026-01-05 added']);
    for (const e of down) {
      expect(e.name).toBeUndefined();
      expect(e.path).toBeUndefined();
    }
    const feed = JSON.stringify(feedItems(events));
    expect(feed).not.toContain('兰州示例乙工程有限公司');
    expect(feed).not.toContain('91620100KU2JJCNTW4');
    expect(feed).not.toContain('信用修复');
  });

  it('orders events newest first', () => {
    expect(events.map((e) => e.date)).toEqual(['2026-06-01', '2026-03-10', '2026-01-05']);
  });
});

describe('merging history with take-downs', () => {
  const list = (entries: ListState['entries']): ListState[] => [{ id: 'l', title: '名单', entries }];
  const change = (c: Partial<Change>): Change => ({ date: '2026-01-01', commit: 'x', listId: 'l', entryId: 'a-1', kind: 'added', ...c });
  const e = (id: string, status: 'active' | 'expired' | 'removed' | 'pending', stopped_on = '2027-01-01') => ({ id, status, stopped_on, subject_name: `名称${id}` });

  it('leaves out every event of an entry that is not yet public', () => {
    const events = mergeChanges(list([e('a-1', 'pending')]), new Map([['l', { changes: [change({})] }]]), path);
    expect(events).toEqual([]);
  });

  it('leaves out commits to a row whose publication had already stopped, but keeps earlier ones', () => {
    const events = mergeChanges(
      list([e('a-1', 'expired', '2026-03-01')]),
      new Map([['l', { changes: [change({ date: '2026-01-01' }), change({ kind: 'changed', date: '2026-04-01' })] }]]),
      path,
    );
    expect(events.map((x) => `${x.date} ${x.kind}`)).toEqual(['2026-03-01 expired', '2026-01-01 added']);
  });

  it('shows a row deleted from the file without its name, even if the id is back', () => {
    const events = mergeChanges(list([e('a-1', 'active')]), new Map([['l', { changes: [change({ kind: 'deleted', date: '2026-02-01' })] }]]), path);
    expect(events).toEqual([{ date: '2026-02-01', listId: 'l', listTitle: '名单', entryId: 'a-1', kind: 'deleted' }]);
  });

  it('makes one event of two same-day commits changing one row', () => {
    const events = mergeChanges(list([e('a-1', 'active')]), new Map([['l', { changes: [change({ kind: 'changed', commit: 'a' }), change({ kind: 'changed', commit: 'b' })] }]]), path);
    expect(events).toHaveLength(1);
  });

  it('ignores comment rows (ids starting with #) of templates', () => {
    const events = mergeChanges(list([]), new Map([['l', { changes: [change({ entryId: '#example-0001' })] }]]), path);
    expect(events).toEqual([]);
  });

  it('lists take-downs from the disclosure status even without any git history', () => {
    const events = mergeChanges(list([e('a-1', 'expired', '2026-05-02'), e('a-2', 'active')]), new Map(), path);
    expect(events).toEqual([{ date: '2026-05-02', listId: 'l', listTitle: '名单', entryId: 'a-1', kind: 'expired' }]);
  });

  it('puts take-downs before changes and additions on the same day, and ids in numeric order', () => {
    const events = mergeChanges(
      list([e('a-10', 'active'), e('a-9', 'active'), e('a-3', 'removed', '2026-01-01')]),
      new Map([['l', { changes: [change({ entryId: 'a-10' }), change({ entryId: 'a-9' })] }]]),
      path,
    );
    expect(events.map((x) => `${x.kind} ${x.entryId}`)).toEqual(['removed a-3', 'added a-9', 'added a-10']);
  });
});

describe('pages and feed of /changes/', () => {
  it('puts the first page at /changes/ and page n under it', () => {
    expect(changesPath(1)).toBe('/changes/');
    expect(changesPath(3)).toBe('/changes/3/');
  });

  it('groups a page by day, then list, then kind', () => {
    const ev = (date: string, listId: string, kind: 'added' | 'expired', entryId: string) => ({ date, listId, listTitle: listId, kind, entryId });
    const days = groupByDay([ev('2026-02-01', 'a', 'expired', '1'), ev('2026-02-01', 'a', 'added', '2'), ev('2026-02-01', 'b', 'added', '3'), ev('2026-01-01', 'a', 'added', '4')]);
    expect(days.map((d) => [d.date, d.lists.map((l) => [l.listId, l.kinds.map((k) => `${k.kind}:${k.events.length}`)])])).toEqual([
      ['2026-02-01', [['a', ['expired:1', 'added:1']], ['b', ['added:1']]]],
      ['2026-01-01', [['a', ['added:1']]]],
    ]);
  });

  it('links an unnamed feed item to its place on the right page of /changes/', () => {
    const events = Array.from({ length: 150 }, (_, i) => ({ date: '2026-01-01', listId: 'l', listTitle: '名单', entryId: `x-${i}`, kind: 'expired' as const }));
    const items = feedItems(events);
    expect(items[0]!.path).toBe(`/changes/#${eventAnchor(events[0]!)}`);
    expect(items[120]!.path).toBe(`/changes/2/#${eventAnchor(events[120]!)}`);
    expect(items[120]!.title).toBe('公示期满：《名单》编号 x-120');
    expect(feedItems(events, 10)).toHaveLength(10);
  });

  it('says once, not per list, that lists are not committed', () => {
    const notes = ['历史记录：data/lists/a/entries.csv 尚未提交到版本库，其条目没有首次公示日期。', '历史记录：data/lists/b/entries.csv 尚未提交到版本库，其条目没有首次公示日期。'];
    expect(summariseNotes(notes)).toEqual(['历史记录：有 2 个名单的 entries.csv 尚未提交到版本库，其条目没有首次公示日期。']);
    expect(summariseNotes(notes.slice(0, 1))).toEqual(notes.slice(0, 1));
  });
});
