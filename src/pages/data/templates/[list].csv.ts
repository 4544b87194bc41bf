/** /data/templates/<list-id>.csv: a blank template for editors (header + one `#` example row). */
import type { APIRoute } from 'astro';
import { portal } from '../../../lib/queries.ts';
import { templateCsv } from '../../../lib/lists/templates.ts';

export function getStaticPaths() {
  return [...portal().lists.keys()].map((list) => ({ params: { list } }));
}

export const GET: APIRoute = ({ params }) => {
  const p = portal();
  return new Response(templateCsv(p.lists.get(params.list!)!.meta, p.disclosureDate, p.city.districts[0]!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
