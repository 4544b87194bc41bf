/**
 * Loads and checks everything the portal publishes, in one pass, collecting every problem.
 * Used by `npm run validate` (outside Astro) and by the Astro build (src/lib/queries.ts).
 */
import { join, resolve } from 'node:path';
import type { Unit } from '../../schemas/unit.ts';
import { datasetSchema, type Dataset } from '../../schemas/dataset.ts';
import { sortIssues, type Issue } from '../issues.ts';
import { maskResidentIdsIn, scanForResidentIds } from '../privacy.ts';
import { checkMdxContent } from '../active-content.ts';
import { CSV_READER_REFUSES, scanForInvisible } from '../invisible.ts';
import { loadAreas, type AreaRecord } from '../areas/load.ts';
import { check, markUnreadable, readLimited, readYaml, rel, yamlPlacer, type LoadContext } from './context.ts';
import { decodeUtf8 } from '../csv.ts';
import { loadLists, type ListRecord } from '../lists/load.ts';
import { loadExamCheating, type ExamCheating } from '../stats/exam-cheating.ts';
import { loadPovertyRelief, type PovertyRelief } from '../stats/poverty-relief.ts';
import { checkAuthorityContacts, loadUnits } from './units.ts';
import { loadCity } from './city.ts';
import type { City } from '../../schemas/city.ts';
import { checkFileTree } from './files.ts';
import { loadProgress, loadScores, type ProgressMonth, type ScoreMonth } from '../progress/load.ts';
import { loadNotices, type NoticeRecord } from '../notices/load.ts';
import { loadCases, type CaseRecord } from '../cases/load.ts';
import { loadPlanParts, type PlanPartRecord } from '../plan/load.ts';

export interface Portal {
  disclosureDate: string;
  /** data/city.yml: the city's name, districts, general channel, time zone and plan. */
  city: City;
  /** data/dataset.yml: publisher, licence, and whether the data is sample data. */
  dataset: Dataset;
  units: Map<string, Unit>;
  areas: Map<string, AreaRecord>;
  lists: Map<string, ListRecord>;
  /** data/exam-cheating/: aggregate figures only (no names); null when the data set has none. */
  examCheating: ExamCheating | null;
  /** data/poverty-relief/: aggregate figures per year and district (no names); null when the data set has none. */
  povertyRelief: PovertyRelief | null;
  /** data/progress/<yyyy-mm>.csv, oldest month first (statuses: src/lib/progress/rules.ts). */
  progress: ProgressMonth[];
  /** data/scores/<yyyy-mm>.csv, oldest month first. */
  scores: ScoreMonth[];
  /** content/notices front matter, newest first (including any dated after the disclosure date). */
  notices: NoticeRecord[];
  /** content/cases front matter, newest first (including any published after the disclosure date). */
  cases: Map<string, CaseRecord>;
  /** content/plan/: the plan's parts other than its areas, in order. */
  plan: PlanPartRecord[];
}

export interface LoadOptions {
  root?: string | undefined;
  /** Data directory, relative to root or absolute; default `data`. */
  dataDir?: string | undefined;
  disclosureDate: string;
}

const TEXT_FILE = /\.(csv|ya?ml|mdx?|json|txt)$/i;

/** At most this many problems are listed per file; then one line says how many more there are. */
export const MAX_ISSUES_PER_FILE = 50;

export function loadPortal(opts: LoadOptions): { portal: Portal; issues: Issue[]; warnings: Issue[] } {
  const root = resolve(opts.root ?? process.cwd());
  const ctx: LoadContext = { root, dataDir: resolve(root, opts.dataDir ?? 'data'), issues: [] };

  // Only regular files inside the root are read; links, special and stray files are reported.
  const tree = checkFileTree(root, ctx.dataDir, (p) => rel(ctx, p));
  ctx.issues.push(...tree.issues);

  // Privacy first: a full ID number anywhere in any file is an error.
  for (const path of tree.files) {
    if (!TEXT_FILE.test(path) || path.endsWith('README.md')) continue;
    const bytes = readLimited(ctx, path);
    if (!bytes) continue;
    const file = rel(ctx, path);
    const decoded = decodeUtf8(file, bytes);
    if (decoded.issues.length) {
      // Not text: reported once here (the CSV reader reports its own files), nothing else from it.
      if (!path.endsWith('.csv')) {
        ctx.issues.push(...decoded.issues);
        markUnreadable(ctx, file);
      }
      continue;
    }
    const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    ctx.issues.push(...scanForResidentIds(file, text));
    ctx.issues.push(...scanForInvisible(file, text, path.endsWith('.csv') ? { skip: CSV_READER_REFUSES } : {}));
    if (/\.mdx?$/.test(path)) ctx.issues.push(...checkMdxContent(file, text));
  }

  const datasetPath = join(ctx.dataDir, 'dataset.yml');
  const fm = readYaml(ctx, datasetPath);
  const dataset = check(ctx, rel(ctx, datasetPath), datasetSchema, fm.data, yamlPlacer(fm)) ?? { sample: true, licence: '', publisher: '' };
  const city = loadCity(ctx);
  const units = loadUnits(ctx);
  const areas = loadAreas(ctx, units, city);
  const lists = loadLists(ctx, units, areas, city, opts.disclosureDate);
  checkAuthorityContacts(ctx, units, listAuthorities(lists));
  const examCheating = loadExamCheating(ctx, units, areas);
  const povertyRelief = loadPovertyRelief(ctx, units, areas, city);
  checkDisclosureTargets(ctx, areas, lists, { 'exam-cheating': examCheating, 'poverty-relief': povertyRelief });
  const progress = loadProgress(ctx, units, areas);
  const scores = loadScores(ctx, units);
  const cases = loadCases(ctx, units, areas, lists);
  const notices = loadNotices(ctx, units, areas, new Set(progress.map((m) => m.month)), new Set(cases.keys()));
  const plan = loadPlanParts(ctx);
  const issues = capPerFile(sortIssues(dedupe(withoutFollowOnErrors(ctx)))).map(masked);
  return { portal: { disclosureDate: opts.disclosureDate, city, dataset, units, areas, lists, examCheating, povertyRelief, progress, scores, notices, cases, plan }, issues, warnings: sortIssues(ctx.warnings ?? []).map(masked) };
}

