/**
 * `/status.json`: what monitoring and `npm run check:live` read to know which build is serving —
 * the disclosure date, when it was built, from which data commit and portal version, and how
 * many entries each list shows. Written by every build (src/pages/status.json.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteStatus {
  /** YYYY-MM-DD, the day the build computed disclosure status for (China time). */
  disclosureDate: string;
  /** ISO timestamp of the build (UTC). */
  builtAt: string;
  /** git commit of the data root, or null when it is not a git checkout. */
  dataCommit: string | null;
  /** `version` of the portal's package.json. */
  portalVersion: string;
  /** SITE_URL and BASE_PATH the build was made for (publishing refuses a localhost one). */
  siteUrl: string;
  basePath: string;
  /** Active (published) entries per list id. */
  activeEntries: Record<string, number>;
  /** The earliest day on which a published entry must no longer be shown. */
  nextTakedown: string | null;
}

/** The commit of `dir` (DATA_COMMIT overrides it: a CI checkout may be a bare export). */
export function dataCommit(dir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['DATA_COMMIT']?.trim();
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

export function portalVersion(project = process.cwd()): string {
  try {
    return (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Entries of one list as far as status needs them. */
interface ListCounts {
  id: string;
  active: { stopped_on: string }[];
}

export function siteStatus(o: { disclosureDate: string; builtAt: Date; dataCommit: string | null; portalVersion: string; siteUrl: string; basePath: string; lists: ListCounts[] }): SiteStatus {
  const activeEntries: Record<string, number> = {};
  let next: string | null = null;
  for (const l of o.lists) {
    activeEntries[l.id] = l.active.length;
    for (const e of l.active) if (next === null || e.stopped_on < next) next = e.stopped_on;
  }
  return {
    disclosureDate: o.disclosureDate,
    builtAt: o.builtAt.toISOString(),
    dataCommit: o.dataCommit,
    portalVersion: o.portalVersion,
    siteUrl: o.siteUrl,
    basePath: o.basePath,
    activeEntries,
    nextTakedown: next,
  };
}
