/**
 * Reads back what a built site's search index holds, from Pagefind's written fragment files:
 * for tests and benchmarks only, as a check that is independent of the code that wrote the
 * index (src/lib/search/). The build itself never reads these files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { recordsFromFragment, type DisplayRecord, type FragmentLike } from '../../src/lib/search/meta.ts';

/** A Pagefind fragment file: gzip, the `pagefind_dcd` signature, then JSON. */
function readFragment(path: string): FragmentLike {
  const raw = gunzipSync(readFileSync(path)).toString('utf8');
  return JSON.parse(raw.replace(/^pagefind_dcd/, '')) as FragmentLike;
}

/** Every indexed record as the search page would show it: each entry of a grouped document. */
export function readIndexedPages(site: string): DisplayRecord[] {
  const fragDir = join(site, 'pagefind', 'fragment');
  if (!existsSync(fragDir)) return [];
  return readdirSync(fragDir)
    .filter((n) => n.endsWith('.pf_fragment'))
    .sort()
    .flatMap((n) => recordsFromFragment(readFragment(join(fragDir, n))));
}
