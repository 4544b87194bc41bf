/**
 * What the public will see change when a merge request is merged: the data at the base commit
 * and at the head, both loaded with the project's loader for the same disclosure date, compared
 * by what is published. Per list: entries that start to be shown (new rows, or rows whose dates
 * now make them active), entries still shown whose published fields changed, and entries that
 * stop being shown (rows deleted, or rows whose removal or expiry date is now reached). New
 * typical cases and notices by id.
 *
 * A taken-down entry is only counted: its name must not reach a job log, a summary page or an
 * artefact, which are kept longer and read more widely than the site itself.
 */
import type { Portal } from '../../src/lib/load/index.ts';
import type { EntryRecord } from '../../src/lib/lists/load.ts';

export interface NamedEntry {
  id: string;
  name: string;
}

export interface ListDiff {
  id: string;
  title: string;
  /** Shown at head, not shown at base. */
  added: NamedEntry[];
  /** Shown at both, with a different row (position in the file aside). */
  changed: NamedEntry[];
  /** Shown at base, not shown at head: a count only. */
  takenDown: number;
  /** Rows new at head that are listed after the disclosure date: shown from their date on. */
  pending: number;
  /** Entries shown at head. */
  activeAfter: number;
}

export interface DocumentRef {
  id: string;
  title: string;
  date: string;
}

export interface PublicationDiff {
  /** The commit compared with (full hash). */
  base: string;
  disclosureDate: string;
  /** Lists with at least one change, in id order. */
  lists: ListDiff[];
  newCases: DocumentRef[];
  removedCases: number;
  newNotices: DocumentRef[];
  removedNotices: number;
  /** Validation problems in the base data (its figures may then be incomplete). */
  baseIssues: number;
  /** Remarks for the reader (e.g. the base was not the merge base). */
  notes: string[];
}

/** The row as published: everything but its line in the file and the values derived from the date. */
function rowKey(e: EntryRecord): string {
  const { line: _line, status: _status, ...rest } = e;
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
}

function shown(entries: readonly EntryRecord[]): Map<string, EntryRecord> {
  return new Map(entries.filter((e) => e.status === 'active').map((e) => [e.id, e]));
}

export function diffPortals(before: Portal, after: Portal, base: string): PublicationDiff {
  const lists: ListDiff[] = [];
  const ids = [...new Set([...before.lists.keys(), ...after.lists.keys()])].sort();
  for (const id of ids) {
    const b = before.lists.get(id);
    const a = after.lists.get(id);
    const was = shown(b?.entries ?? []);
    const now = shown(a?.entries ?? []);
    const existed = new Set((b?.entries ?? []).map((e) => e.id));
    const d: ListDiff = {
      id,
      title: a?.meta.title ?? b?.meta.title ?? id,
      added: [],
      changed: [],
      takenDown: 0,
      pending: (a?.entries ?? []).filter((e) => e.status === 'pending' && !existed.has(e.id)).length,
      activeAfter: now.size,
    };
    for (const [eid, e] of now) {
      const old = was.get(eid);
      if (!old) d.added.push({ id: eid, name: e.subject_name });
      else if (rowKey(old) !== rowKey(e)) d.changed.push({ id: eid, name: e.subject_name });
    }
    for (const eid of was.keys()) if (!now.has(eid)) d.takenDown++;
    if (d.added.length || d.changed.length || d.takenDown || d.pending) lists.push(d);
  }

  const oldCases = new Set(before.cases.keys());
  const newCases = [...after.cases.values()].filter((c) => !oldCases.has(c.id)).map((c) => ({ id: c.id, title: c.title, date: c.published_on }));
  const oldNotices = new Set(before.notices.map((n) => n.id));
  const newNotices = after.notices.filter((n) => !oldNotices.has(n.id)).map((n) => ({ id: n.id, title: n.title, date: n.date }));
  return {
    base,
    disclosureDate: after.disclosureDate,
    lists,
    newCases,
    removedCases: [...oldCases].filter((id) => !after.cases.has(id)).length,
    newNotices,
    removedNotices: [...oldNotices].filter((id) => !after.notices.some((n) => n.id === id)).length,
    baseIssues: 0,
    notes: [],
  };
}

/** Data text in Markdown: no markup, no line break, no HTML (names come from editors' files). */
export function mdText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

/** At most this many names per list and section: a bulk import must not bury the summary. */
export const NAMES_SHOWN = 100;

function namesBlock(heading: string, lists: readonly ListDiff[], pick: (l: ListDiff) => NamedEntry[]): string[] {
  const withNames = lists.filter((l) => pick(l).length);
  if (!withNames.length) return [];
  const out = ['', `### ${heading}`, ''];
  for (const l of withNames) {
    const names = pick(l);
    const shownNames = names.slice(0, NAMES_SHOWN).map((e) => `${mdText(e.name)}（\`${e.id}\`）`);
    const more = names.length > NAMES_SHOWN ? `，另有 ${names.length - NAMES_SHOWN} 条未列出` : '';
    out.push(`- **${mdText(l.title)}**：${shownNames.join('；')}${more}`);
  }
  return out;
}

function documentsBlock(heading: string, docs: readonly DocumentRef[], removed: number, disclosureDate: string): string[] {
  if (!docs.length && !removed) return [];
  const out = ['', `### ${heading}`, ''];
  for (const d of docs) {
    const later = d.date > disclosureDate ? `，${d.date} 起才在网站上显示` : '';
    out.push(`- ${mdText(d.title)}（\`${d.id}\`，${d.date}${later}）`);
  }
  if (removed) out.push(`- 删除 ${removed} 篇（合并后其网址不再有效）`);
  return out;
}

/** The summary an editor reads in the merge request, in Chinese. */
export function renderMarkdown(d: PublicationDiff): string {
  const out = ['## 公示变化摘要', ''];
  out.push(`与目标分支的提交 \`${d.base.slice(0, 12)}\` 相比，按公示日期 **${d.disclosureDate}**（中国时间）计算，合并并发布后网站上的变化如下。`);
  if (!d.lists.length && !d.newCases.length && !d.newNotices.length && !d.removedCases && !d.removedNotices) {
    out.push('', '名单条目、典型案例和通报都没有变化。');
  }
  if (d.lists.length) {
    out.push('', '| 名单 | 新增公示 | 内容更正 | 停止公示 | 尚未到列入日期 | 合并后公示中 |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const l of d.lists) out.push(`| ${mdText(l.title)}（\`${l.id}\`） | ${l.added.length} | ${l.changed.length} | ${l.takenDown} | ${l.pending} | ${l.activeAfter} |`);
  }
  out.push(...namesBlock('新增公示的主体', d.lists, (l) => l.added));
  out.push(...namesBlock('内容有更正的条目', d.lists, (l) => l.changed));
  out.push(...documentsBlock('新的典型案例', d.newCases, d.removedCases, d.disclosureDate));
  out.push(...documentsBlock('新的通报', d.newNotices, d.removedNotices, d.disclosureDate));
  out.push('', '说明：', '');
  out.push('- “停止公示”包括从 entries.csv 删除的行，以及填写或修改移出日期、公示截止日期后在公示日期已不再公示的条目；这些条目只计数，不列名称。');
  out.push('- “尚未到列入日期”的新行在列入日期当天由每日构建（中国时间 00:10）自动公示。');
  if (d.baseIssues) out.push(`- 目标分支的数据本身有 ${d.baseIssues} 个校验问题，对比结果可能不完整。`);
  for (const n of d.notes) out.push(`- ${n}`);
  return `${out.join('\n')}\n`;
}
