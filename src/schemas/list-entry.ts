/**
 * One row of `data/lists/<list-id>/entries.csv`: the core columns every list has,
 * plus the list's extra columns from its meta.yml.
 */
import { z } from 'astro/zod';
import { atMost, blankToUndefined, FIELD_LIMITS, idKey, isoDate, name } from './common.ts';
import { normaliseName } from '../lib/names.ts';
import { describeUsccProblem, MASKED_ID_PATTERN, usccProblem } from '../lib/identifiers.ts';
import { SUBJECT_TYPES, type ColumnSpec, type ListMeta } from './list-meta.ts';


/** Core columns, in the order of a downloaded CSV, with their Chinese labels. */
export const CORE_COLUMNS = {
  id: '编号',
  subject_name: '主体名称/姓名',
  subject_type: '主体类型',
  uscc: '统一社会信用代码',
  id_masked: '证件号码（脱敏）',
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

/** Type and meaning of each core column, for the data dictionary on /data/. */
export const CORE_COLUMN_DOCS: Record<keyof typeof CORE_COLUMNS, { type: string; description: string }> = {
  id: { type: 'text', description: '条目在本名单内的永久编号（字母前缀加序号，如 wa-0001），也是条目网址的一部分；一经公布不再改动或重复使用。' },
  subject_name: { type: 'text', description: '被列入主体的名称（组织）或姓名（自然人）。' },
  subject_type: { type: 'enum', description: 'org＝法人及非法人组织，person＝自然人，sole_trader＝个体工商户。' },
  uscc: { type: 'text', description: '18 位统一社会信用代码（GB 32100-2015），组织和个体工商户填写，校验位经过核对。' },
  id_masked: { type: 'text', description: '自然人证件号码的脱敏形式（前 6 位、8 个星号、后 4 位），不公开完整号码。' },
  legal_rep: { type: 'text', description: '组织的法定代表人或负责人、个体工商户的经营者。' },
  district: { type: 'enum', description: '主体所在区县。' },
  reason: { type: 'text', description: '列入名单的失信行为或事由；登记名录可为空。' },
  basis: { type: 'text', description: '认定所依据的法律法规或文件。' },
  decision_no: { type: 'text', description: '认定或处罚决定书的文号。' },
  authority: { type: 'text', description: '作出认定的部门（data/units.csv 中的单位编号）；下载文件另附单位名称。' },
  listed_on: { type: 'date', description: '列入名单的日期（YYYY-MM-DD）。' },
  expires_on: { type: 'date', description: '公示的最后一天；下载文件中已按名单的默认公示期限补全。' },
  removed_on: { type: 'date', description: '提前移出名单的日期（如信用修复）；自该日起不再公示。只在源数据中，不出现在下载文件里。' },
  removal_reason: { type: 'text', description: '提前移出的原因；只在源数据中，不对外公布。' },
};

export type CoreKey = keyof typeof CORE_COLUMNS;
export const REQUIRED_CORE: CoreKey[] = ['id', 'subject_name', 'subject_type', 'authority', 'listed_on'];

const opt = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());

/**
 * 编号: unique in the list, permanent. Must contain a letter: entry pages live at
 * /lists/<list>/<id>/ beside the table's page 2, 3… at /lists/<list>/<n>/.
 */
export const entryId = idKey.refine((s) => /[A-Za-z]/.test(s), {
  error: (i) => `编号“${String(i.input)}”不能全是数字（会与名单分页网址 /lists/名单/2/ 冲突）：请加字母前缀，例如 wa-0001`,
});

