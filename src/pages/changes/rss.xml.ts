/** /changes/rss.xml: the newest list changes (additions, changes, take-downs without names), absolute links. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/open-data/feeds.ts';
import { siteName } from '../../lib/queries.ts';
import { changeFeedItems } from '../../lib/lists/history-queries.ts';

export const GET: APIRoute = ({ site }) =>
  feedResponse(
    {
      title: `数据变更记录 - ${siteName()}`,
      description: '各名单的新增公示、信息修改和停止公示（停止公示的条目不显示名称）。',
      selfPath: '/changes/rss.xml',
      pagePath: '/changes/',
      items: changeFeedItems(),
    },
    site,
  );
