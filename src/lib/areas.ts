/**
 * Plain logic about areas for the pages: deadline state at the disclosure date, dates in
 * Chinese, and the city's general reporting channel. No Astro imports: unit-tested with vitest.
 */
import type { Channel } from '../schemas/area.ts';

/** `passed`: the disclosure date is after the deadline (on the deadline day itself it is still open). */
export type DeadlineState = 'passed' | 'open';

export function deadlineState(deadline: string, on: string): DeadlineState {
  return on > deadline ? 'passed' : 'open';
}

export const deadlineLabels: Record<DeadlineState, string> = {
  passed: '已到期',
  open: '未到期',
};

/** `2019-12-31` → `2019年12月31日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The city's general channel (兰州市 12345 政务服务便民热线, submitted online through 甘肃政务服务网).
 * Areas without a verified area-specific channel list it with `scope: fallback`; the 举报渠道 page
 * shows it for everything else. Keep it identical to the fallback channels in content/areas
 * (tests/unit/areas.test.ts checks that).
 */
export const cityChannel = {
  name: '兰州市 12345 政务服务便民热线（甘肃政务服务网）',
  hotline: '12345',
  url: 'https://zwfw.gansu.gov.cn/',
  operator: '兰州市人民政府 / 甘肃省人民政府',
  scope: 'fallback',
  note: '综合渠道：受理后按职责转交主管部门办理；在兰州市以外拨打请加区号 0931。',
} as const satisfies Channel;

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
