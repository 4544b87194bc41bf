import { describe, expect, it } from 'vitest';
import { hintsOnly } from '../../scripts/search-index.ts';

const page = (hints: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav><div>菜单</div></nav><main data-pagefind-body>${hints}<div><p>正文</p></div></main></body></html>`;

describe('hintsOnly (what the search indexer is fed)', () => {
  it('keeps the page language and the whole IndexHints block, nested divs included, and nothing else', () => {
    const hints = '<div hidden data-search-hints><div data-pagefind-ignore><span data-pagefind-meta="title">甲公司</span></div><p data-pagefind-weight="10">91620102MA00000000</p></div>';
    const out = hintsOnly(page(hints));
    expect(out).toContain('<html lang="zh-CN">');
    expect(out).toContain(hints);
    expect(out).not.toContain('菜单');
    expect(out).not.toContain('正文');
  });

  it('returns a page without an IndexHints block unchanged', () => {
    const html = page('');
    expect(hintsOnly(html)).toBe(html);
  });
});
