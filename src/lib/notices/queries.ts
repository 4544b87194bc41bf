/**
 * Notices as the pages, feeds and search see them: only those dated on or before the
 * disclosure date are published (newest first). The MDX bodies are joined in ./pages.ts.
 */
import type { NoticeRecord } from './load.ts';
import type { FeedItem } from '../open-data/feeds.ts';
import { portal } from '../queries.ts';
import { noticePath } from '../paths.ts';

/** Notices published on the disclosure date (newest first); later ones are not yet public. */
export function publishedNotices(): NoticeRecord[] {
  const p = portal();
  return p.notices.filter((n) => n.date <= p.disclosureDate);
}

export function noticesForArea(slug: string): NoticeRecord[] {
  return publishedNotices().filter((n) => n.areas.includes(slug));
}

export function noticesForMonth(month: string): NoticeRecord[] {
  return publishedNotices().filter((n) => n.months.includes(month));
}

export function latestNotices(n = 3): NoticeRecord[] {
  return publishedNotices().slice(0, n);
}

/** Items of /notices/rss.xml. */
export function noticeFeedItems(): FeedItem[] {
  return publishedNotices().map((n) => ({ title: `【${n.kind}】${n.title}`, path: noticePath(n.id), date: n.date, description: n.summary, categories: n.ground ? [n.kind, n.ground] : [n.kind] }));
}
