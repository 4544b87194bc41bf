/**
 * "`npm test` leaves an existing dist/ byte for byte as it was": its steps build and serve a
 * directory of their own, and the command itself compares a fingerprint of dist/ taken before
 * and after (scripts/test.ts). Here: the settings every step gets, and the fingerprint.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_STEPS, testEnv } from '../../scripts/lib/test-plan.ts';
import { treeDigest } from '../../scripts/lib/tree-digest.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-test-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm test', () => {
  const project = resolve('.');
  const inside = (dir: string, parent: string) => !relative(parent, dir).startsWith('..') && !relative(parent, dir).startsWith(sep);

  it('builds and serves outside dist/ and outside the project, even when OUT_DIR is set to dist', () => {
    for (const given of [{}, { OUT_DIR: 'dist' }, { OUT_DIR: join(project, 'dist') }]) {
      const out = resolve(testEnv(given, project)['OUT_DIR']!);
      expect(inside(out, join(project, 'dist'))).toBe(false);
      expect(inside(out, project)).toBe(false);
    }
  });

  it('gives every step one environment, so the build, check:site and the browser tests see the same site', () => {
    expect(TEST_STEPS.map(([, args]) => args.join(' '))).toEqual(expect.arrayContaining(['run build', 'run check:site', 'run test:e2e']));
    expect(testEnv({}, project)['OUT_DIR']).toBe(testEnv({ OUT_DIR: 'elsewhere' }, project)['OUT_DIR']);
  });
});

describe('the fingerprint of a directory', () => {
  const tree = () => {
    const dir = mkdtempSync(join(scratch, 'tree-'));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>首页</title>');
    writeFileSync(join(dir, '_astro', 'site.css'), 'body{color:#111}');
    symlinkSync('index.html', join(dir, 'home.html'));
    return dir;
  };

  it('is the same for a byte-for-byte copy', () => {
    const a = tree();
    const b = join(scratch, 'copy');
    cpSync(a, b, { recursive: true, verbatimSymlinks: true });
    expect(treeDigest(b)).toBe(treeDigest(a));
  });

  it('changes when one byte of a file changes, a file is added or removed, or a link points elsewhere', () => {
    const a = tree();
    const before = treeDigest(a);
    writeFileSync(join(a, '_astro', 'site.css'), 'body{color:#112}');
    expect(treeDigest(a)).not.toBe(before);

    const b = tree();
    writeFileSync(join(b, '_astro', 'extra.css'), '');
    expect(treeDigest(b)).not.toBe(before);

    const c = tree();
    rmSync(join(c, 'home.html'));
    symlinkSync('_astro/site.css', join(c, 'home.html'));
    expect(treeDigest(c)).not.toBe(before);
  });

  it('is null for a directory that does not exist, so that creating dist/ also counts as a change', () => {
    expect(treeDigest(join(scratch, 'missing'))).toBeNull();
  });
});
