import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCacheDir, claimContentCache } from '../../src/lib/astro-cache.ts';
import { scratchDir } from '../../scripts/lib/scratch-dirs.ts';

function cacheWithStore(): string {
  const dir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  writeFileSync(join(dir, 'data-store.json'), '{"entries":["../portal-hostile/content/areas/01.mdx"]}');
  return dir;
}

describe('Astro content cache ownership', () => {
  it('drops a content store written for another checkout, so its relative paths are never read', () => {
    const dir = cacheWithStore();
    claimContentCache(dir, { project: '/tmp/fresh1', data: '/tmp/portal-hostile' });
    writeFileSync(join(dir, 'data-store.json'), '{}');
    const r = claimContentCache(dir, { project: '/check/work/main', data: '/tmp/portal-hostile' });
    expect(r).toEqual({ dropped: true, previous: { project: '/tmp/fresh1', data: '/tmp/portal-hostile' } });
    expect(existsSync(join(dir, 'data-store.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'portal-cache-owner.json'), 'utf8'))).toEqual({ project: '/check/work/main', data: '/tmp/portal-hostile' });
  });

  it('drops the store when the same project reads another data directory', () => {
    const dir = cacheWithStore();
    claimContentCache(dir, { project: '/p', data: '/p' });
    writeFileSync(join(dir, 'data-store.json'), '{}');
    expect(claimContentCache(dir, { project: '/p', data: '/tmp/hostile' }).dropped).toBe(true);
  });

  it('keeps the store of its own project and data, so repeated builds reuse it', () => {
    const dir = cacheWithStore();
    claimContentCache(dir, { project: '/p', data: '/p' });
    writeFileSync(join(dir, 'data-store.json'), '{"kept":true}');
    expect(claimContentCache(dir, { project: '/p', data: '/p' })).toEqual({ dropped: false, previous: { project: '/p', data: '/p' } });
    expect(readFileSync(join(dir, 'data-store.json'), 'utf8')).toBe('{"kept":true}');
  });

  it('drops a store whose owner is unknown, and creates a missing cache directory', () => {
    expect(claimContentCache(cacheWithStore(), { project: '/p', data: '/p' }).dropped).toBe(true);
    const fresh = join(mkdtempSync(join(tmpdir(), 'astro-cache-')), 'nested', 'cache');
    expect(claimContentCache(fresh, { project: '/p', data: '/p' })).toEqual({ dropped: false, previous: null });
    expect(existsSync(join(fresh, 'portal-cache-owner.json'))).toBe(true);
  });

  it('uses ASTRO_CACHE_DIR relative to the project, else node_modules/.astro', () => {
    expect(astroCacheDir({}, '/p')).toBe('/p/node_modules/.astro');
    expect(astroCacheDir({ ASTRO_CACHE_DIR: 'tmp/c' }, '/p')).toBe('/p/tmp/c');
    expect(astroCacheDir({ ASTRO_CACHE_DIR: '/abs/c' }, '/p')).toBe('/abs/c');
  });
});

describe('test scratch directories', () => {
  it('differ between two checkouts and stay the same for one', () => {
    expect(scratchDir('hostile', '/tmp/fresh1')).not.toBe(scratchDir('hostile', '/check/work/main'));
    expect(scratchDir('hostile', '/check/work/main')).toBe(scratchDir('hostile', '/check/work/main/'));
    expect(scratchDir('shards', '/x')).toMatch(/portal-shards-[0-9a-f]{8}$/);
  });
});
