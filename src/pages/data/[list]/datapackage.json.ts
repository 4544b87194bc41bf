/** /data/<id>/datapackage.json: each dataset as a Frictionless Tabular Data Package (its CSV and Table Schema). */
import type { APIRoute } from 'astro';
import { allDatasets } from '../../../lib/open-data/datasets.ts';
import { datapackageDocument } from '../../../lib/open-data/catalog.ts';
import { absolute } from '../../../lib/paths.ts';

export function getStaticPaths() {
  return allDatasets().map((d) => ({ params: { list: d.id } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(datapackageDocument(params.list!, (path) => absolute(path, site)), null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
