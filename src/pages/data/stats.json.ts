/** /data/stats.json: the numbers behind /stats/. */
import { siteStats } from '../../lib/stats/queries.ts';

export function GET() {
  return new Response(JSON.stringify(siteStats(), null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
