/**
 * A typical case (典型案例 / 联合惩戒案例): front matter of `content/cases/<yyyy>/<case-id>.mdx`.
 * The file name (without .mdx) is the case id: permanent, it is the page's address
 * `/cases/<case-id>/`. The body is the narrative (MDX; editors may use <FactBox> and <Timeline>).
 *
 * Cross-references (area, unit ids, `list-id/entry-id`) are checked by src/lib/cases/load.ts,
 * which knows the other data; this schema checks the shape of one file on its own.
 */
import { z } from 'astro/zod';
import { httpsUrl, idKey, isoDate, name as subjectName, slug, text } from './common.ts';
import { MEASURE_BY_LABEL, MEASURE_KEYS, MEASURES } from './measures.ts';

/** Words that are path segments of the browse pages under /cases/, so never a case id. */
export const RESERVED_CASE_IDS = ['area', 'year', 'measure', 'memoranda', 'page', 'rss'] as const;

/**
 * A case id (the file name): lower-case ASCII words joined by hyphens, e.g. `wage-arrears-2021-01`.
 * Not only digits (those are page numbers: /cases/2/) and not a reserved word.
 */
export const caseId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '案例文件名只能包含小写英文字母、数字和连字符，例如 wage-arrears-2021-01.mdx' })
  .refine((s) => !/^\d+$/.test(s), { error: '案例文件名不能全是数字（与分页网址 /cases/2/ 冲突），请加上领域或年份等英文词' })
  .refine((s) => !(RESERVED_CASE_IDS as readonly string[]).includes(s), { error: `案例文件名不能是 ${RESERVED_CASE_IDS.join('、')}（这些是网址中的保留词）` });

/** `list-id/entry-id`: a row of data/lists/<list-id>/entries.csv. */
export const entryRef = z
  .string({ error: '应为文本，写作 名单编号/条目编号' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[A-Za-z0-9-]+$/, { error: (i) => `名单条目引用“${String(i.input)}”格式不对，应写作 名单编号/条目编号，例如 wage-arrears-blacklist/WA-2020-0001` });

/** One subject of the case: a free-text name, a reference to a list entry, or both. */
export const caseSubjectSchema = z
  .strictObject(
    {
      /**
       * Name as the case text states it (often anonymised: 某建筑劳务有限公司、王某某).
       * Shown as written (NFKC-normalised like every name), even when the referenced entry is no longer disclosed.
       */
      name: subjectName.optional(),
      /** `list-id/entry-id` of the subject's list entry; its name is shown only while the entry is disclosed. */
      ref: entryRef.optional(),
      /** Role in the case, e.g. 被执行人、用人单位、法定代表人. */
      role: text.optional(),
    },
    { error: (i) => (i.code === 'unrecognized_keys' ? `不认识的字段：${i.keys.join('、')}（涉案主体只能有 name、ref、role）` : '涉案主体应写作 name:（名称）和/或 ref:（名单条目）') },
  )
  .refine((s) => s.name !== undefined || s.ref !== undefined, { error: '涉案主体至少要有 name（名称）或 ref（名单条目引用）之一' });

/** A measure from the vocabulary, by key (restrict-exit) or by its Chinese label (限制出境). */
const measureKey = z.preprocess(
  (v) => (typeof v === 'string' ? (MEASURE_BY_LABEL.get(v.trim()) ?? v.trim()) : v),
  z.enum(MEASURE_KEYS, {
    error: (i) => `惩戒措施“${String(i.input)}”不在措施词表中。可填写：${MEASURE_KEYS.map((k) => MEASURES[k].label).join('、')}（或其英文编号，见 content/README.md）`,
  }),
);

const yuan = z
  .number({ error: '金额应为数字（单位：元），不要带逗号、“元”或“万”' })
  .nonnegative({ error: '金额不能为负数' });

/** A measure applied: `- 限制出境` or `- { measure: 罚款, amount_yuan: 200000, note: … }`. */
export const caseMeasureSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { measure: v } : v),
  z.strictObject({
    /** Key or label from src/schemas/measures.ts. */
    measure: measureKey,
    /** Amount in yuan, for fines, confiscation, recovered tax or wages. */
    amount_yuan: yuan.optional(),
    /** A short precision, e.g. 期限三年. */
    note: text.optional(),
  }, { error: (i) => (i.code === 'unrecognized_keys' ? `不认识的字段：${i.keys.join('、')}（措施只能有 measure、amount_yuan、note）` : '措施应写作措施名称，或 { measure: …, amount_yuan: … }') }),
);

