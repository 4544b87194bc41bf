/**
 * One page of every page type the site has, chosen from the source files themselves (papaparse,
 * yaml), not through the portal's loader: the accessibility pass and the phone layout visit these.
 */
import { ON, progressMonths, sourceAreas, sourceCases, sourceLists, sourceNotices } from './source.ts';

// Which pages to visit, chosen from the files themselves (papaparse, yaml), not the loader.
export const lists = sourceLists(ON);
const active = lists.flatMap((l) => l.active.map((e) => ({ list: l.id, e })));
export const org = active.find((a) => a.e['subject_type'] === 'org' && a.e['uscc'])!;
const person = active.find((a) => a.e['subject_type'] === 'person') ?? org;
const gone = lists.flatMap((l) => l.takenDown.map((e) => ({ list: l.id, e })))[0]!;
const firstCase = sourceCases().find((c) => String(c.published_on) <= ON)!;
const notice = sourceNotices().find((n) => String(n.date) <= ON)!;
const month = progressMonths().at(-1)!;
const area = sourceAreas()[0]!;

/** One page of every type the site has (DESIGN.md "Addresses"), plus 404. */
export const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['areas', 'areas/'],
  ['area', `areas/${area.slug}/`],
  ['tip-off', 'tip-off/'],
  ['list catalogue', 'lists/'],
  ['list table', `lists/${org.list}/`],
  ['list table, page 2', `lists/${lists.find((l) => l.active.length > 50)?.id ?? org.list}/2/`],
  ['entry (organisation)', `lists/${org.list}/${org.e['id']}/`],
  ['entry (person)', `lists/${person.list}/${person.e['id']}/`],
  ['take-down notice', `lists/${gone.list}/${gone.e['id']}/`],
  ['subject', `subjects/${org.e['uscc']}/`],
  ['cases', 'cases/'],
  ['case', `cases/${firstCase.id}/`],
  ['cases by area', `cases/area/${firstCase.area}/`],
  ['notices', 'notices/'],
  ['notice', `notices/${notice.id}/`],
  ['progress', 'progress/'],
  ['month', `progress/${month}/`],
  ['scores', 'progress/scores/'],
  ['stats', 'stats/'],
  ['data', 'data/'],
  ['plan', 'plan/'],
  ['credit repair guide', 'credit-repair/'],
  ['changes', 'changes/'],
  ['about', 'about/'],
  ['search (empty)', 'search/'],
  ['subject directory', 'subjects/'],
  ['subject directory by name', 'subjects/name/'],
  ['subject directory of a district', `subjects/district/${encodeURIComponent(org.e['district'] || '未注明区县')}/`],
  ['404', '404.html'],
];
