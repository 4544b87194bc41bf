/** /data/catalog.jsonld: the catalogue in DCAT (JSON-LD), with absolute addresses under SITE_URL and the base path. */
import type { APIRoute } from 'astro';
import { dcatDocument } from '../../lib/open-data/catalog.ts';
import { absolute } from '../../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dcatDocument((path) => absolute(path, site)), null, 2) + '\n', { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
