/**
 * Astro's content cache (`<cacheDir>/data-store.json`) stores each MDX file's path relative to
 * the project root. Read from another checkout, or after the project or its data moved, those
 * paths point nowhere and `astro build` fails inside Rolldown ("failed to resolve import
 * astro:content-layer-deferred-module…"). The cache therefore records whose it is, and a cache
 * written for another project root or data root is dropped before Astro reads it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Astro's cache directory: $ASTRO_CACHE_DIR, default node_modules/.astro (as Astro's own default). */
export function astroCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env['ASTRO_CACHE_DIR']?.trim() || 'node_modules/.astro');
}

export interface CacheOwner {
  project: string;
  data: string;
}

const OWNER_FILE = 'portal-cache-owner.json';
const STORE_FILE = 'data-store.json';

function readOwner(cacheDir: string): CacheOwner | null {
  try {
    const o = JSON.parse(readFileSync(join(cacheDir, OWNER_FILE), 'utf8')) as Partial<CacheOwner>;
    return typeof o.project === 'string' && typeof o.data === 'string' ? { project: o.project, data: o.data } : null;
  } catch {
    return null;
  }
}

/**
 * Drops the content store if it was written for another project or data root (or by an
 * unknown owner), then records `owner`. Returns the previous owner when the store was dropped.
 */
export function claimContentCache(cacheDir: string, owner: CacheOwner): { dropped: boolean; previous: CacheOwner | null } {
  const previous = readOwner(cacheDir);
  const same = previous !== null && previous.project === owner.project && previous.data === owner.data;
  const store = join(cacheDir, STORE_FILE);
  const dropped = !same && existsSync(store);
  if (dropped) rmSync(store, { force: true });
  if (!same) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, OWNER_FILE), JSON.stringify(owner) + '\n');
  }
  return { dropped, previous };
}
