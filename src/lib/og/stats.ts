/**
 * The build's image counts, shared between the image endpoint (src/pages/og/…, run inside the
 * prerender bundle) and the reporting integration (loaded with astro.config.mjs). Both run in the
 * same Node process but are separate module instances, so the counts live on globalThis.
 */
import { newStats, type OgStats } from './render.ts';

const KEY = Symbol.for('credit-portal.og-stats');
type Holder = { [KEY]?: OgStats };

export function ogStats(): OgStats {
  const g = globalThis as Holder;
  return (g[KEY] ??= newStats());
}

export function resetOgStats(): void {
  (globalThis as Holder)[KEY] = newStats();
}
