/**
 * Writes the search index of a built site from its search records (src/lib/search/records.ts)
 * through Pagefind's Node API, at the end of the build (src/integrations/portal.ts).
 *
 * Large sites are partitioned: above SHARD_RECORDS records (default 20,000) the records are
 * dealt out into n shards of about that many, each indexed by its own Pagefind run (one after
 * the other, so the indexer's memory is bounded by one shard). A record with a code goes to the
 * shard of its code's hash, so that an organisation's page and its entries (same USCC) share a
 * shard and rank against each other as in one index; the others are dealt out in turn, so every
 * shard holds the same mix and Pagefind's per-index scores stay comparable. Shard 0 is
 * `pagefind/`, shard k is `pagefind/s<k>/`; `pagefind/portal-index.json` names the shards and
 * the search page merges them with Pagefind's `mergeIndex`.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_MANIFEST } from './meta.ts';
import { recordHtml, type SearchRecord } from './records.ts';

/** Most records one Pagefind run indexes; above it the index is partitioned. */
export const SHARD_RECORDS = Number(process.env['SEARCH_SHARD_PAGES'] ?? 20000);

/**
 * Pagefind's index chunk size (postings per chunk; Pagefind 1.6's default is about 20,000).
 * Each query term loads the one chunk holding it, so smaller chunks mean fewer bytes per query,
 * at the price of more (tiny) files. Set through Pagefind's `PAGEFIND_UNSTABLE_…` variable:
 * check it still exists when upgrading Pagefind (the benchmark shows the effect).
 */
const INDEX_CHUNK_SIZE = Number(process.env['SEARCH_INDEX_CHUNK_SIZE'] ?? 4000);

/** FNV-1a, for a stable shard of a code. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** One Pagefind run over `records`, written to `outDir`. */
async function indexShard(records: SearchRecord[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ rootSelector: '[data-search-record]' });
  if (!index) throw new Error(`Pagefind：${errors.join('; ')}`);
  const BATCH = 64;
  for (let i = 0; i < records.length; i += BATCH) {
    await Promise.all(
      records.slice(i, i + BATCH).map(async (r) => {
        const res = await index.addHTMLFile({ url: r.url, content: recordHtml(r) });
        if (res.errors.length) throw new Error(`Pagefind ${r.url}：${res.errors.join('; ')}`);
      }),
    );
  }
  const w = await index.writeFiles({ outputPath: outDir });
  if (w.errors.length) throw new Error(`Pagefind：${w.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close(); // a fresh indexer per shard: memory stays bounded by one shard
}

/** Writes the Pagefind bundle into the folder `pf` from `records`; returns how many records and shards. */
export async function writeSearchIndex(pf: string, records: SearchRecord[]): Promise<{ records: number; shards: number }> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  const count = Math.max(1, Math.ceil(records.length / SHARD_RECORDS));
  const shards: SearchRecord[][] = Array.from({ length: count }, () => []);
  records.forEach((r, i) => {
    const code = r.codes?.find((c) => c?.trim())?.trim().toLowerCase();
    shards[code ? hash(code) % count : i % count]!.push(r);
  });
  rmSync(pf, { recursive: true, force: true });
  // Shards k ≥ 1 first: shard 0 is written into the parent folder last.
  for (let k = count - 1; k >= 0; k--) await indexShard(shards[k]!, k === 0 ? pf : join(pf, `s${k}`));
  const names = Array.from({ length: count - 1 }, (_, k) => `s${k + 1}/`);
  writeFileSync(join(pf, INDEX_MANIFEST), JSON.stringify(count > 1 ? { records: records.length, shards: names } : { records: records.length }));
  return { records: records.length, shards: count };
}

/**
 * The search index written while the pages render: the records come from the data, not from
 * the pages, so Pagefind (a process of its own) indexes them on another core while Astro writes
 * the pages. The bundle goes into a folder beside the output (Astro owns the output folder
 * during the build) and is moved into `<site>/pagefind/` when the pages are done.
 */
export class SearchIndexJob {
  private readonly done: Promise<{ records: number; shards: number; ms: number }>;

  constructor(
    private readonly staging: string,
    records: SearchRecord[],
  ) {
    const t = performance.now();
    this.done = writeSearchIndex(staging, records).then((r) => ({ ...r, ms: performance.now() - t }));
    this.done.catch(() => undefined); // awaited in finish(); a failed build never gets there
  }

  /** Waits for the index and moves it into `<site>/pagefind/`. */
  async finish(site: string): Promise<{ records: number; shards: number; ms: number }> {
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
