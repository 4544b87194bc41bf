/** /data/progress.json: every month × area × unit status and reported numbers (see the dashboard). */
import { progressJson } from '../../lib/progress/queries.ts';

export function GET() {
  return new Response(JSON.stringify(progressJson(), null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
