/** /status.json: which build is serving (src/lib/open-data/status.ts); read by `npm run check:live`. */
import type { APIRoute } from 'astro';
import { dataRoot } from '../lib/config.ts';
import { portal } from '../lib/queries.ts';
import { listViews } from '../lib/lists/queries.ts';
import { dataCommit, portalVersion, siteStatus } from '../lib/open-data/status.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      siteStatus({
        disclosureDate: portal().disclosureDate,
        builtAt: new Date(),
        dataCommit: dataCommit(dataRoot()),
        portalVersion: portalVersion(),
        siteUrl: site?.href ?? '',
        basePath: import.meta.env.BASE_URL,
        lists: listViews(),
      }),
      null,
      2,
    ) + '\n',
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
