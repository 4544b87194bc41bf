/** One row of `data/scores/<yyyy-mm>.csv`: the office's monthly assessment of a unit (考核打分). */
import { z } from 'astro/zod';
import { blankToUndefined, idKey } from './common.ts';

export const scoreRowSchema = z.object({
  /** Unit id (data/units.csv). */
  unit: idKey,
  /** 得分: 0 to 100, at most one decimal place. */
  score: z
    .string({ error: (i) => (i.input === undefined ? '必填项为空' : '应为数字') })
    .trim()
    .regex(/^\d+(\.\d)?$/, { error: (i) => `得分“${String(i.input)}”不是数字：写 0 到 100 之间的数，最多一位小数，例如 92 或 87.5` })
    .transform(Number)
    .refine((n) => n >= 0 && n <= 100, { error: (i) => `得分 ${String(i.input)} 超出范围：应在 0 到 100 之间` }),
  /** 考核说明: why the score, shown beside it. */
  remarks: z.preprocess(blankToUndefined, z.string().optional()),
});

export type ScoreRow = z.infer<typeof scoreRowSchema>;

export const SCORE_COLUMNS = { unit: '单位', score: '得分', remarks: '考核说明' } as const;
