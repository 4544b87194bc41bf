import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the hostile fixture and its build live: $HOSTILE_DIR, default <tmp>/portal-hostile. */
export function hostileDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['HOSTILE_DIR'] ?? join(tmpdir(), 'portal-hostile'));
}
