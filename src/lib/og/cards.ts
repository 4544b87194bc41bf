/**
 * What each social image (og:image, 1200×630 PNG) shows: one card for the home page, each
 * area, each list and each published case. Only titles, area, kind and dates — never a list
 * entry's name — so a taken-down entry can never be in an image.
 */
import type { Portal } from '../load/index.ts';
import { isPublished } from '../cases/rules.ts';
import { LIST_KIND_LABELS } from '../../schemas/list-meta.ts';
import { ogImagePath } from '../paths.ts';

export type CardKind = 'site' | 'area' | 'list' | 'case';

export interface OgCard {
  kind: CardKind;
  /** Permanent id within the kind (area slug, list id, case id; `home` for the site). */
  id: string;
  /** Small line above the title, e.g. 典型案例 · 拖欠农民工工资. */
  eyebrow: string;
  /** The big text. */
  title: string;
  /** Line under the title, e.g. 发布日期 2021-03-15; may be empty. */
  meta: string;
  /** Shows a 示例数据 tag while the data set is sample data. */
  sample: boolean;
  /** The site's name, in the card's band. */
  site: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** SKIP_OG=1 skips the images (fast local builds); pages then carry no og:image. */
export function ogEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !['1', 'true', 'yes'].includes((env['SKIP_OG'] ?? '').trim().toLowerCase());
}

/** Every card the site publishes, in a stable order. */
export function ogCards(p: Portal): OgCard[] {
  const sample = p.dataset.sample;
  const site = `${p.city.name}重点失信领域专项治理信息公示`;
  const areaTitle = (slug: string) => p.areas.get(slug)?.title ?? slug;
  const cards: OgCard[] = [
    { kind: 'site', id: 'home', eyebrow: `${p.city.name} · 社会信用体系建设`, title: '重点失信领域专项治理信息公示', meta: '失信名单 · 典型案例 · 工作进展 · 举报渠道', sample, site },
  ];
  for (const a of p.areas.values()) {
    cards.push({ kind: 'area', id: a.slug, eyebrow: `治理领域 ${String(a.number).padStart(2, '0')}`, title: `${a.title}专项治理`, meta: `完成时限 ${a.deadline}`, sample, site });
  }
  for (const l of p.lists.values()) {
    cards.push({ kind: 'list', id: l.id, eyebrow: `${LIST_KIND_LABELS[l.meta.kind]} · ${areaTitle(l.meta.area)}`, title: l.meta.title, meta: '名单公示', sample, site });
  }
  for (const c of p.cases.values()) {
    if (!isPublished(c, p.disclosureDate)) continue;
    cards.push({ kind: 'case', id: c.id, eyebrow: `典型案例 · ${areaTitle(c.area)}`, title: c.title, meta: `发布日期 ${c.published_on}`, sample, site });
  }
  return cards;
}

/** Every character a card prints (for the glyph-coverage check). */
export function cardText(card: OgCard): string {
  return [card.eyebrow, card.title, card.meta, card.site, card.sample ? '示例数据' : ''].join('');
}

/** Social-image address for an area, a list or the home page (undefined with SKIP_OG). */
export function ogImageFor(kind: 'site' | 'area' | 'list', id: string): string | undefined {
  return ogEnabled() ? ogImagePath(kind, id) : undefined;
}
