/**
 * Exam cheating, aggregate figures only: a dataset folder `data/exam-cheating/` with its
 * description (`meta.yml`, src/schemas/figures.ts) and one row of `figures.csv` per year and exam.
 * Cheating records are about candidates, most of them minors, so the portal publishes no list
 * of names (Law on the Protection of Minors, Personal Information Protection Law) — only counts.
 */
import { z } from 'astro/zod';
import { idKey, text } from './common.ts';
import { count, year } from './figures.ts';

export const examCheatingSchema = z.object({
  /** Year of the exam, e.g. 2025. */
  year,
  /** Exam, e.g. 普通高考, 中考, 研究生招生考试. */
  exam: text,
  /** Number of candidates found cheating (认定作弊人次). */
  count: count('认定作弊人次'),
  /** Unit id of the authority reporting the figure (data/units.csv). */
  authority: idKey,
});

export type ExamCheatingRow = z.infer<typeof examCheatingSchema>;

export const examCheatingLabels: Record<keyof ExamCheatingRow, string> = {
  year: '年份',
  exam: '考试',
  count: '认定作弊人次',
  authority: '认定部门',
};
