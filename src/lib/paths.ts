/**
 * Internal links, always under the configured base path (BASE_PATH). Every link in the site
 * goes through `href()`, so the portal works when deployed under a sub-path.
 */
const BASE = import.meta.env?.BASE_URL ?? '/';

/** `href('/areas/x/')` → `/base/areas/x/`. Paths are written from the site root. */
export function href(path: string): string {
  const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
  return base + path.replace(/^\/+/, '');
}

/** Absolute URL (feeds, citations, og:image). */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').toString();
}
