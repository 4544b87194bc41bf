/** Social images: /og/<kind>/<id>.png, 1200×630, one per card of src/lib/og/cards.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { portal } from '../../../lib/queries.ts';
import { ogCards, ogEnabled, type OgCard } from '../../../lib/og/cards.ts';
import { cardPng, loadFonts, ogCacheDir } from '../../../lib/og/render.ts';
import { ogStats } from '../../../lib/og/stats.ts';

export const getStaticPaths = (() => (ogEnabled() ? ogCards(portal()).map((card) => ({ params: { kind: card.kind, id: card.id }, props: { card } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await cardPng(props.card, { fonts: loadFonts(), cacheDir: ogCacheDir(), stats: ogStats() });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
