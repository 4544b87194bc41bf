/**
 * What every folder of aggregate figures (`data/<dataset>/meta.yml` beside `figures.csv`) says
 * about itself: figures published instead of names, for records about people whom the law
 * protects or where the plan asks for totals (exam candidates, households lifted out of poverty).
 */
import { z } from 'astro/zod';
import { idKey, text } from './common.ts';

/** A count of people or cases: a non-negative whole number without unit. */
export const count = (what: string) =>
  z
    .string({ error: '必填项为空' })
    .regex(/^\d+$/, { error: (i) => `${what}“${String(i.input)}”应为不带单位的非负整数` })
    .transform(Number);

/** A year of the figures. */
export const year = count('年份').refine((y) => y >= 2000 && y <= 2100, { error: '年份应在 2000 到 2100 之间' });

export const figuresMetaSchema = z.object({
  /** Title of the dataset (downloads, /data/). */
  title: text,
  /** Slug of the area whose page shows the figures (content/areas). */
  area: idKey,
  /** Why there are figures only and no names: shown beside the figures. */
  note: text,
});

export type FiguresMeta = z.infer<typeof figuresMetaSchema>;

export const figuresMetaLabels: Record<keyof FiguresMeta, string> = {
  title: '标题',
  area: '显示在哪个领域',
  note: '为什么只公布汇总数字',
};
