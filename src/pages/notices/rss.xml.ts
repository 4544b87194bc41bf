/** /notices/rss.xml: the office's published bulletins, newest first, absolute links under site + base. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/open-data/feeds.ts';
import { siteName } from '../../lib/queries.ts';
import { noticeFeedItems } from '../../lib/notices/queries.ts';

export const GET: APIRoute = ({ site }) =>
  feedResponse(
    {
      title: `通报 - ${siteName()}`,
      description: '市社会信用体系建设领导小组办公室发布的专项治理进展通报、通报表扬和通报批评。',
      selfPath: '/notices/rss.xml',
      pagePath: '/notices/',
      items: noticeFeedItems(),
    },
    site,
  );
