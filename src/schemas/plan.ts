/** A part of the city's plan other than its areas, `content/plan/<order>-<name>.mdx`. */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const planPartSchema = z.object({
  /** Place in the plan: 0 the opening paragraph, 1 一、…, 3 三、… (二、 is the areas, content/areas). */
  order: z.number({ error: '序号应为 0 到 9 的整数' }).int({ error: '序号应为整数' }).min(0, { error: '序号应为 0 到 9' }).max(9, { error: '序号应为 0 到 9' }),
  /** The part's heading as the plan writes it, e.g. 一、指导思想; none for the opening paragraph. */
  heading: text.optional(),
});

export type PlanPart = z.infer<typeof planPartSchema>;

export const planPartLabels: Record<keyof PlanPart, string> = {
  order: '序号',
  heading: '标题',
};
