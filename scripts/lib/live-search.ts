/**
 * Searches a published site as its search page does, from Node: Pagefind's own client
 * (`pagefind/pagefind.js`, fetched from the site) with the site's index, one client per shard
 * that `pagefind/portal-index.json` names. Used by `npm run check:live` to prove that a
 * taken-down entry cannot be found by its name; it reads nothing of the index but through
 * Pagefind's public API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INDEX_MANIFEST } from '../../src/lib/search/meta.ts';
import { queryPlan } from '../../src/lib/search/tokens.ts';

interface PagefindClient {
  options(o: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

export interface LiveSearch {
  /** Addresses (paths from the host's root, base path included) of every result for the query, over all shards. */
  urls(query: string): Promise<string[]>;
  close(): void;
}

/** Opens the site's search index; throws with a Chinese message when it cannot be loaded. */
export async function openLiveSearch(site: URL): Promise<LiveSearch> {
  const bundleUrl = new URL('pagefind/', site);
  const manifest = (await (await fetch(new URL(INDEX_MANIFEST, bundleUrl))).json()) as { shards?: string[] };
  const script = await fetch(new URL('pagefind.js', bundleUrl));
  if (!script.ok) throw new Error(`${bundleUrl}pagefind.js：应答 ${script.status}`);
  const source = await script.text();
  // pagefind.js keeps its state in the module: one copy of the file per bundle.
  const dir = mkdtempSync(join(tmpdir(), 'live-search-'));
  const bundles = [bundleUrl.href, ...(manifest.shards ?? []).map((s) => new URL(s, bundleUrl).href)];
  const clients: PagefindClient[] = [];
  try {
    for (const [i, base] of bundles.entries()) {
      const file = join(dir, `pagefind-${i}.mjs`);
      writeFileSync(file, source);
      const pf = (await import(pathToFileURL(file).href)) as PagefindClient;
      // Result addresses as the search page shows them: under the site's base path.
      await pf.options({ basePath: base, baseUrl: site.pathname });
      await pf.init();
      clients.push(pf);
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    async urls(query) {
      const plan = queryPlan(query);
      if (!plan) return [];
      const out: string[] = [];
      for (const pf of clients) {
        for (const r of (await pf.search(plan.exact ?? plan.ranked)).results) out.push(new URL((await r.data()).url, site).pathname);
      }
      return out;
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