const coreShape = {
  id: entryId,
  /** 主体名称 / 姓名, NFKC-normalised (pages, downloads and search show the same form). */
  subject_name: name,
  /** org | person | sole_trader. */
  subject_type: z.enum(SUBJECT_TYPES, { error: '主体类型只能是 org（组织）、person（自然人）或 sole_trader（个体工商户）' }),
  /** 统一社会信用代码 (GB 32100); required for organisations. Checked here, cell by cell, so that a wrong code is reported even when other cells of the row are wrong too. */
  uscc: opt(
    z
      .string()
      .transform((s) => s.toUpperCase())
      .superRefine((v, ctx) => {
        const p = usccProblem(v);
        if (p) ctx.addIssue({ code: 'custom', message: describeUsccProblem(p) });
      }),
  ),
  /** 证件号码（脱敏）, for persons: masked form only. */
  id_masked: opt(z.string().regex(MASKED_ID_PATTERN, { error: '证件号码只能填写脱敏形式：前 6 位 + 8 个星号 + 后 4 位，例如 620102********123X' })),
  /** 法定代表人/负责人. */
  legal_rep: opt(z.string().refine(...atMost(FIELD_LIMITS.name)).transform(normaliseName)),
  /** 所属区县: one of the city's districts (data/city.yml; checked by the list loader). */
  district: opt(z.string().refine(...atMost(FIELD_LIMITS.name)).transform((s) => s.trim())),
  /** 失信行为/列入事由; required for blacklists and warning lists. */
  reason: opt(z.string().refine(...atMost(FIELD_LIMITS.text))),
  /** 认定依据. */
  basis: opt(z.string().refine(...atMost(FIELD_LIMITS.text))),
  /** 决定文书号. */
  decision_no: opt(z.string().refine(...atMost(FIELD_LIMITS.name))),
  /** 认定部门: a unit id. */
  authority: idKey,
  /** 列入日期. */
  listed_on: isoDate,
  /** 公示截止日期; default listed_on + the list's period. */
  expires_on: opt(isoDate),
  /** 移出日期 (early removal, e.g. credit repair). */
  removed_on: opt(isoDate),
  /** 移出原因; required with removed_on. */
  removal_reason: opt(z.string().refine(...atMost(FIELD_LIMITS.text))),
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
      base = z.string().refine(...atMost(FIELD_LIMITS.text));
  }
  return c.required ? z.preprocess(blankToUndefined, base) : opt(base);
}

/** Builds the row schema for one list. */
export function entrySchemaFor(meta: Pick<ListMeta, 'kind' | 'columns' | 'subject_kinds'> & { uscc_required?: boolean | undefined }) {
  const extra: Record<string, z.ZodType> = {};
  for (const c of meta.columns) extra[c.key] = extraColumn(c);
  return z
    .object({ ...coreShape, extra: z.object(extra) })
    .superRefine((e, ctx) => {
      if (!meta.subject_kinds.includes(e.subject_type)) {
        ctx.addIssue({ code: 'custom', path: ['subject_type'], message: `本名单只收录：${meta.subject_kinds.join('、')}` });
      }
      if (e.subject_type !== 'person') {
        if (!e.uscc && (meta.uscc_required !== false || e.subject_type === 'sole_trader')) {
          ctx.addIssue({ code: 'custom', path: ['uscc'], message: '组织和个体工商户必须填写统一社会信用代码' });
        }
        if (e.id_masked) ctx.addIssue({ code: 'custom', path: ['id_masked'], message: '证件号码只填写自然人的；组织和个体工商户填统一社会信用代码' });
      } else if (e.uscc) {
        ctx.addIssue({ code: 'custom', path: ['uscc'], message: '自然人不填统一社会信用代码' });
      }
      if ((meta.kind === 'blacklist' || meta.kind === 'warning') && !e.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '黑名单和预警名单必须填写失信行为/列入事由' });
      if (meta.kind === 'redlist' && !e.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '红名单必须填写列入事由（守信表现，例如“连续三年纳税信用评价为 A 级”）' });
      if (e.removed_on && !e.removal_reason) ctx.addIssue({ code: 'custom', path: ['removal_reason'], message: '填写了移出日期，必须同时填写移出原因' });
      if (e.removal_reason && !e.removed_on) ctx.addIssue({ code: 'custom', path: ['removed_on'], message: '填写了移出原因，必须同时填写移出日期' });
      if (e.expires_on && e.expires_on < e.listed_on) ctx.addIssue({ code: 'custom', path: ['expires_on'], message: `公示截止日期 ${e.expires_on} 早于列入日期 ${e.listed_on}` });
      if (e.removed_on && e.removed_on < e.listed_on) ctx.addIssue({ code: 'custom', path: ['removed_on'], message: `移出日期 ${e.removed_on} 早于列入日期 ${e.listed_on}` });
    });
}

export type ListEntry = z.infer<ReturnType<typeof entrySchemaFor>> & { extra: Record<string, string | number | undefined> };
