/** /cases/rss.xml: every published typical case, newest first, absolute links under site + base. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/open-data/feeds.ts';
import { siteName } from '../../lib/queries.ts';
import { caseFeedItems } from '../../lib/cases/queries.ts';

export const GET: APIRoute = ({ site }) =>
  feedResponse(
    {
      title: `典型案例 - ${siteName()}`,
      description: '各责任单位公布的联合惩戒典型案例。',
      selfPath: '/cases/rss.xml',
      pagePath: '/cases/',
      items: caseFeedItems(),
    },
    site,
  );
