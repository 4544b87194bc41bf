/** /data/stats.csv: the numbers behind /stats/, one per line (UTF-8 with BOM for Excel). */
import { siteStats } from '../../lib/progress/queries.ts';
import { statsCsvRows, toCsv } from '../../lib/stats/queries.ts';

export function GET() {
  return new Response(toCsv(statsCsvRows(siteStats())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
