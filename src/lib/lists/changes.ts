/**
 * What changed in the published lists, by date (`/changes/` and its feed): rows added,
 * changed or deleted in a commit (from src/lib/lists/history.ts) merged with the take-downs the
 * disclosure status implies (an entry whose `stopped_on` is on or before the disclosure date).
 *
 * The no-name rule: an event carries the entry's name and page only while the entry is active.
 * Take-downs, deletions and any event of an entry that is not active now show the list, the
 * entry id, the date and the general kind — never a name, identifier or reason. Entries not yet
 * public (`pending`) appear nowhere, nor do commits to rows whose publication had already stopped.
 * Pure: no git, no files, no Astro.
 */
import type { DisclosureStatus } from './disclosure.ts';
import type { Change, ListHistory } from './history.ts';
import { changesPath } from '../paths.ts';

export type ChangeEventKind = 'added' | 'changed' | 'deleted' | 'expired' | 'removed';

/** Chinese label of each kind; take-down kinds are general on purpose. */
export const CHANGE_KIND_LABELS: Record<ChangeEventKind, string> = {
  added: '新增公示',
  changed: '信息修改',
  deleted: '从数据中删除',
  expired: '公示期满',
  removed: '提前移出',
};

/** Same-day order: take-downs first, then deletions, changes, additions. */
const KIND_ORDER: Record<ChangeEventKind, number> = { removed: 0, expired: 1, deleted: 2, changed: 3, added: 4 };

/** What the merge needs to know of an entry as loaded today. */
export interface EntryState {
  id: string;
  status: DisclosureStatus;
  /** First day not shown (removal, or the day after the last day shown). */
  stopped_on: string;
  subject_name: string;
}

export interface ListState {
  id: string;
  title: string;
  entries: readonly EntryState[];
}

export interface ChangeEvent {
  /** YYYY-MM-DD: commit day (China time) for git events, `stopped_on` for take-downs. */
  date: string;
  listId: string;
  listTitle: string;
  entryId: string;
  kind: ChangeEventKind;
  /** Only while the entry is active on the disclosure date. */
  name?: string | undefined;
  /** The entry's page, only while it is active. */
  path?: string | undefined;
}

/**
 * Merges git changes with take-downs, newest first. `lists` gives the order of lists on a day
 * (catalogue order); `entryPath` builds an active entry's page address.
 */
export function mergeChanges(lists: readonly ListState[], history: ReadonlyMap<string, Pick<ListHistory, 'changes'>>, entryPath: (listId: string, entryId: string) => string): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  const seen = new Set<string>();
  const push = (e: ChangeEvent) => {
    // Two commits on one day changing one row make one event.
    const key = `${e.date}\u0000${e.kind}\u0000${e.listId}\u0000${e.entryId}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push(e);
  };
  const order = new Map(lists.map((l, i) => [l.id, i]));

  for (const list of lists) {
    const byId = new Map(list.entries.map((e) => [e.id, e]));
    for (const c of history.get(list.id)?.changes ?? ([] as Change[])) {
      // `#…` rows are comments (template example rows), not entries.
      if (c.entryId.startsWith('#')) continue;
      const now = byId.get(c.entryId);
      if (now?.status === 'pending') continue;
      // A row committed (or changed) after its publication had already stopped changed nothing
      // that the public saw: e.g. the first import of a list with long-expired rows.
      if (c.kind !== 'deleted' && (now?.status === 'expired' || now?.status === 'removed') && now.stopped_on <= c.date) continue;
      const active = now?.status === 'active' && c.kind !== 'deleted';
      push({
        date: c.date,
        listId: list.id,
        listTitle: list.title,
        entryId: c.entryId,
        kind: c.kind,
        ...(active ? { name: now.subject_name, path: entryPath(list.id, now.id) } : {}),
      });
    }
    for (const e of list.entries) {
      if (e.status === 'expired' || e.status === 'removed') push({ date: e.stopped_on, listId: list.id, listTitle: list.title, entryId: e.id, kind: e.status });
    }
  }

  return events.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      (order.get(a.listId) ?? 0) - (order.get(b.listId) ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.entryId.localeCompare(b.entryId, 'en', { numeric: true }),
  );
}

