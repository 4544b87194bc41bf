/**
 * Exam cheating, aggregate figures only: a dataset folder `data/exam-cheating/` with its
 * description (`meta.yml`) and one row of `figures.csv` per year and exam.
 * Cheating records are about candidates, most of them minors, so the portal publishes no list
 * of names (Law on the Protection of Minors, Personal Information Protection Law) — only counts.
 */
import { z } from 'astro/zod';
import { idKey, text } from './common.ts';

const integer = (what: string) =>
  z
    .string({ error: '必填项为空' })
    .regex(/^\d+$/, { error: (i) => `${what}“${String(i.input)}”应为不带单位的非负整数` })
    .transform(Number);

export const examCheatingSchema = z.object({
  /** Year of the exam, e.g. 2025. */
  year: integer('年份').refine((y) => y >= 2000 && y <= 2100, { error: '年份应在 2000 到 2100 之间' }),
  /** Exam, e.g. 普通高考, 中考, 研究生招生考试. */
  exam: text,
  /** Number of candidates found cheating (认定作弊人次). */
  count: integer('认定作弊人次'),
  /** Unit id of the authority reporting the figure (data/units.csv). */
  authority: idKey,
});

export type ExamCheatingRow = z.infer<typeof examCheatingSchema>;

/** `data/exam-cheating/meta.yml`: what the figures are and where they are shown. */
export const examCheatingMetaSchema = z.object({
  /** Title of the dataset (downloads, /data/). */
  title: text,
  /** Slug of the area whose page shows the figures (content/areas). */
  area: idKey,
  /** Why there are figures only and no names: shown beside the figures. */
  note: text,
});

export type ExamCheatingMeta = z.infer<typeof examCheatingMetaSchema>;

export const examCheatingMetaLabels: Record<keyof ExamCheatingMeta, string> = {
  title: '标题',
  area: '显示在哪个领域',
  note: '为什么只公布汇总数字',
};

export const examCheatingLabels: Record<keyof ExamCheatingRow, string> = {
  year: '年份',
  exam: '考试',
  count: '认定作弊人次',
  authority: '认定部门',
};
