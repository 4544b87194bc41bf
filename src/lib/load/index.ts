/**
 * Loads and checks everything the portal publishes, in one pass, collecting every problem.
 * Used by `npm run validate` (outside Astro) and by the Astro build (src/lib/queries.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Unit } from '../../schemas/unit.ts';
import { datasetSchema, type Dataset } from '../../schemas/dataset.ts';
import { sortIssues, type Issue } from '../issues.ts';
import { scanForResidentIds } from '../privacy.ts';
import { checkMdxContent } from '../active-content.ts';
import { loadAreas, type AreaRecord } from './areas.ts';
import { check, readYaml, rel, yamlPlacer, type LoadContext } from './context.ts';
import { loadLists, type ListRecord } from './lists.ts';
import { loadExamCheating } from './exam-cheating.ts';
import type { ExamCheatingRow } from '../../schemas/exam-cheating.ts';
import { loadUnits } from './units.ts';
import { checkFileTree } from './files.ts';
import { loadProgress, loadScores, type ProgressMonth, type ScoreMonth } from './progress.ts';
import { loadNotices, type NoticeRecord } from './notices.ts';
import { loadCases, type CaseRecord } from './cases.ts';

export interface Portal {
  disclosureDate: string;
  /** data/dataset.yml: city, publisher, licence, and whether the data is sample data. */
  dataset: Dataset;
  units: Map<string, Unit>;
  areas: Map<string, AreaRecord>;
  lists: Map<string, ListRecord>;
  /** data/exam-cheating.csv: aggregate figures only (no names), newest year first. */
  examCheating: ExamCheatingRow[];
  /** data/progress/<yyyy-mm>.csv, oldest month first (statuses: src/lib/progress.ts). */
  progress: ProgressMonth[];
  /** data/scores/<yyyy-mm>.csv, oldest month first. */
  scores: ScoreMonth[];
  /** content/notices front matter, newest first (including any dated after the disclosure date). */
  notices: NoticeRecord[];
  /** content/cases front matter, newest first (including any published after the disclosure date). */
  cases: Map<string, CaseRecord>;
}

export interface LoadOptions {
  root?: string | undefined;
  /** Data directory, relative to root or absolute; default `data`. */
  dataDir?: string | undefined;
  disclosureDate: string;
}

const TEXT_FILE = /\.(csv|ya?ml|mdx?|json|txt)$/i;

export function loadPortal(opts: LoadOptions): { portal: Portal; issues: Issue[] } {
  const root = resolve(opts.root ?? process.cwd());
  const ctx: LoadContext = { root, dataDir: resolve(root, opts.dataDir ?? 'data'), issues: [] };

  // Only regular files inside the root are read; links, special and stray files are reported.
  const tree = checkFileTree(root, ctx.dataDir, (p) => rel(ctx, p));
  ctx.issues.push(...tree.issues);

  // Privacy first: a full ID number anywhere in any file is an error.
  for (const path of tree.files) {
    if (!TEXT_FILE.test(path)) continue;
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    ctx.issues.push(...scanForResidentIds(rel(ctx, path), text));
    if (/\.mdx?$/.test(path)) ctx.issues.push(...checkMdxContent(rel(ctx, path), text));
  }

  const datasetPath = join(ctx.dataDir, 'dataset.yml');
  const fm = readYaml(ctx, datasetPath);
  const dataset = check(ctx, rel(ctx, datasetPath), datasetSchema, fm.data, yamlPlacer(fm)) ?? { city: '', sample: true, licence: '', publisher: '' };
  const units = loadUnits(ctx);
  const areas = loadAreas(ctx, units);
  const lists = loadLists(ctx, units, areas, opts.disclosureDate);
  const examCheating = loadExamCheating(ctx, units);
  const progress = loadProgress(ctx, units, areas);
  const scores = loadScores(ctx, units);
  const notices = loadNotices(ctx, units, areas, new Set(progress.map((m) => m.month)));
  const cases = loadCases(ctx, units, areas, lists);
  return { portal: { disclosureDate: opts.disclosureDate, dataset, units, areas, lists, examCheating, progress, scores, notices, cases }, issues: sortIssues(dedupe(ctx.issues)) };
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
