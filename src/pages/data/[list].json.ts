/** /data/<id>.json: the same records as the CSV, with keys, codes, column meanings and metadata. */
import type { APIRoute } from 'astro';
import { allDatasets, datasetFile } from '../../lib/open-data/datasets.ts';

export function getStaticPaths() {
  return allDatasets().map((d) => ({ params: { list: d.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(datasetFile(params.list!, 'json') as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/json; charset=utf-8' } });
