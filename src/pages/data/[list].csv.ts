/** /data/<id>.csv: a list's active entries (or the exam figures), UTF-8 with BOM, formula-safe. */
import type { APIRoute } from 'astro';
import { datasetFile, datasets } from '../../lib/lists/queries.ts';

export function getStaticPaths() {
  return datasets().map((d) => ({ params: { list: d.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(datasetFile(params.list!, 'csv') as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
