/**
 * Plain logic about areas for the pages: deadline state at the disclosure date, dates in
 * Chinese, reporting channels. No Astro imports: unit-tested with vitest.
 */
import type { Channel } from '../../schemas/area.ts';

/** `passed`: the disclosure date is after the deadline (on the deadline day itself it is still open). */
export type DeadlineState = 'passed' | 'open';

export function deadlineState(deadline: string, on: string): DeadlineState {
  return on > deadline ? 'passed' : 'open';
}


/** True when an area has only the city's general channel (the page must say so). */
export function onlyFallback(channels: readonly Channel[]): boolean {
  return channels.every((c) => c.scope === 'fallback');
}

/** Host name shown beside an outbound link, so that readers see where they are going. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

/** `tel:` href for a hotline such as `010-12321`. */
export function telHref(hotline: string): string {
  return `tel:${hotline.replace(/[^0-9+]/g, '')}`;
}