/** An amount involved in the case (涉案金额、欠薪金额…), in yuan. */
export const caseAmountSchema = z.strictObject({
  /** What the amount is, e.g. 拖欠工资. */
  label: text,
  /** Yuan, a plain number. */
  yuan,
});

/** A published source of the case: a decision, a press release, a court notice. */
export const caseSourceSchema = z.strictObject({
  /** Title of the source document. */
  title: text,
  /** Who issued it, e.g. 市人社局. */
  issuer: text,
  /** Date of the source, YYYY-MM-DD. */
  date: isoDate,
  /** https address of the source. */
  url: httpsUrl,
});

const unitIds = (what: string) => z.array(idKey, { error: `${what}应为单位编号列表，例如 [human-resources, taxation]` });

export const caseSchema = z
  .strictObject(
    {
      /** Headline, as journalists will cite it; at most 60 characters so that it fits the social image. */
      title: text.refine((s) => [...s].length <= 60, { error: (i) => `标题不超过 60 个字（现有 ${[...String(i.input)].length} 个）` }),
      /** Area slug (content/areas), e.g. wage-arrears. */
      area: slug,
      /** Day the case was published (发布日期); the year must be the name of the case's folder. */
      published_on: isoDate,
      /** Day of the decision (决定日期), on or before publication. */
      decided_on: isoDate,
      /** One paragraph for lists, feeds and link previews. */
      summary: text.refine((s) => !/\n\s*\n/.test(s), { error: '摘要只能是一段（不要空行）' }),
      /** Subjects of the case; at least one. */
      subjects: z.array(caseSubjectSchema, { error: '涉案主体应为列表' }).min(1, { error: '至少一个涉案主体' }),
      /** Unit ids (data/units.csv) of the deciding authorities (作出决定的部门). */
      authorities: unitIds('作出决定的部门').min(1, { error: '至少一个作出决定的部门' }),
      /** Unit ids of the authorities applying joint punishment (联合惩戒部门). */
      joint_authorities: unitIds('联合惩戒部门').default([]),
      /** Measures applied, from the vocabulary in src/schemas/measures.ts. */
      measures: z.array(caseMeasureSchema, { error: '惩戒措施应为列表' }).min(1, { error: '至少一项惩戒措施' }),
      /** Amounts involved, where relevant. */
      amounts: z.array(caseAmountSchema, { error: '金额应为列表' }).default([]),
      /** Outcome: what happened after the measures (履行、修复、判决…). */
      outcome: text,
      /** Published sources; at least one. */
      sources: z.array(caseSourceSchema, { error: '来源应为列表' }).min(1, { error: '至少一个来源' }),
    },
    { error: (i) => (i.code === 'unrecognized_keys' ? `不认识的字段：${i.keys.join('、')}（请检查拼写，字段说明见 content/README.md）` : '元数据应为 字段: 值 的形式') },
  )
  .superRefine((c, ctx) => {
    if (c.decided_on > c.published_on) {
      ctx.addIssue({ code: 'custom', path: ['decided_on'], message: `决定日期 ${c.decided_on} 晚于发布日期 ${c.published_on}` });
    }
    const seen = new Set<string>();
    c.measures.forEach((m, i) => {
      if (seen.has(m.measure)) ctx.addIssue({ code: 'custom', path: ['measures', i], message: `惩戒措施“${MEASURES[m.measure].label}”重复` });
      seen.add(m.measure);
    });
  });

export type Case = z.infer<typeof caseSchema>;
export type CaseSubject = z.infer<typeof caseSubjectSchema>;
export type CaseMeasure = z.infer<typeof caseMeasureSchema>;

/** Chinese labels of the front-matter fields, for the editor guide and messages. */
export const caseLabels: Record<keyof Case, string> = {
  title: '标题',
  area: '领域',
  published_on: '发布日期',
  decided_on: '决定日期',
  summary: '摘要',
  subjects: '涉案主体',
  authorities: '作出决定的部门',
  joint_authorities: '联合惩戒部门',
  measures: '惩戒措施',
  amounts: '涉及金额',
  outcome: '处理结果',
  sources: '信息来源',
};
