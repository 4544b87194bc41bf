/**
 * History of list entries from git: for every entry, the date of the first commit in
 * which its row appears in entries.csv (first published) and of the last commit that changed
 * the row (last changed); and, per commit, which entries were added, changed or deleted.
 *
 * Works where git cannot tell everything: in a shallow clone the oldest commit available stands
 * for all earlier history (dates are then "at the latest"), outside a git repository there is no
 * history at all. Both are reported in `notes` (printed in the build log); it never throws.
 * Parsed commits are cached on disk by commit id, so a rebuild only reads new commits.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import { chinaDay } from '../dates.ts';

export interface EntryHistory {
  /** Commit date (YYYY-MM-DD, China time) of the first commit containing the row. */
  firstPublished: string;
  /** Commit date of the last commit that changed the row. */
  lastChanged: string;
  /** True when the first date is only "at the latest" (shallow clone boundary). */
  approximate: boolean;
}

export type ChangeKind = 'added' | 'changed' | 'deleted';

export interface Change {
  date: string;
  commit: string;
  listId: string;
  entryId: string;
  kind: ChangeKind;
}

export interface ListHistory {
  entries: Map<string, EntryHistory>;
  changes: Change[];
}

export interface HistoryResult {
  lists: Map<string, ListHistory>;
  notes: string[];
}

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    return null;
  }
}

/** Row fingerprints by entry id, from CSV text (the `id` column). */
export function rowHashes(csv: string): Map<string, string> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const out = new Map<string, string>();
  for (const row of parsed.data) {
    const id = row['id']?.trim();
    // Rows whose id starts with # are comments (see csv.ts), not entries.
    if (!id || id.startsWith('#')) continue;
    const fields = Object.keys(row)
      .sort()
      .map((k) => `${k}=${(row[k] ?? '').trim()}`)
      .join('\u0001');
    out.set(id, createHash('sha1').update(fields).digest('base64').slice(0, 16));
  }
  return out;
}

/**
 * Computes history for list files. `files` maps list id → absolute path of entries.csv.
 * `cacheDir` holds parsed commits (safe to delete).
 */
export function loadHistory(files: Map<string, string>, cacheDir: string): HistoryResult {
  const notes: string[] = [];
  const lists = new Map<string, ListHistory>();
  const anyFile = files.values().next().value as string | undefined;
  if (!anyFile) return { lists, notes };
  const top = git(dirname(anyFile), ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) {
    notes.push('历史记录：数据目录不在 git 版本库中，无法得出首次公示和最近修改日期（页面不显示这两项）。');
    return { lists, notes };
  }
  const shallow = git(top, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  if (shallow) notes.push('历史记录：当前是浅克隆（shallow clone），最早可见提交之前的历史不可知；首次公示日期显示为“不晚于”该提交日期。');
  mkdirSync(cacheDir, { recursive: true });

  for (const [listId, file] of files) {
    const path = relative(top, file).split(sep).join('/');
    const log = git(top, ['log', '--format=%H %cI', '--reverse', '--', path]);
    const history: ListHistory = { entries: new Map(), changes: [] };
    lists.set(listId, history);
    if (!log?.trim()) {
      notes.push(`历史记录：${path} 尚未提交到版本库，其条目没有首次公示日期。`);
      continue;
    }
    const commits = log.trim().split('\n').map((l) => {
      const [hash, iso] = l.split(' ') as [string, string];
      return { hash, date: chinaDay(iso) };
    });
    let prev = new Map<string, string>();
    commits.forEach(({ hash, date }, index) => {
      const cacheFile = join(cacheDir, `${hash}-${createHash('sha1').update(path).digest('hex').slice(0, 12)}.json`);
      let rows: Map<string, string>;
      if (existsSync(cacheFile)) rows = new Map(JSON.parse(readFileSync(cacheFile, 'utf8')) as [string, string][]);
      else {
        const text = git(top, ['show', `${hash}:${path}`]) ?? '';
        rows = rowHashes(text);
        writeFileSync(cacheFile, JSON.stringify([...rows]));
      }
      const boundary = shallow && index === 0;
      for (const [id, h] of rows) {
        const before = prev.get(id);
        const known = history.entries.get(id);
        if (before === undefined) {
          history.entries.set(id, { firstPublished: known?.firstPublished ?? date, lastChanged: date, approximate: known?.approximate ?? boundary });
          history.changes.push({ date, commit: hash, listId, entryId: id, kind: known ? 'changed' : 'added' });
        } else if (before !== h) {
          history.entries.set(id, { ...known!, lastChanged: date });
          history.changes.push({ date, commit: hash, listId, entryId: id, kind: 'changed' });
        }
      }
      for (const id of prev.keys()) {
        if (!rows.has(id)) history.changes.push({ date, commit: hash, listId, entryId: id, kind: 'deleted' });
      }
      // The shallow boundary commit shows the state then, not additions on that day.
      if (boundary) history.changes = history.changes.filter((c) => c.commit !== hash);
      prev = rows;
    });
  }
  return { lists, notes };
}
