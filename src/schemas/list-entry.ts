/**
 * One row of `data/lists/<list-id>/entries.csv`: the core columns every list has,
 * plus the list's extra columns from its meta.yml.
 */
import { z } from 'astro/zod';
import { blankToUndefined, idKey, isoDate, text } from './common.ts';
import { describeUsccProblem, MASKED_ID_PATTERN, usccProblem } from '../lib/identifiers.ts';
import { SUBJECT_TYPES, type ColumnSpec, type ListMeta } from './list-meta.ts';

/** The city's districts and counties (所属区县). */
export const DISTRICTS = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县', '兰州新区'] as const;

/** Core columns, in the order of a downloaded CSV, with their Chinese labels. */
export const CORE_COLUMNS = {
  id: '编号',
  subject_name: '主体名称/姓名',
  subject_type: '主体类型',
  uscc: '统一社会信用代码',
  id_masked: '证件号码(脱敏)',
  legal_rep: '法定代表人/负责人',
  district: '所属区县',
  reason: '失信行为/列入事由',
  basis: '认定依据',
  decision_no: '决定文书号',
  authority: '认定部门',
  listed_on: '列入日期',
  expires_on: '公示截止日期',
  removed_on: '移出日期',
  removal_reason: '移出原因',
} as const;

export type CoreKey = keyof typeof CORE_COLUMNS;
export const REQUIRED_CORE: CoreKey[] = ['id', 'subject_name', 'subject_type', 'authority', 'listed_on'];

const opt = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());

const coreShape = {
  /** 编号: unique in the list, permanent. */
  id: idKey,
  /** 主体名称 / 姓名. */
  subject_name: text,
  /** org | person | sole_trader. */
  subject_type: z.enum(SUBJECT_TYPES, { error: '主体类型只能是 org（组织）、person（自然人）或 sole_trader（个体工商户）' }),
  /** 统一社会信用代码 (GB 32100); required for organisations. */
  uscc: opt(z.string().transform((s) => s.toUpperCase())),
  /** 证件号码(脱敏), for persons: masked form only. */
  id_masked: opt(z.string().regex(MASKED_ID_PATTERN, { error: '证件号码只能填写脱敏形式：前 6 位 + 8 个星号 + 后 4 位，例如 620102********123X' })),
  /** 法定代表人/负责人. */
  legal_rep: opt(z.string()),
  /** 所属区县. */
  district: opt(z.enum(DISTRICTS, { error: `所属区县只能是：${DISTRICTS.join('、')}` })),
  /** 失信行为/列入事由; required for blacklists and warning lists. */
  reason: opt(z.string()),
  /** 认定依据. */
  basis: opt(z.string()),
  /** 决定文书号. */
  decision_no: opt(z.string()),
  /** 认定部门: a unit id. */
  authority: idKey,
  /** 列入日期. */
  listed_on: isoDate,
  /** 公示截止日期; default listed_on + the list's period. */
  expires_on: opt(isoDate),
  /** 移出日期 (early removal, e.g. credit repair). */
  removed_on: opt(isoDate),
  /** 移出原因; required with removed_on. */
  removal_reason: opt(z.string()),
};

function extraColumn(c: ColumnSpec): z.ZodType {
  let base: z.ZodType;
  switch (c.type) {
    case 'integer':
      base = z.string().regex(/^-?\d+$/, { error: (i) => `“${String(i.input)}”不是整数` }).transform(Number);
      break;
    case 'decimal':
      base = z.string().regex(/^-?\d+(\.\d+)?$/, { error: (i) => `“${String(i.input)}”不是数字（不要带千分位逗号或单位）` }).transform(Number);
      break;
    case 'date':
      base = isoDate;
      break;
    case 'enum':
      base = z.enum((c.values ?? []) as [string, ...string[]], { error: `只能是：${(c.values ?? []).join('、')}` });
      break;
    default:
      base = z.string();
  }
  return c.required ? z.preprocess(blankToUndefined, base) : opt(base);
}

/** Builds the row schema for one list. */
export function entrySchemaFor(meta: Pick<ListMeta, 'kind' | 'columns' | 'subject_kinds'>) {
  const extra: Record<string, z.ZodType> = {};
  for (const c of meta.columns) extra[c.key] = extraColumn(c);
  return z
    .object({ ...coreShape, extra: z.object(extra) })
    .superRefine((e, ctx) => {
      if (!meta.subject_kinds.includes(e.subject_type)) {
        ctx.addIssue({ code: 'custom', path: ['subject_type'], message: `本名单只收录：${meta.subject_kinds.join('、')}` });
      }
      if (e.subject_type !== 'person') {
        if (!e.uscc) ctx.addIssue({ code: 'custom', path: ['uscc'], message: '组织和个体工商户必须填写统一社会信用代码' });
        else {
          const p = usccProblem(e.uscc);
          if (p) ctx.addIssue({ code: 'custom', path: ['uscc'], message: describeUsccProblem(p) });
        }
      } else if (e.uscc) {
        ctx.addIssue({ code: 'custom', path: ['uscc'], message: '自然人不填统一社会信用代码' });
      }
      if (meta.kind !== 'register' && !e.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '黑名单和预警名单必须填写失信行为/列入事由' });
      if (e.removed_on && !e.removal_reason) ctx.addIssue({ code: 'custom', path: ['removal_reason'], message: '填写了移出日期，必须同时填写移出原因' });
      if (e.removal_reason && !e.removed_on) ctx.addIssue({ code: 'custom', path: ['removed_on'], message: '填写了移出原因，必须同时填写移出日期' });
      if (e.expires_on && e.expires_on < e.listed_on) ctx.addIssue({ code: 'custom', path: ['expires_on'], message: `公示截止日期 ${e.expires_on} 早于列入日期 ${e.listed_on}` });
      if (e.removed_on && e.removed_on < e.listed_on) ctx.addIssue({ code: 'custom', path: ['removed_on'], message: `移出日期 ${e.removed_on} 早于列入日期 ${e.listed_on}` });
    });
}

export type ListEntry = z.infer<ReturnType<typeof entrySchemaFor>> & { extra: Record<string, string | number | undefined> };
