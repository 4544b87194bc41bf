/**
 * Which built pages go into sitemap.xml (@astrojs/sitemap's `filter` option). A page is left out
 * when it asks search engines not to index it — `<meta name="robots" content="noindex">` in its
 * head, as the take-down notices of list entries do — and so are non-HTML outputs (images, feeds).
 * The filter reads the head of the built file, so any page that says noindex is excluded without
 * a second list to keep in step.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** True when an HTML head asks robots not to index the page. */
export function hasNoindex(html: string): boolean {
  const head = html.split(/<\/head>/i)[0] ?? '';
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/\bname\s*=\s*["']?robots\b/i.test(tag) && /\bcontent\s*=\s*["'][^"']*noindex/i.test(tag)) return true;
  }
  return false;
}

// One buffer for every file: the filter runs once per page (100,000 entry pages at scale).
const buf = Buffer.alloc(64 * 1024);

/** The first 64 KB of a file: enough for its head (heads are small; bodies can be large). */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    closeSync(fd);
  }
}

/**
 * `filter` for @astrojs/sitemap. `outDir` is the build's output directory, `siteBase` the site
 * URL with the base path (e.g. https://example.org/credit/).
 */
export function sitemapFilter(outDir: string, siteBase: string): (url: string) => boolean {
  return (url: string) => {
    if (!url.startsWith(siteBase)) return true;
    const path = decodeURIComponent(url.slice(siteBase.length));
    if (path !== '' && !path.endsWith('/')) return false;
    const file = join(outDir, path, 'index.html');
    if (!existsSync(file)) return true;
    return !hasNoindex(readHead(file));
  };
}
