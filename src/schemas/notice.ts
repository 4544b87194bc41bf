/**
 * A bulletin (通报) of the coordinating office, the front matter of
 * `content/notices/<yyyy-mm-dd>-<slug>.mdx`; the body is the bulletin's text.
 */
import { z } from 'astro/zod';
import { idKey, isoDate, isoMonth, slug, text } from './common.ts';

/** Kinds of bulletin, as the plan names them (三、(三)). */
export const NOTICE_KINDS = ['进展通报', '通报表扬', '通报批评'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const noticeSchema = z.object({
  /** Title as issued, e.g. 关于2019年7月重点失信领域专项治理工作进展情况的通报. */
  title: text,
  /** Date issued; must equal the date at the start of the file name. */
  date: isoDate,
  /** 进展通报 (progress), 通报表扬 (praise) or 通报批评 (criticism). */
  kind: z.enum(NOTICE_KINDS, { error: `通报类别只能是：${NOTICE_KINDS.join('、')}` }),
  /** One or two sentences for the list of bulletins and the feed. */
  summary: text,
  /** Area slugs the bulletin concerns (the area pages link to it). */
  areas: z.array(slug, { error: '领域应为网址标识列表，例如 [telecom-fraud, financial]' }).default([]),
  /** Unit ids the bulletin names (praised or criticised units, or all that reported). */
  units: z.array(idKey, { error: '单位应为单位编号列表，例如 [public-security]' }).default([]),
  /** Reporting months (YYYY-MM) the bulletin is about; each must have a data/progress file. */
  months: z.array(isoMonth, { error: '月份应为列表，例如 [2019-07]' }).default([]),
}).superRefine((n, ctx) => {
  // Praise and criticism are about named units; a bulletin that names none cannot be checked.
  if (n.kind !== '进展通报' && n.units.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['units'], message: `${n.kind}必须在 units 中列出被${n.kind === '通报表扬' ? '表扬' : '批评'}的单位编号` });
  }
});

export type Notice = z.infer<typeof noticeSchema>;


export const NOTICE_FILE = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
