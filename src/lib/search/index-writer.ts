/**
 * Writes the search index of a built site from its search records (src/lib/search/records.ts)
 * through Pagefind's Node API, at the end of the build (src/integrations/portal.ts): one index,
 * whatever the number of entries, of the documents src/lib/search/documents.ts makes from the
 * records. `pagefind/portal-index.json` says how many entries and documents it holds and the
 * layout the search page reads positions with.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_MANIFEST, type IndexManifest } from './meta.ts';
import { searchDocuments, type SearchDocument } from './documents.ts';
import type { SearchRecord } from './records.ts';

/**
 * Pagefind's index chunk size (postings per chunk; Pagefind 1.6's default is about 20,000).
 * Each query term loads the one chunk holding it, so smaller chunks mean fewer bytes per query,
 * at the price of more (tiny) files. Set through Pagefind's `PAGEFIND_UNSTABLE_…` variable:
 * check it still exists when upgrading Pagefind (the benchmark shows the effect).
 */
const INDEX_CHUNK_SIZE = Number(process.env['SEARCH_INDEX_CHUNK_SIZE'] ?? 4000);

/** Writes the Pagefind bundle into the folder `pf` from `records`; returns how many entries and documents. */
export async function writeSearchIndex(pf: string, records: SearchRecord[]): Promise<{ records: number; documents: number }> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  const { documents, count, layout } = searchDocuments(records);
  const { index, errors } = await pagefind.createIndex({ rootSelector: '[data-search-record]' });
  if (!index) throw new Error(`Pagefind：${errors.join('; ')}`);
  const add = async (d: SearchDocument) => {
    const res = await index.addHTMLFile({ url: d.url, content: d.html });
    if (res.errors.length) throw new Error(`Pagefind ${d.url}：${res.errors.join('; ')}`);
  };
  // A few documents at a time: made as they are sent, so that few are held at once.
  let batch: Promise<void>[] = [];
  for (const d of documents) {
    batch.push(add(d));
    if (batch.length === 16) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  rmSync(pf, { recursive: true, force: true });
  const w = await index.writeFiles({ outputPath: pf });
  if (w.errors.length) throw new Error(`Pagefind：${w.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close();
  const manifest: IndexManifest = { records: records.length, documents: count, ...layout };
  writeFileSync(join(pf, INDEX_MANIFEST), JSON.stringify(manifest));
  return { records: records.length, documents: count };
}

/**
 * The search index written while the pages render: the records come from the data, not from
 * the pages, so Pagefind (a process of its own) indexes them on another core while Astro writes
 * the pages. The bundle goes into a folder beside the output (Astro owns the output folder
 * during the build) and is moved into `<site>/pagefind/` when the pages are done.
 */
export class SearchIndexJob {
  private readonly done: Promise<{ records: number; documents: number; ms: number }>;

  constructor(
    private readonly staging: string,
    records: SearchRecord[],
  ) {
    const t = performance.now();
    this.done = writeSearchIndex(staging, records).then((r) => ({ ...r, ms: performance.now() - t }));
    this.done.catch(() => undefined); // awaited in finish(); a failed build never gets there
  }

  /** Waits for the index and moves it into `<site>/pagefind/`. */
  async finish(site: string): Promise<{ records: number; documents: number; ms: number }> {
    const result = await this.done;
    const target = join(site, 'pagefind');
    rmSync(target, { recursive: true, force: true });
    renameSync(this.staging, target);
    return result;
  }

  /** Removes the staging folder (a build that stopped before its end). */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}