/** Counts by kind (for the page's lead and tests). */
export function countKinds(events: readonly ChangeEvent[]): Record<ChangeEventKind, number> {
  const counts: Record<ChangeEventKind, number> = { added: 0, changed: 0, deleted: 0, expired: 0, removed: 0 };
  for (const e of events) counts[e.kind]++;
  return counts;
}

// ---------------------------------------------------------------- pages

/** Events per page of /changes/. */
export const CHANGES_PAGE_SIZE = 100;

/** A day's events grouped by list, then by kind, in the events' order. */
export interface DayGroup {
  date: string;
  lists: { listId: string; listTitle: string; kinds: { kind: ChangeEventKind; events: ChangeEvent[] }[] }[];
}

export function groupByDay(events: readonly ChangeEvent[]): DayGroup[] {
  const days: DayGroup[] = [];
  for (const e of events) {
    let day = days.at(-1);
    if (day?.date !== e.date) days.push((day = { date: e.date, lists: [] }));
    let list = day.lists.at(-1);
    if (list?.listId !== e.listId) day.lists.push((list = { listId: e.listId, listTitle: e.listTitle, kinds: [] }));
    let kind = list.kinds.at(-1);
    if (kind?.kind !== e.kind) list.kinds.push((kind = { kind: e.kind, events: [] }));
    kind.events.push(e);
  }
  return days;
}

/** The anchor of an event on its page (unique: events are deduplicated on these four). */
export function eventAnchor(e: Pick<ChangeEvent, 'date' | 'kind' | 'listId' | 'entryId'>): string {
  return `c-${e.date}-${e.kind}-${e.listId}-${e.entryId}`;
}

// ---------------------------------------------------------------- feed

/** Items the feed carries: the newest events. */
export const FEED_LIMIT = 200;

export interface ChangeFeedItem {
  title: string;
  path: string;
  date: string;
  description: string;
  categories: string[];
}

/**
 * Feed items for the newest events. Active entries link to their page and are named; every other
 * event links to its place on /changes/ and names only the list and the entry id.
 */
export function feedItems(events: readonly ChangeEvent[], limit = FEED_LIMIT, size = CHANGES_PAGE_SIZE): ChangeFeedItem[] {
  return events.slice(0, limit).map((e, i) => {
    const label = CHANGE_KIND_LABELS[e.kind];
    const where = `${changesPath(Math.floor(i / size) + 1)}#${eventAnchor(e)}`;
    if (e.name && e.path) {
      return {
        title: `${label}：${e.name}（${e.listTitle}）`,
        path: e.path,
        date: e.date,
        description: `《${e.listTitle}》编号 ${e.entryId}：${e.name}，${label}（${e.date}）。`,
        categories: [label, e.listTitle],
      };
    }
    return {
      title: `${label}：《${e.listTitle}》编号 ${e.entryId}`,
      path: where,
      date: e.date,
      description: `《${e.listTitle}》编号 ${e.entryId} ${label}（${e.date}）。该条目目前不在公示中，不显示主体名称。`,
      categories: [label, e.listTitle],
    };
  });
}

// ---------------------------------------------------------------- notes

/** The history's notes, with one line for all lists not yet committed instead of one each. */
export function summariseNotes(notes: readonly string[]): string[] {
  const uncommitted = notes.filter((n) => n.includes('尚未提交'));
  const rest = notes.filter((n) => !n.includes('尚未提交'));
  if (uncommitted.length <= 1) return [...rest, ...uncommitted];
  return [...rest, `历史记录：有 ${uncommitted.length} 个名单的 entries.csv 尚未提交到版本库，其条目没有首次公示日期。`];
}
