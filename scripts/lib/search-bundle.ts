/**
 * Reads back what a built site's search index holds, from Pagefind's written fragment files:
 * for tests and benchmarks only, as a check that is independent of the code that wrote the
 * index (src/lib/search/). The build itself never reads these files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { recordFromFragment, type DisplayRecord, type FragmentLike } from '../../src/lib/search/meta.ts';

/** The bundle directories of a built site: `pagefind/` and its shards `pagefind/s<k>/`. */
export function bundleDirs(site: string): string[] {
  const pf = join(site, 'pagefind');
  if (!existsSync(pf)) return [];
  const shards = readdirSync(pf)
    .filter((n) => /^s\d+$/.test(n))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return [pf, ...shards.map((n) => join(pf, n))];
}

/** A Pagefind fragment file: gzip, the `pagefind_dcd` signature, then JSON. */
function readFragment(path: string): FragmentLike {
  const raw = gunzipSync(readFileSync(path)).toString('utf8');
  return JSON.parse(raw.replace(/^pagefind_dcd/, '')) as FragmentLike;
}

/** Every indexed record as the search page would show it, all shards. */
export function readIndexedPages(site: string): DisplayRecord[] {
  return bundleDirs(site).flatMap((dir) => {
    const fragDir = join(dir, 'fragment');
    if (!existsSync(fragDir)) return [];
    return readdirSync(fragDir)
      .filter((n) => n.endsWith('.pf_fragment'))
      .sort()
      .map((n) => recordFromFragment(readFragment(join(fragDir, n))));
  });
}
