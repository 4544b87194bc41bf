/**
 * The subject directory (/subjects/): every name published today, to be found by browsing when
 * search is not available (no JavaScript). Organisations with a USCC are listed once and link to
 * their page across all lists; persons and organisations without a USCC are listed per entry and
 * link to the entry. Only active entries are read, so nothing taken down can appear.
 *
 * A name is filed under its first character after any leading place name (province, city,
 * district: <city>恒达商贸有限公司 under 恒), because almost every organisation's name starts with
 * the city's. Characters are ordered as Chinese readers expect (pinyin, by the zh-CN collation).
 *
 * Pages hold DIRECTORY_PAGE_SIZE names each, so no page grows with the data: at n names the
 * directory adds about 2n / DIRECTORY_PAGE_SIZE pages (by name, by district) plus one index.
 */
import type { PaginateFunction } from 'astro';
import { directoryDistrictPath, directoryNamePath, entryPath, subjectPath } from '../paths.ts';
import { portal } from '../queries.ts';
import { listViews, subjects } from './queries.ts';

/** Names per directory page. */
export const DIRECTORY_PAGE_SIZE = 200;

/** The district of entries that give none. */
export const NO_DISTRICT = '未注明区县';

export interface DirectoryItem {
  name: string;
  /** The character it is filed under. */
  initial: string;
  /** Its page: the organisation's, or the entry's. */
  path: string;
  /** Districts its entries give (NO_DISTRICT when none does). */
  districts: string[];
  /** Titles of the lists it is on. */
  lists: string[];
  /** First day none of its entries is shown any more (the page hides it from then, like a list row). */
  hideFrom: string;
}

const collator = new Intl.Collator('zh-CN');

/** Place names a name may start with, longest first: the province, the city, the districts, with and without 省/市. */
export function placePrefixes(province: string, city: string, districts: readonly string[]): string[] {
  const names = [province, province.replace(/省$/, ''), city, city.replace(/市$/, ''), ...districts];
  return [...new Set(names.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
}

/** The character a name is filed under: the first letter or digit after leading place names. */
export function initialOf(name: string, prefixes: readonly string[]): string {
  let rest = name.trim();
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const p of prefixes) {
      if (rest.startsWith(p) && rest.length > p.length) {
        rest = rest.slice(p.length);
        stripped = true;
        break;
      }
    }
  }
  const first = [...rest].find((c) => /[\p{L}\p{N}]/u.test(c)) ?? [...name][0] ?? '';
  return first.toLocaleUpperCase('zh-CN');
}

/** Directory order: by filing character (pinyin order), then by the whole name. */
export function compareItems(a: Pick<DirectoryItem, 'initial' | 'name'>, b: Pick<DirectoryItem, 'initial' | 'name'>): number {
  return collator.compare(a.initial, b.initial) || (a.initial < b.initial ? -1 : a.initial > b.initial ? 1 : 0) || collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

let memo: DirectoryItem[] | undefined;

/** Every name published on the disclosure date, in directory order. */
export function directoryItems(): DirectoryItem[] {
  if (memo) return memo;
  const city = portal().city;
  const prefixes = placePrefixes(city.province, city.name, city.districts);
  const items: DirectoryItem[] = [];
  for (const s of subjects()) {
    items.push({
      name: s.name,
      initial: initialOf(s.name, prefixes),
      path: subjectPath(s.uscc),
      districts: s.districts.length ? s.districts : [NO_DISTRICT],
      lists: [...new Set(s.entries.map((e) => e.view.meta.title))],
      hideFrom: s.entries.map((e) => e.entry.stopped_on).reduce((a, b) => (a > b ? a : b)),
    });
  }
  for (const view of listViews()) {
    for (const e of view.active) {
      if (e.uscc) continue;
      items.push({
        name: e.subject_name,
        initial: initialOf(e.subject_name, prefixes),
        path: entryPath(view.id, e.id),
        districts: [e.district ?? NO_DISTRICT],
        lists: [view.meta.title],
        hideFrom: e.stopped_on,
      });
    }
  }
  memo = items.sort(compareItems);
  return memo;
}

/** The districts, in the city's order, each with its number of names (NO_DISTRICT last, if used). */
export function directoryDistricts(): { district: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of directoryItems()) for (const d of item.districts) counts.set(d, (counts.get(d) ?? 0) + 1);
  const order = [...portal().city.districts, NO_DISTRICT];
  return order.filter((d) => counts.has(d)).map((district) => ({ district, count: counts.get(district)! }));
}

/** The filing characters in order, each with its number of names and the page of /subjects/name/ it starts on. */
export function directoryInitials(): { initial: string; count: number; page: number }[] {
  const out: { initial: string; count: number; page: number }[] = [];
  directoryItems().forEach((item, i) => {
    const last = out.at(-1);
    if (last?.initial === item.initial) last.count++;
    else out.push({ initial: item.initial, count: 1, page: Math.floor(i / DIRECTORY_PAGE_SIZE) + 1 });
  });
  return out;
}

/** The anchor of a filing character on a directory page. */
export function initialAnchor(initial: string): string {
  return `i-${initial.codePointAt(0)!.toString(16)}`;
}

/** Consecutive items of one page grouped by filing character; `continued` when the group began on the page before. */
export function groupByInitial(items: readonly DirectoryItem[], previous: DirectoryItem | undefined): { initial: string; continued: boolean; items: DirectoryItem[] }[] {
  const groups: { initial: string; continued: boolean; items: DirectoryItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.initial === item.initial) last.items.push(item);
    else groups.push({ initial: item.initial, continued: !last && previous?.initial === item.initial, items: [item] });
  }
  return groups;
}

export interface DirectoryHead {
  /** Address of page 1. */
  base: string;
  /** The district shown, or undefined for the whole directory by name. */
  district?: string | undefined;
}

/** getStaticPaths of /subjects/name/ and /subjects/name/<n>/. */
export function directoryNamePaths(paginate: PaginateFunction) {
  const head: DirectoryHead = { base: directoryNamePath() };
  return paginate(directoryItems(), { pageSize: DIRECTORY_PAGE_SIZE, props: { head } });
}

const byDistrict = new Map<string, DirectoryItem[]>();

/** The names of one district (or every name), in directory order. */
function itemsOf(district: string | undefined): DirectoryItem[] {
  if (district === undefined) return directoryItems();
  let items = byDistrict.get(district);
  if (!items) byDistrict.set(district, (items = directoryItems().filter((i) => i.districts.includes(district))));
  return items;
}

/** The name just before the 0-based position `start` of a directory (the last one of the page before). */
export function itemBefore(head: DirectoryHead, start: number): DirectoryItem | undefined {
  return start > 0 ? itemsOf(head.district)[start - 1] : undefined;
}

/** getStaticPaths of /subjects/district/<district>/ and its pages. */
export function directoryDistrictPaths(paginate: PaginateFunction) {
  return directoryDistricts().flatMap(({ district }) =>
    paginate(
      itemsOf(district),
      { pageSize: DIRECTORY_PAGE_SIZE, params: { district }, props: { head: { base: directoryDistrictPath(district), district } satisfies DirectoryHead } },
    ),
  );
}
