/** /data/stats.csv: the numbers behind /stats/, one per line (UTF-8 with BOM for Excel). */
import { siteStats } from '../../lib/stats/queries.ts';
import { statsCsvRows } from '../../lib/stats/compute.ts';
import { csvLines } from '../../lib/csv.ts';

export function GET() {
  return new Response(csvLines(statsCsvRows(siteStats())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
