/**
 * Searches a published site as its search page does, from Node: Pagefind's own client
 * (`pagefind/pagefind.js`, fetched from the site) with the site's index. Used by
 * `npm run check:live` to prove that a taken-down entry cannot be found by its name; it reads
 * nothing of the index but through Pagefind's public API. A result that holds several entries
 * (src/lib/search/documents.ts) gives the addresses of all of them: for a check that nothing
 * taken down is found, more is safer than fewer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordsFromFragment, type FragmentLike } from '../../src/lib/search/meta.ts';
import { queryPlan } from '../../src/lib/search/tokens.ts';

interface PagefindClient {
  options(o: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: { data(): Promise<FragmentLike> }[] }>;
}

export interface LiveSearch {
  /** Addresses (paths from the host's root, base path included) of every result for the query. */
  urls(query: string): Promise<string[]>;
  close(): void;
}

/** Opens the site's search index; throws with a Chinese message when it cannot be loaded. */
export async function openLiveSearch(site: URL): Promise<LiveSearch> {
  const bundleUrl = new URL('pagefind/', site);
  const script = await fetch(new URL('pagefind.js', bundleUrl));
  if (!script.ok) throw new Error(`${bundleUrl}pagefind.js：应答 ${script.status}`);
  // Pagefind's client is an ES module that finds its index next to itself: a local copy, told where.
  const dir = mkdtempSync(join(tmpdir(), 'live-search-'));
  let pf: PagefindClient;
  try {
    const file = join(dir, 'pagefind.mjs');
    writeFileSync(file, await script.text());
    pf = (await import(pathToFileURL(file).href)) as PagefindClient;
    await pf.options({ basePath: bundleUrl.href, baseUrl: '/' });
    await pf.init();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    async urls(query) {
      const plan = queryPlan(query);
      if (!plan) return [];
      const out: string[] = [];
      for (const r of (await pf.search(plan.exact ?? plan.ranked)).results) {
        // Entry addresses from the site root; shown under the site's base path.
        for (const entry of recordsFromFragment(await r.data())) out.push(new URL(entry.u.replace(/^\//, ''), site).pathname);
      }
      return out;
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
