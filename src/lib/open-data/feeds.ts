/**
 * RSS feeds (@astrojs/rss) with absolute links under the site URL and the base path.
 * Used by /cases/rss.xml; the notices feed can use the same helper.
 */
import rss from '@astrojs/rss';
import { absolute } from '../paths.ts';
import { escapeHtml } from '../html.ts';

export interface FeedItem {
  title: string;
  /** Page address from the site root, e.g. `/cases/wage-arrears-2021-01/`. */
  path: string;
  /** Publication day, YYYY-MM-DD (midnight China Standard Time). */
  date: string;
  description: string;
  categories?: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** The feed's own address from the site root, e.g. `/cases/rss.xml`. */
  selfPath: string;
  /** The page the feed belongs to, e.g. `/cases/`. */
  pagePath: string;
  items: FeedItem[];
}

/** Newest first; same day: in the given order. */
export function newestFirst<T extends { date: string }>(items: readonly T[]): T[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => b.item.date.localeCompare(a.item.date) || a.i - b.i).map((x) => x.item);
}

/** The feed as an HTTP response. `site` is Astro's `context.site`. */
export function feedResponse(feed: Feed, site: URL | undefined): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    // The channel's <link>: the listing page, absolute (the site URL alone would drop the base path).
    site: absolute(feed.pagePath, site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${escapeHtml(absolute(feed.selfPath, site))}" rel="self" type="application/rss+xml"/>`,
    items: newestFirst(feed.items).map((i) => ({
      title: i.title,
      link: absolute(i.path, site),
      pubDate: new Date(`${i.date}T00:00:00+08:00`),
      // Feed readers render a description as HTML; ours are plain text, so they are escaped as
      // HTML here and once more as XML by the feed writer: `<script>` shows as those characters.
      description: escapeHtml(i.description),
      ...(i.categories?.length ? { categories: i.categories } : {}),
    })),
  });
}
