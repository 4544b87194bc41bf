import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/lib/load/index.ts';
import { cardText, ogCards, ogEnabled, type OgCard } from '../../src/lib/og/cards.ts';
import { missingGlyphs } from '../../src/lib/og/cmap.ts';
import { cardHash, cardPng, loadFonts, newStats, pngSize, renderCard } from '../../src/lib/og/render.ts';
import { ogImagePath } from '../../src/lib/paths.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const fonts = loadFonts();
const { portal } = loadPortal({ root: process.cwd(), disclosureDate: SAMPLE_DAY });
const cards = ogCards(portal);
const card: OgCard = { kind: 'case', id: 'test-2025-01', eyebrow: '典型案例 · 拖欠工资问题', title: '某建筑劳务公司拖欠农民工工资被列入“黑名单”', meta: '发布日期 2025-03-20', sample: true, site: '某市重点失信领域专项治理信息公示' };

const tmp = mkdtempSync(join(tmpdir(), 'og-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the social-image font', () => {
  it('reads the character map of the committed subset', () => {
    for (const ch of 'A1中国兰州“”·（）—') expect(fonts.codePoints.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(fonts.codePoints.size).toBeGreaterThan(7000);
  });

  it('finds a character the subset does not have', () => {
    expect(missingGlyphs('兰州𠀀镕', fonts.codePoints)).toEqual(['𠀀', '镕']);
  });

  it('has a glyph for every character of every card the site publishes', () => {
    const missing = cards.map((c) => ({ card: `${c.kind}/${c.id}`, chars: missingGlyphs(cardText(c), fonts.codePoints) })).filter((m) => m.chars.length);
    expect(missing).toEqual([]);
  });
});

describe('the cards', () => {
  it('cover the home page, every area, every list and every published case', () => {
    const count = (k: string) => cards.filter((c) => c.kind === k).length;
    expect(count('site')).toBe(1);
    expect(count('area')).toBe(portal.areas.size);
    expect(count('list')).toBe(portal.lists.size);
    expect(count('case')).toBe([...portal.cases.values()].filter((c) => c.published_on <= portal.disclosureDate).length);
    expect(new Set(cards.map((c) => ogImagePath(c.kind, c.id))).size).toBe(cards.length);
  });

  it('never carry a list entry’s name', () => {
    const names = [...portal.lists.values()].flatMap((l) => l.entries.map((e) => e.subject_name));
    const text = cards.map(cardText).join('\n');
    expect(names.filter((n) => text.includes(n))).toEqual([]);
  });

  it('are skipped with SKIP_OG=1', () => {
    expect(ogEnabled({ SKIP_OG: '1' })).toBe(false);
    expect(ogEnabled({})).toBe(true);
  });
});

describe('rendering', () => {
  it('renders a 1200×630 PNG', async () => {
    const png = await renderCard(card, fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('renders a card once and reuses it while its content is unchanged', async () => {
    const stats = newStats();
    await cardPng(card, { fonts, cacheDir: tmp, stats });
    await cardPng(card, { fonts, cacheDir: tmp, stats });
    expect(stats).toMatchObject({ rendered: 1, reused: 1 });

    const again = newStats();
    const other = { ...card, id: 'test-2025-02', title: '另一个案例' };
    await cardPng(card, { fonts, cacheDir: tmp, stats: again });
    await cardPng(other, { fonts, cacheDir: tmp, stats: again });
    await cardPng({ ...card, title: `${card.title}（修改）` }, { fonts, cacheDir: tmp, stats: again });
    expect(again).toMatchObject({ rendered: 2, reused: 1 });
    expect(readdirSync(tmp).filter((f) => f.endsWith('.png'))).toHaveLength(3);
  });

  it('hashes a card by its content, fonts and template', () => {
    expect(cardHash(card, fonts)).toBe(cardHash({ ...card }, fonts));
    expect(cardHash(card, fonts)).not.toBe(cardHash({ ...card, meta: '发布日期 2025-03-21' }, fonts));
    expect(cardHash(card, fonts)).not.toBe(cardHash(card, { hash: 'another font' }));
  });

  it('counts characters the font cannot draw', async () => {
    const stats = newStats();
    await cardPng({ ...card, id: 'rare', title: '某镕铸厂' }, { fonts, cacheDir: tmp, stats });
    expect(stats.missing).toEqual([{ card: 'case/rare', chars: ['镕'] }]);
  });

  it('reads PNG sizes and refuses other bytes', () => {
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
