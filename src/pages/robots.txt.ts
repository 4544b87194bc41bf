/** robots.txt: everything may be crawled; the sitemap is under the site URL and base path. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
