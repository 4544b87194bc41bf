/**
 * Poverty relief, aggregate figures only: `data/poverty-relief/figures.csv`, one row per year
 * and district, with its description in `meta.yml` (src/schemas/figures.ts). The plan asks for
 * identification, exit and the allocation and use of funds to be made public; the portal
 * publishes them as totals per district and year, never the households' names.
 */
import { z } from 'astro/zod';
import { idKey, text } from './common.ts';
import { count, year } from './figures.ts';

/** An amount in 万元 with at most two decimals, e.g. 1520.35. */
const wan = (what: string) =>
  z
    .string({ error: '必填项为空' })
    .regex(/^\d+(\.\d{1,2})?$/, { error: (i) => `${what}“${String(i.input)}”应为以万元计、最多两位小数的数字，不带单位和千位分隔符，例如 1520.35` })
    .transform(Number);

export const povertyReliefSchema = z.object({
  /** Year of the figures. */
  year,
  /** District (data/city.yml). */
  district: text,
  /** People identified that year: registered poor (建档立卡) or, from 2021, monitored against relapse (防止返贫监测对象). */
  identified: count('识别（纳入监测）人数'),
  /** People who left poverty, or whose risk of relapse was removed, that year. */
  exited: count('退出（消除风险）人数'),
  /** Relief funds allocated to the district that year, 万元. */
  funds_allocated: wan('分配资金'),
  /** Relief funds used by the district that year, 万元. */
  funds_used: wan('使用资金'),
  /** Unit id of the authority reporting the figures (data/units.csv). */
  authority: idKey,
});

export type PovertyReliefRow = z.infer<typeof povertyReliefSchema>;

export const povertyReliefLabels: Record<keyof PovertyReliefRow, string> = {
  year: '年份',
  district: '区县',
  identified: '识别（纳入监测）人数',
  exited: '退出（消除风险）人数',
  funds_allocated: '分配资金（万元）',
  funds_used: '使用资金（万元）',
  authority: '报送部门',
};
