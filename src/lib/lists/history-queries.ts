/**
 * Queries for the history of list entries: first published / last changed per entry,
 * and the /changes/ page and feed. The git history is read once per build (src/lib/lists/history.ts,
 * cached per commit in node_modules/.cache/history), never per page; what it cannot know
 * (no git, shallow clone, files not committed) is printed once in the build log, and the
 * build never fails because of it.
 */
import { join, resolve } from 'node:path';
import { CHANGES_PAGE_SIZE, countKinds, feedItems, groupByDay, mergeChanges, summariseNotes, type ChangeEvent, type DayGroup } from './changes.ts';
import { loadHistory, type EntryHistory, type HistoryResult } from './history.ts';
import { portal } from '../queries.ts';
import { listViews } from './queries.ts';
import { entryPath } from '../paths.ts';
import type { Page, PaginateFunction } from 'astro';

let memo: { history: HistoryResult; notes: string[] } | undefined;

function history(): { history: HistoryResult; notes: string[] } {
  if (memo) return memo;
  const dataDir = resolve(process.cwd(), process.env['PORTAL_DATA_DIR'] ?? 'data');
  const files = new Map([...portal().lists.keys()].map((id) => [id, join(dataDir, 'lists', id, 'entries.csv')]));
  let result: HistoryResult;
  try {
    result = loadHistory(files, resolve(process.cwd(), 'node_modules/.cache/history'));
  } catch (e) {
    // History is a nicety: the site is built without it rather than not at all.
    result = { lists: new Map(), notes: [`历史记录：读取版本记录时出错（${e instanceof Error ? e.message : String(e)}），首次公示和最近修改日期不显示。`] };
  }
  const notes = summariseNotes(result.notes);
  for (const n of notes) console.warn(`[history] ${n}`);
  memo = { history: result, notes };
  return memo;
}

/** What the entry page says about an entry's history. */
export type EntryHistoryView = ({ known: true } & EntryHistory) | { known: false };

export function entryHistory(listId: string, entryId: string): EntryHistoryView {
  const h = history().history.lists.get(listId)?.entries.get(entryId);
  return h ? { known: true, ...h } : { known: false };
}

let eventsMemo: ChangeEvent[] | undefined;

/** Every event, newest first (see src/lib/lists/changes.ts for the no-name rule). */
export function changeEvents(): ChangeEvent[] {
  if (eventsMemo) return eventsMemo;
  const lists = listViews().map((v) => ({ id: v.id, title: v.meta.title, entries: portal().lists.get(v.id)?.entries ?? [] }));
  eventsMemo = mergeChanges(lists, history().history.lists, entryPath);
  return eventsMemo;
}

export interface ChangesPage {
  page: number;
  pages: number;
  total: number;
  /** 1-based number of the first event on the page (0 when there is none). */
  first: number;
  last: number;
  days: DayGroup[];
  counts: ReturnType<typeof countKinds>;
  /** What the history could not know, for readers (same as the build log). */
  notes: string[];
  disclosureDate: string;
}

/** getStaticPaths of /changes/ and /changes/<n>/ (n ≥ 2), paged by Astro's paginate(). */
export function changesPaths(paginate: PaginateFunction) {
  return paginate(changeEvents(), { pageSize: CHANGES_PAGE_SIZE });
}

/** One page of /changes/, from its page of events. */
export function changesPage(page: Page<ChangeEvent>): ChangesPage {
  return {
    page: page.currentPage,
    pages: page.lastPage,
    total: page.total,
    first: page.data.length ? page.start + 1 : 0,
    last: page.data.length ? page.end + 1 : 0,
    days: groupByDay(page.data),
    counts: countKinds(changeEvents()),
    notes: history().notes,
    disclosureDate: portal().disclosureDate,
  };
}

/** Items of /changes/rss.xml. */
export function changeFeedItems() {
  return feedItems(changeEvents());
}
