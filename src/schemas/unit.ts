/** A responsible unit (责任单位), one row of `data/units.csv`. */
import { z } from 'astro/zod';
import { blankToUndefined, hotline, httpsUrl, idKey, text } from './common.ts';

export const unitSchema = z.object({
  /** Permanent id used by areas, lists and reports, e.g. `public-security`. */
  id: idKey,
  /** Full official name as written in the plan, e.g. 市公安局. */
  name: text,
  /** Kind: the leading office (牵头), a government department, a court, or another body. */
  kind: z.enum(['lead', 'department', 'court', 'other'], { error: '单位类别只能是 lead（牵头办公室）、department（政府部门）、court（法院）或 other（其他）' }),
  /** Official website, if any (https). */
  website: z.preprocess(blankToUndefined, httpsUrl.optional()),
  /** Where a listed person or company can object or apply for credit repair in person. */
  address: z.preprocess(blankToUndefined, text.optional()),
  /** Telephone for objections and credit repair, e.g. 0931-8888888 or 12333. */
  telephone: z.preprocess(blankToUndefined, hotline.optional()),
  /** Online service (https) where objections and repair applications are accepted. */
  online_service: z.preprocess(blankToUndefined, httpsUrl.optional()),
});

export type Unit = z.infer<typeof unitSchema>;

/** Chinese labels of the columns, for messages and tables. */
export const unitLabels: Record<keyof Unit, string> = {
  id: '单位编号',
  name: '单位名称',
  kind: '单位类别',
  website: '网站',
  address: '办公地址',
  telephone: '联系电话',
  online_service: '网上办事地址',
};
