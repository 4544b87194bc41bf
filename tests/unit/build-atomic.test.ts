/**
 * "Validation runs before anything is written: a failed build never leaves a half-written dist/
 * in place of a good one." scripts/build.ts is run for real with invalid data and an output
 * directory that already holds a (pretend) good site. Validation runs inside Astro when its
 * configuration is set up, before any page renders, so this is fast.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const repo = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
const outDir = join(scratch, 'dist');
mkdirSync(outDir);
writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>good</title>');
writeFileSync(join(outDir, 'MARKER'), 'the last good build');

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a build with invalid data', () => {
  // The lists-invalid fixture: rows with a wrong USCC, a full ID number, duplicates…
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/build.ts')], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, OUT_DIR: outDir, PORTAL_DATA_DIR: join(fixtureRoot('lists-invalid'), 'data'), DISCLOSURE_DATE: SAMPLE_DAY, ASTRO_CACHE_DIR: join(scratch, 'cache') },
  });

  it('exits with an error and says that nothing was written', () => {
    expect(r.status, `signal ${r.signal}, stderr ends: ${r.stderr.slice(-500)}`).toBe(1);
    expect(r.stderr).toContain('构建已停止：数据未通过校验，没有写入任何输出。');
    expect(r.stderr).toMatch(/entries\.csv:\d+:\d+: /);
  });

  it('leaves the previous site exactly as it was', () => {
    expect(readFileSync(join(outDir, 'MARKER'), 'utf8')).toBe('the last good build');
    expect(readdirSync(outDir).sort()).toEqual(['MARKER', 'index.html']);
  });

  it('leaves no temporary or half-swapped directory behind', () => {
    expect(readdirSync(scratch).filter((n) => n !== 'cache')).toEqual(['dist']);
    // Astro may have claimed its cache folder, but no page was rendered into it.
    const cached = existsSync(join(scratch, 'cache')) ? readdirSync(join(scratch, 'cache'), { recursive: true }).map(String) : [];
    expect(cached.filter((n) => n.endsWith('.html'))).toEqual([]);
  });
});
