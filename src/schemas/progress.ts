/**
 * One row of `data/progress/<yyyy-mm>.csv`: what one responsible unit reported for one area
 * for that month (每月 20 日报送). The month is the file's name; see src/lib/progress/rules.ts for
 * when a report counts as on time, late or missing.
 */
import { z } from 'astro/zod';
import { blankToUndefined, idKey, isoDate, slug, text } from './common.ts';

/** A count a unit reports: a whole number, 0 or more, written without separators. */
/**
 * 工作状态: where the unit's work in the area stands, in its own words, each month. The area's
 * status is that of its least-advanced unit (src/lib/progress/work-status.ts).
 */
export const WORK_STATUSES = ['未开展', '推进中', '已完成'] as const;
export type WorkStatusValue = (typeof WORK_STATUSES)[number];

const count = z
  .string({ error: (i) => (i.input === undefined ? '必填项为空（没有就填 0）' : '应为整数') })
  .trim()
  .min(1, { error: '必填项为空（没有就填 0）' })
  .regex(/^\d+$/, { error: (i) => `“${String(i.input)}”不是 0 或正整数（不要带单位、小数点或千分位逗号）` })
  .transform(Number);

export const progressRowSchema = z.object({
  /** Area slug (content/areas), e.g. `telecom-fraud`. */
  area: slug,
  /** Reporting unit id (data/units.csv); must be one of the area's responsible units. */
  unit: idKey,
  /** 报送日期: the day the office received the report. On or before the 20th is on time. */
  submitted_on: isoDate,
  /** 办理案件数: cases handled in the period. */
  cases_handled: count,
  /** 新列入名单数: subjects newly put on a list. */
  entries_listed: count,
  /** 移出名单数: subjects taken off a list (credit repair, expiry). */
  entries_removed: count,
  /** 公示典型案例数: typical cases published. */
  cases_published: count,
  /** 涉及金额（元）: fines, recovered wages or taxes, where relevant; empty otherwise. */
  amount_yuan: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+(\.\d{1,2})?$/, { error: (i) => `金额“${String(i.input)}”格式不对：只写数字（元），最多两位小数，不要带单位或千分位逗号` })
      .transform(Number)
      .optional(),
  ),
  /** 进展摘要: one paragraph, what was done. */
  summary: text,
  /** 工作状态: 未开展 (not started), 推进中 (under way) or 已完成 (done), as the unit reports it. */
  work_status: z
    .string({ error: () => `工作状态为空：只能填 ${WORK_STATUSES.join('、')} 之一` })
    .trim()
    .min(1, { error: `工作状态为空：只能填 ${WORK_STATUSES.join('、')} 之一` })
    .pipe(z.enum(WORK_STATUSES, { error: (i) => `工作状态“${String(i.input)}”不对：只能填 ${WORK_STATUSES.join('、')} 之一` })),
});

export type ProgressRow = z.infer<typeof progressRowSchema>;

/** Column keys in file order, with their Chinese labels (headers of the month page). */
export const PROGRESS_COLUMNS = {
  area: '领域',
  unit: '责任单位',
  submitted_on: '报送日期',
  cases_handled: '办理案件数',
  entries_listed: '新列入名单数',
  entries_removed: '移出名单数',
  cases_published: '公示典型案例数',
  amount_yuan: '涉及金额（元）',
  summary: '进展摘要',
  work_status: '工作状态',
} as const;

export const PROGRESS_REQUIRED = ['area', 'unit', 'submitted_on', 'cases_handled', 'entries_listed', 'entries_removed', 'cases_published', 'summary', 'work_status'];
