/**
 * Reads back what a built site's search index holds, from Pagefind's written fragment files:
 * for tests and benchmarks only, as a check that is independent of the code that wrote the
 * index (src/lib/search/). The build itself never reads these files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DISPLAY_META, recordsFromFragment, unpackDisplay, type DisplayRecord, type FragmentLike } from '../../src/lib/search/meta.ts';

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

/**
 * A fragment's text as a reader of the files should see it: the decompressed fragment with its
 * stored display data decoded (src/lib/search/meta.ts writes it in symbol characters), so that a
 * scan for names and ID numbers (scripts/check-site.ts) sees what the search page shows.
 */
export function readableFragment(text: string): string {
  try {
    const f = JSON.parse(text.replace(/^pagefind_dcd/, '')) as FragmentLike;
    const packed = f.meta?.[DISPLAY_META];
    return packed ? `${text}\n${JSON.stringify(unpackDisplay(packed))}` : text;
  } catch {
    return text;
  }
}
