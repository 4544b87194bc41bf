/**
 * The search records of the site, computed from the loaded data (not from the built pages):
 * one record per page search should find, with the address of that page. The build turns
 * them into Pagefind's documents (src/lib/search/documents.ts) and indexes those
 * (src/lib/search/index-writer.ts); nothing on a page is indexed. Taken-down entries and
 * unpublished cases or notices have no record.
 */
import type { HintFields } from './meta.ts';
import { portal } from '../queries.ts';
import { kindStatement, listViews, subjectPaths, subject } from '../lists/queries.ts';
import { publishedCases } from '../cases/queries.ts';
import { subjectView } from '../cases/rules.ts';
import { SUBJECT_TYPE_LABELS } from '../../schemas/list-meta.ts';
import { publishedNotices } from '../notices/queries.ts';
import { entryPath, areaPath, listPath, noticePath, subjectPath, casePath } from '../paths.ts';

export interface SearchRecord extends HintFields {
  /** Address from the site root, without the base path. */
  url: string;
  /** Names a person may type fragments of (subject name, legal representative, parties). */
  names?: (string | undefined)[] | undefined;
  /** Codes a person may type whole or by their start (USCC); matched case-insensitively. */
  codes?: (string | undefined)[] | undefined;
  /** Document and licence numbers (决定文书号, 案号, 许可证编号…), found whole in any bracket form. */
  identifiers?: (string | undefined)[] | undefined;
  /** The identifiers a result shows, as [label, value], e.g. [`案号`, `（2023）甘01执6729号`]. */
  ids?: [string, string][] | undefined;
  /** Words a person adds to a name to tell two people apart: the last four characters of the masked ID. */
  nameTags?: string[] | undefined;
  /** Full text searched besides the summary (a case's narrative). */
  text?: string | undefined;
  /** One or two sentences shown as the result's excerpt; searchable on cases, notices, areas and lists. */
  summary?: string | undefined;
  /** First day the page must no longer be shown (a list entry's stopped_on). */
  hideFrom?: string | undefined;
}

/** Every record, in a stable order: lists, areas, entries, organisations, cases, notices. */
export function searchRecords(): SearchRecord[] {
  const p = portal();
  const out: SearchRecord[] = [{ url: '/lists/', kind: 'list', title: '名单公示：全部名单', summary: '各重点失信领域公布的黑名单、预警名单和资质名录。' }];
  const views = listViews();
  for (const view of views) {
    out.push({ url: listPath(view.id), kind: 'list', title: view.meta.title, area: view.area.title, list: view.meta.title, date: view.lastChange, summary: view.meta.description });
  }
  for (const a of p.areas.values()) {
    out.push({ url: areaPath(a.slug), kind: 'area', title: `${a.number}. ${a.title}`, area: a.title, summary: a.summary });
  }
  for (const view of views) {
    const identifierColumns = view.meta.columns.filter((c) => c.search === 'identifier');
    const nameColumns = view.meta.columns.filter((c) => c.search === 'name');
    for (const entry of view.active) {
      const cell = (key: string) => {
        const v = entry.extra[key];
        return typeof v === 'string' && v.trim() ? v.trim() : undefined;
      };
      const ids: [string, string | undefined][] = [
        ['统一社会信用代码', entry.uscc],
        ['身份证号码', entry.id_masked],
        ['决定文书号', entry.decision_no],
        ...identifierColumns.map((c): [string, string | undefined] => [c.label, cell(c.key)]),
      ];
      out.push({
        url: entryPath(view.id, entry.id),
        kind: view.meta.kind,
        title: entry.subject_name,
        area: view.area.title,
        list: view.meta.title,
        subjectType: SUBJECT_TYPE_LABELS[entry.subject_type],
        district: entry.district,
        date: entry.listed_on,
        names: [entry.subject_name, entry.legal_rep, ...nameColumns.map((c) => cell(c.key))],
        // The whole USCC, and from its 9th character on (the organisation code).
        codes: [entry.uscc, entry.uscc?.slice(8)],
        identifiers: [entry.decision_no, ...identifierColumns.map((c) => cell(c.key))],
        ids: filled(ids),
        nameTags: entry.id_masked ? [entry.id_masked.slice(-4)] : undefined,
        summary: `${kindStatement(view, entry)}${entry.reason ? ` ${entry.reason}` : ''}`,
        hideFrom: entry.stopped_on,
      });
    }
  }
  for (const { props } of subjectPaths()) {
    const s = subject(props.uscc);
    out.push({
      url: subjectPath(s.uscc),
      kind: 'subject',
      title: s.name,
      area: s.entries[0]?.view.area.title,
      subjectType: SUBJECT_TYPE_LABELS.org,
      district: s.districts[0],
      date: s.entries[0]?.entry.listed_on,
      names: [...s.names, ...s.legalReps],
      codes: [s.uscc, s.uscc.slice(8)],
      ids: filled([['统一社会信用代码', s.uscc]]),
      summary: `该组织在 ${s.entries.length} 条公示信息中出现：${[...new Set(s.entries.map((e) => e.view.meta.title))].join('、')}。`,
    });
  }
  // A case's narrative may name an entry that is no longer shown; its name is not searchable.
  const hidden = takenDownNames();
  for (const c of publishedCases()) {
    out.push({
      url: casePath(c.id),
      kind: 'case',
      title: c.title,
      area: p.areas.get(c.area)?.title,
      date: c.published_on,
      summary: c.summary,
      names: c.subjects.map((s) => subjectView(s, p.lists).name),
      text: withoutNames(c.text, hidden),
    });
  }
  for (const n of publishedNotices()) {
    out.push({ url: noticePath(n.id), kind: 'notice', title: n.title, area: n.areas.length === 1 ? p.areas.get(n.areas[0]!)?.title : undefined, date: n.date, summary: n.summary });
  }
  return out;
}

/** The identifiers that are filled, trimmed. */
function filled(ids: [string, string | undefined][]): [string, string][] | undefined {
  const out = ids.filter((i): i is [string, string] => !!i[1]?.trim()).map(([label, v]): [string, string] => [label, v.trim()]);
  return out.length ? out : undefined;
}

/** Names of entries not shown on the disclosure date that no shown entry also carries. */
function takenDownNames(): string[] {
  const shown = new Set<string>();
  const gone = new Set<string>();
  for (const list of portal().lists.values()) {
    for (const e of list.entries) (e.status === 'active' ? shown : gone).add(e.subject_name.trim());
  }
  return [...gone].filter((n) => n.length >= 2 && !shown.has(n));
}

/** `text` with every one of `names` replaced by 某 (longest first, so no part of a name is left). */
export function withoutNames(text: string | undefined, names: readonly string[]): string | undefined {
  if (!text) return text;
  let out = text;
  for (const n of [...names].sort((a, b) => b.length - a.length)) if (out.includes(n)) out = out.split(n).join('某');
  return out;
}