/** An issue whose message quotes no full resident ID number (the privacy scan reports it, masked, at its place). */
function masked(issue: Issue): Issue {
  const message = maskResidentIdsIn(issue.message);
  return message === issue.message ? issue : { ...issue, message };
}

/** Each disclosure's list or dataset exists on this portal (reported at the area's front matter). */
function checkDisclosureTargets(ctx: LoadContext, areas: Map<string, AreaRecord>, lists: Map<string, ListRecord>, figures: Record<string, unknown>): void {
  const datasets = new Set(['stats', 'progress', ...Object.keys(figures).filter((k) => figures[k])]);
  for (const area of areas.values()) {
    const at = ctx.areaFiles?.get(area.slug);
    if (!at) continue;
    area.disclosures.forEach((d, i) => {
      if (d.list && !lists.has(d.list) && !ctx.listFolders?.has(d.list)) ctx.issues.push({ file: at.file, ...at.locate(['disclosures', i, 'list']), key: 'disclosures.list', message: `名单“${d.list}”不在 data/lists 中` });
      if (d.dataset && !datasets.has(d.dataset)) ctx.issues.push({ file: at.file, ...at.locate(['disclosures', i, 'dataset']), key: 'disclosures.dataset', message: `数据集“${d.dataset}”不存在，只能是 ${[...datasets].join('、')}` });
    });
  }
}

/** Every unit that decides entries of a list (the list's authority or a row's), with the first such list's title. */
function listAuthorities(lists: Map<string, ListRecord>): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of lists.values()) {
    if (!out.has(list.meta.authority)) out.set(list.meta.authority, list.meta.title);
    for (const e of list.entries) if (e.authority && !out.has(e.authority)) out.set(e.authority, list.meta.title);
  }
  return out;
}

/**
 * One bad unit or area gives one message: a reference to a unit whose row in units.csv was
 * refused, or to an area whose file was refused, is not reported again at every reference
 * (the fix is in that one place, already reported).
 */
function withoutFollowOnErrors(ctx: LoadContext): Issue[] {
  const units = ctx.badUnitIds ?? new Set<string>();
  const areas = ctx.badAreaSlugs ?? new Set<string>();
  if (!units.size && !areas.size) return ctx.issues;
  return ctx.issues.filter((i) => {
    const unit = /“([^”]*)”不在 data\/units\.csv 中$/.exec(i.message);
    if (unit && units.has(unit[1]!)) return false;
    const area = /^领域“([^”]*)”不存在（应为 content\/areas/.exec(i.message);
    return !(area && areas.has(area[1]!));
  });
}

/** Keeps the first problems of each file (issues sorted) and says how many more there are. */
function capPerFile(issues: Issue[]): Issue[] {
  const out: Issue[] = [];
  let i = 0;
  while (i < issues.length) {
    let j = i;
    while (j < issues.length && issues[j]!.file === issues[i]!.file) j++;
    out.push(...issues.slice(i, Math.min(j, i + MAX_ISSUES_PER_FILE)));
    const more = j - i - MAX_ISSUES_PER_FILE;
    if (more > 0) {
      const next = issues[i + MAX_ISSUES_PER_FILE]!;
      out.push({ file: next.file, line: next.line, column: next.column, key: 'more', message: `本文件还有 ${more} 处问题未列出（每个文件最多列出 ${MAX_ISSUES_PER_FILE} 处）：先改正上面的问题，再运行 npm run validate 查看其余问题` });
    }
    i = j;
  }
  return out;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.file}:${i.line}:${i.column}:${i.key}:${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
