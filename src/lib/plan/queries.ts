/** The /plan/ page: the city's plan whole, its areas (二、) from content/areas in the plan's order. */
import type { AreaRecord } from '../areas/load.ts';
import type { PlanPartRecord } from './load.ts';
import { portal } from '../queries.ts';

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1..99 in Chinese numerals as the plan numbers its sections: 十一, 十九. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN[n]!;
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
}

/** The anchor of an area's section on /plan/, e.g. `area-8`. */
export const planAnchor = (area: Pick<AreaRecord, 'number'>) => `area-${area.number}`;

export interface PlanView {
  title: string;
  issuer: string;
  issuedOn: string;
  /** Parts before the areas (the opening, 一、…). */
  before: PlanPartRecord[];
  areas: AreaRecord[];
  /** Parts after the areas (三、…). */
  after: PlanPartRecord[];
}

export function planView(): PlanView {
  const p = portal();
  return {
    title: p.city.plan.title,
    issuer: p.city.plan.issuer,
    issuedOn: p.city.plan.issued_on,
    before: p.plan.filter((x) => x.order < 2),
    areas: [...p.areas.values()],
    after: p.plan.filter((x) => x.order > 2),
  };
}
