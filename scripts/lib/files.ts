/**
 * Every file under a folder, for the scripts and tests that read a built site or a copy of the
 * data: one call to Node's recursive readdir, in a stable (sorted) order. The loader of the data
 * itself walks its folders with src/lib/load/files.ts, which also reports links and odd files.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of the regular files under `dir` whose name passes `keep`, sorted; none if `dir` is missing. */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
