/** A key dishonesty area (重点失信领域), the front matter of `content/areas/<NN>-<slug>.mdx`. */
import { z } from 'astro/zod';
import { hotline, httpsUrl, idKey, isoDate, slug, text } from './common.ts';

/** One official reporting channel (举报渠道). */
export const channelSchema = z.object({
  /** Name of the channel, e.g. 12337 违法和不良信息举报中心. */
  name: text,
  /** Telephone hotline, digits only (with optional area code). */
  hotline,
  /** https address of the official online form or platform. */
  url: httpsUrl,
  /** Who runs it, e.g. 中央网信办. */
  operator: text,
  /**
   * `area`: the area's own official channel; `fallback`: the city's general 12345 service
   * used where no area-specific channel could be verified (the page says so).
   */
  scope: z.enum(['area', 'fallback'], { error: 'scope 只能是 area（本领域专门渠道）或 fallback（12345 综合渠道）' }).default('area'),
  /** What to report there, in one sentence. */
  note: z.string().optional(),
});

/**
 * One publication or disclosure measure of the plan for this area (公开、公示、公布……) and
 * where the public finds it: exactly one of a list or a dataset on this portal, the area's
 * typical cases, an official platform (with its unit), or `none` with the reason the words are
 * not a disclosure measure (e.g. the plan's 发布虚假信息 names the offence).
 */
export const disclosureSchema = z
  .object({
    /** The measure's words, copied from the plan's text in the body of this file. */
    measure: text,
    /** A list on this portal (data/lists/<id>). */
    list: idKey.optional(),
    /** A dataset on this portal that is not a list (e.g. exam-cheating). */
    dataset: idKey.optional(),
    /** The area's typical cases on this portal. */
    cases: z.literal(true, { error: 'cases 只能写 true（本领域的典型案例）' }).optional(),
    /** An official platform that publishes it, with the unit responsible (url when it is a website). */
    platform: z.object({ name: text, unit: idKey, url: httpsUrl.optional() }).optional(),
    /** Why these words of the plan are not a disclosure measure. */
    none: text.optional(),
  })
  .superRefine((d, ctx) => {
    const targets = (['list', 'dataset', 'cases', 'platform', 'none'] as const).filter((k) => d[k] !== undefined);
    if (targets.length !== 1) ctx.addIssue({ code: 'custom', path: ['measure'], message: `每项公开措施只写一个去处：list、dataset、cases、platform 或 none 中的一个（这里写了 ${targets.length} 个）` });
  });

export type Disclosure = z.infer<typeof disclosureSchema>;

/** Words that make a sentence of the plan a publication or disclosure measure, to be placed. */
export const DISCLOSURE_WORDS = /公开|公示|公布|发布|曝光|名单|数据库/;

export const areaSchema = z.object({
  /** Number in the plan, 1..19 (二、(一) … (十九)). */
  number: z.number({ error: '序号应为 1 到 19 的整数' }).int({ error: '序号应为整数' }).min(1, { error: '序号应为 1 到 19' }).max(19, { error: '序号应为 1 到 19' }),
  /** URL slug, permanent, e.g. `telecom-fraud`. */
  slug,
  /** Title as in the plan, without 开展…专项治理, e.g. 电信网络诈骗. */
  title: text,
  /** One-paragraph plain-language summary for citizens. */
  summary: text,
  /** Responsible unit ids (data/units.csv), in the plan's order. */
  units: z.array(idKey, { error: '责任单位应为单位编号列表' }).min(1, { error: '至少一个责任单位' }),
  /** 完成时限, the deadline in the plan. */
  deadline: isoDate,
  /** Official reporting channels; at least one. */
  channels: z.array(channelSchema, { error: '举报渠道应为列表' }).min(1, { error: '至少一个举报渠道' }),
  /** Every publication or disclosure measure of the plan's text for this area, with where it is published. */
  disclosures: z.array(disclosureSchema, { error: 'disclosures 应为列表' }).default([]),
  /** Why the area has no published list of subjects, if it has none (shown on the page). */
  no_list_reason: z.string().optional(),
});

export type Area = z.infer<typeof areaSchema>;
export type Channel = z.infer<typeof channelSchema>;

export const areaLabels: Record<string, string> = {
  number: '序号',
  slug: '网址标识',
  title: '领域名称',
  summary: '简介',
  units: '责任单位',
  deadline: '完成时限',
  channels: '举报渠道',
  name: '渠道名称',
  hotline: '举报电话',
  url: '网上举报地址',
  operator: '主办单位',
  scope: '渠道类别',
  no_list_reason: '无名单说明',
  disclosures: '公开事项',
  measure: '公开措施',
};
