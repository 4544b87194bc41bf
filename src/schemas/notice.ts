/**
 * A bulletin (通报) of the coordinating office, the front matter of
 * `content/notices/<yyyy-mm-dd>-<slug>.mdx`; the body is the bulletin's text.
 */
import { z } from 'astro/zod';
import { idKey, isoDate, isoMonth, slug, text } from './common.ts';

/** Kinds of bulletin, as the plan names them (三、(三)). */
export const NOTICE_KINDS = ['进展通报', '通报表扬', '通报批评'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Grounds of a 通报批评, as the plan names them (三、(三) 对工作推进不力或发生造成社会影响的重大失信案件事件的
 * 领域及责任单位，将予以通报批评) and for reports not sent by the 20th (三、(一)).
 */
export const NOTICE_GROUNDS = ['报送迟交', '工作推进不力', '重大失信事件'] as const;
export type NoticeGround = (typeof NOTICE_GROUNDS)[number];

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
  /** Why a 通报批评 criticises: required for criticism, not written for other kinds. */
  ground: z.enum(NOTICE_GROUNDS, { error: (i) => `批评事由“${String(i.input)}”不对：只能是 ${NOTICE_GROUNDS.join('、')} 之一` }).optional(),
  /** Ids of typical cases (content/cases) the bulletin refers to, e.g. a major incident's case. */
  cases: z.array(idKey, { error: '案例应为案例编号列表，例如 [fake-drugs-2019-01]' }).default([]),
}).superRefine((n, ctx) => {
  if (n.kind === '通报批评' && n.ground === undefined) {
    ctx.addIssue({ code: 'custom', path: ['ground'], message: `通报批评必须写明批评事由 ground：${NOTICE_GROUNDS.join('、')} 之一` });
  }
  if (n.kind !== '通报批评' && n.ground !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['ground'], message: `只有通报批评写批评事由 ground，${n.kind}不写` });
  }
  // Praise and criticism are about named units; a bulletin that names none cannot be checked.
  if (n.kind !== '进展通报' && n.units.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['units'], message: `${n.kind}必须在 units 中列出被${n.kind === '通报表扬' ? '表扬' : '批评'}的单位编号` });
  }
});

export type Notice = z.infer<typeof noticeSchema>;


export const NOTICE_FILE = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
