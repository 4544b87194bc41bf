/**
 * The tests' repository roots. `tests/fixtures/good/` is the one small root that validates;
 * every other folder under `tests/fixtures/` is a named bad fixture that holds only what it
 * adds to or replaces in the good one (a bad list, bad cases, bad progress reports). A fixture
 * is used as a copy: the good root, then the named folder over it, in a fresh temporary folder
 * that is removed when the process ends. Its README is not copied.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../tests/fixtures');
export const GOOD_FIXTURE = 'good';

/** The fixtures under tests/fixtures/ (the good one first). */
export function fixtureNames(): string[] {
  const names = readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  return [GOOD_FIXTURE, ...names.filter((n) => n !== GOOD_FIXTURE).sort()];
}

const made: string[] = [];

/**
 * A fresh copy of fixture `name` (the good root with the named folder laid over it); every call
 * gives its own copy, so a test may change it. Removed when the process exits.
 */
export function fixtureRoot(name: string = GOOD_FIXTURE): string {
  if (!fixtureNames().includes(name)) throw new Error(`没有名为“${name}”的测试数据（tests/fixtures/ 下）`);
  const dir = mkdtempSync(join(tmpdir(), `portal-fixture-${name}-`));
  if (!made.length) process.once('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  made.push(dir);
  const layers = name === GOOD_FIXTURE ? [GOOD_FIXTURE] : [GOOD_FIXTURE, name];
  for (const layer of layers) {
    const from = join(FIXTURES_DIR, layer);
    cpSync(from, dir, { recursive: true, filter: (src) => src !== join(from, 'README.md') });
  }
  return dir;
}
