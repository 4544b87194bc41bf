import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A scratch directory outside the project for a test build, one per checkout
 * (<tmp>/portal-<name>-<hash of the project path>), so two checkouts on one machine never
 * share fixtures, builds or Astro caches.
 */
export function scratchDir(name: string, project = process.cwd()): string {
  const tag = createHash('sha256').update(resolve(project)).digest('hex').slice(0, 8);
  return join(tmpdir(), `portal-${name}-${tag}`);
}

/** Where the hostile fixture and its build live: $HOSTILE_DIR, default scratchDir('hostile'). */
export function hostileDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['HOSTILE_DIR'] ?? scratchDir('hostile'));
}
