/**
 * Checks on the built site, pure functions used by
 * scripts/check-site.ts and unit-tested: internal links and assets resolve; no full resident ID
 * number and no name of a taken-down entry in any built file.
 */
import { findResidentIds, maskFoundId } from './identifiers.ts';
import { LineIndex } from './issues.ts';

/** href/src/srcset/action values in an HTML document (entities decoded for &amp;). */
export function extractLinks(html: string): string[] {
  const out: string[] = [];
  const re = /\s(?:href|src|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
  for (const m of html.matchAll(re)) out.push((m[1] ?? m[2] ?? '').replace(/&amp;/g, '&'));
  const srcset = /\ssrcset\s*=\s*"([^"]*)"/gi;
  for (const m of html.matchAll(srcset)) for (const part of m[1]!.split(',')) out.push(part.trim().split(/\s+/)[0]!);
  return out.filter(Boolean);
}

/**
 * Resolves a link found on `pageUrl` (a path like `/portal/lists/`) to a path inside the site,
 * or null when it leaves the site (other origin, mailto:, tel:, javascript:, data:).
 */
export function internalPath(link: string, pageUrl: string, origin: string): string | null {
  if (/^(mailto|tel|javascript|data):/i.test(link)) return null;
  if (link.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(link, origin + pageUrl);
  } catch {
    return link; // unparseable: report as broken
  }
  if (url.origin !== origin) return null;
  return decodeURIComponent(url.pathname);
}

/** Every full resident ID number in a text (any form findResidentIds knows), masked for printing. */
export function residentIdsIn(text: string): string[] {
  return findResidentIds(text).map((f) => maskFoundId(f.value));
}

/** One line per full ID number in a built file: `where:line:column: …` with the number masked. */
export function residentIdProblems(where: string, text: string): string[] {
  const found = findResidentIds(text);
  if (!found.length) return [];
  const index = new LineIndex(text);
  return found.map((f) => {
    const p = index.at(f.offset);
    return `${where}:${p.line}:${p.column}: 含完整居民身份证号码 ${maskFoundId(f.value)}`;
  });
}

/** Which forbidden strings occur in a text. */
export function forbiddenIn(text: string, forbidden: string[]): string[] {
  return forbidden.filter((f) => text.includes(f));
}
