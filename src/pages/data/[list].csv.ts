/** /data/<id>.csv: every dataset of the registry (lists, cases, notices, reports, scores, statistics), UTF-8 with BOM, formula-safe. */
import type { APIRoute } from 'astro';
import { allDatasets, datasetFile } from '../../lib/open-data/datasets.ts';

export function getStaticPaths() {
  return allDatasets().map((d) => ({ params: { list: d.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(datasetFile(params.list!, 'csv') as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
