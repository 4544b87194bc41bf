/**
 * Renders a social-image card to a 1200×630 PNG: satori (layout → SVG, with the committed
 * Noto Sans SC subset) then resvg (SVG → PNG). PNGs are cached by a hash of everything that
 * shapes them — the card's content, the fonts and TEMPLATE_VERSION — so an unchanged rebuild
 * renders none, and changing one case re-renders only its card.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardText, OG_HEIGHT, OG_WIDTH, type OgCard } from './cards.ts';
import { fontCodePoints, missingGlyphs } from './cmap.ts';

/** Bump when the card layout below changes: every image is then rendered again. */
export const TEMPLATE_VERSION = '2';

export const FONT_FILES = {
  regular: 'src/assets/fonts/NotoSansSC-Regular-subset.otf',
  bold: 'src/assets/fonts/NotoSansSC-Bold-subset.otf',
} as const;

export interface OgFonts {
  regular: Buffer;
  bold: Buffer;
  /** sha256 of both font files (part of every card's hash). */
  hash: string;
  /** Code points present in both weights. */
  codePoints: Set<number>;
}

const fontCache = new Map<string, OgFonts>();

/** Reads the committed font subsets once per process. */
export function loadFonts(root: string = process.cwd()): OgFonts {
  let f = fontCache.get(root);
  if (!f) {
    const regular = readFileSync(join(root, FONT_FILES.regular));
    const bold = readFileSync(join(root, FONT_FILES.bold));
    const r = fontCodePoints(regular);
    const b = fontCodePoints(bold);
    f = {
      regular,
      bold,
      hash: createHash('sha256').update(regular).update(bold).digest('hex'),
      codePoints: new Set([...r].filter((c) => b.has(c))),
    };
    fontCache.set(root, f);
  }
  return f;
}

/** Content hash of a card's PNG: same hash, same pixels. */
export function cardHash(card: OgCard, fonts: Pick<OgFonts, 'hash'>): string {
  return createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, fonts.hash, card])).digest('hex');
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type, props: { style, ...(children === undefined ? {} : { children }) } });

/** Width of the title box: the card minus its side padding. */
const TITLE_WIDTH = OG_WIDTH - 2 * 72;

/**
 * The largest title size that fits in two lines (three at the smallest sizes) without leaving
 * one or two characters alone on the last line. Widths are estimated: a CJK character is one
 * em, other characters about half.
 */
export function titleSize(title: string): number {
  const ems = [...title].reduce((w, ch) => w + (ch.codePointAt(0)! > 0x2e80 ? 1 : 0.55), 0);
  for (const [size, maxLines] of [[76, 2], [64, 2], [56, 3], [52, 3]] as const) {
    const perLine = Math.floor(TITLE_WIDTH / size);
    const lines = Math.ceil(ems / perLine);
    const last = ems - (lines - 1) * perLine;
    if (lines <= maxLines && (lines === 1 || last >= 3)) return size;
  }
  return 48;
}

/** The card layout (satori's subset of CSS flexbox). Keep TEMPLATE_VERSION in step. */
function layout(card: OgCard): Node {
  return el('div', { display: 'flex', flexDirection: 'column', width: OG_WIDTH, height: OG_HEIGHT, background: '#ffffff', fontFamily: 'Noto Sans SC', color: '#1b1f24' }, [
    el('div', { display: 'flex', height: 18, background: '#0b4f8a' }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 32px 72px' }, [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 32, color: '#0b4f8a', fontWeight: 700 }, [
        el('div', { display: 'flex' }, card.eyebrow),
        ...(card.sample ? [el('div', { display: 'flex', marginLeft: 24, padding: '2px 16px', border: '3px solid #7a4b00', color: '#7a4b00', background: '#fff4d6', fontSize: 26, borderRadius: 8 }, '示例数据')] : []),
      ]),
      el('div', { display: 'flex', marginTop: 32, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.3, color: '#1b1f24' }, card.title),
      ...(card.meta ? [el('div', { display: 'flex', marginTop: 'auto', fontSize: 30, color: '#4a5562' }, card.meta)] : []),
    ]),
    el('div', { display: 'flex', alignItems: 'center', height: 96, padding: '0 72px', background: '#0b4f8a', color: '#ffffff', fontSize: 32 }, card.site),
  ]);
}

/** Renders one card to PNG bytes (no cache). */
export async function renderCard(card: OgCard, fonts: OgFonts): Promise<Uint8Array> {
  const svg = await satori(layout(card) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fontOptions(fonts),
  });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

// Satori caches parsed fonts by the identity of this array: build it once per font set.
const optionsCache = new WeakMap<OgFonts, { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]>();
function fontOptions(fonts: OgFonts) {
  let o = optionsCache.get(fonts);
  if (!o) {
    o = [
      { name: 'Noto Sans SC', data: fonts.regular, weight: 400, style: 'normal' },
      { name: 'Noto Sans SC', data: fonts.bold, weight: 700, style: 'normal' },
    ];
    optionsCache.set(fonts, o);
  }
  return o;
}

export interface OgStats {
  rendered: number;
  reused: number;
  /** Cards with characters the font cannot draw (they would show as blanks or boxes). */
  missing: { card: string; chars: string[] }[];
}

export function newStats(): OgStats {
  return { rendered: 0, reused: 0, missing: [] };
}

/** Default persistent cache: survives `rm -rf dist`, shared by builds (entries are content-addressed). */
export function ogCacheDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return env['OG_CACHE_DIR']?.trim() || join(root, 'node_modules', '.cache', 'og');
}

/** The card's PNG from the cache, or rendered and stored there. Counts into `stats`. */
export async function cardPng(card: OgCard, opts: { fonts: OgFonts; cacheDir: string; stats: OgStats }): Promise<Uint8Array> {
  const { fonts, cacheDir, stats } = opts;
  const file = join(cacheDir, `${cardHash(card, fonts)}.png`);
  if (existsSync(file)) {
    stats.reused++;
    return readFileSync(file);
  }
  const chars = missingGlyphs(cardText(card), fonts.codePoints);
  if (chars.length) stats.missing.push({ card: `${card.kind}/${card.id}`, chars });
  const png = await renderCard(card, fonts);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: concurrent builds never read a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  stats.rendered++;
  return png;
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) return null;
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(png[12]!, png[13]!, png[14]!, png[15]!) !== 'IHDR') return null;
  return { width: v.getUint32(16), height: v.getUint32(20) };
}
