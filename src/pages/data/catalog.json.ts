/** /data/catalog.json: every dataset with its metadata and the SHA-256 of each file as served. */
import type { APIRoute } from 'astro';
import { catalogDocument } from '../../lib/open-data/catalog.ts';
import { absolute } from '../../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogDocument(site, (path) => absolute(path, site)), null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
