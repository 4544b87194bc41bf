/**
 * Notice pages: the checked front matter (src/lib/notices/load.ts) joined with the `notices`
 * content collection, which renders the MDX body. Only notices dated on or before the
 * disclosure date are published.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { NoticeRecord } from './load.ts';
import { portal, unitName } from '../queries.ts';
import { publishedNotices } from './queries.ts';

export interface NoticePage {
  notice: NoticeRecord;
  entry: CollectionEntry<'notices'>;
  areas: { slug: string; title: string }[];
  units: { id: string; name: string }[];
  newer?: NoticeRecord | undefined;
  older?: NoticeRecord | undefined;
}

export async function noticePages(): Promise<{ params: { id: string }; props: NoticePage }[]> {
  const entries = new Map((await getCollection('notices')).map((e) => [e.id, e]));
  const areas = portal().areas;
  const list = publishedNotices();
  return list.map((notice, i) => {
    const entry = entries.get(notice.id);
    if (!entry) throw new Error(`notice ${notice.id} has no content entry`);
    return {
      params: { id: notice.id },
      props: {
        notice,
        entry,
        areas: notice.areas.map((s) => ({ slug: s, title: areas.get(s)!.title })),
        units: notice.units.map((u) => ({ id: u, name: unitName(u) })),
        newer: list[i - 1],
        older: list[i + 1],
      },
    };
  });
}
