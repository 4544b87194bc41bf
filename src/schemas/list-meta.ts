/** A published list's metadata, `data/lists/<list-id>/meta.yml`. */
import { z } from 'astro/zod';
import { httpsUrl, idKey, slug, text } from './common.ts';

/** Kinds of list. Shown with words and an icon, never by colour alone. */
export const LIST_KINDS = ['blacklist', 'warning', 'register', 'redlist'] as const;

/** Kinds whose entries are dishonesty (失信) records: registers and red lists are never counted with them. */
export const DISHONESTY_KINDS: readonly ListKind[] = ['blacklist', 'warning'];
export type ListKind = (typeof LIST_KINDS)[number];

export const SUBJECT_TYPES = ['org', 'person', 'sole_trader'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Types an extra column may have; each has its own check. */
export const COLUMN_TYPES = ['text', 'integer', 'decimal', 'date', 'enum'] as const;

/** How search uses a text column (see `search` below). */
export const COLUMN_SEARCH = ['identifier', 'name'] as const;

export const columnSchema = z.object({
  /** CSV header key, ASCII snake_case, e.g. `workers_affected`. */
  key: z.string({ error: '必填项为空' }).regex(/^[a-z][a-z0-9_]*$/, { error: '列名只能是小写英文字母、数字和下划线，以字母开头' }),
  /** Chinese label shown on pages and in downloads, e.g. 涉及人数. */
  label: text,
  /** Value type, checked on every row. */
  type: z.enum(COLUMN_TYPES, { error: `类型只能是 ${COLUMN_TYPES.join('、')}` }),
  /** Allowed values, for `enum`. */
  values: z.array(z.string()).optional(),
  /** Unit shown after the value, e.g. 元 or 人. */
  unit: z.string().optional(),
  /** Whether every row must fill it. */
  required: z.boolean().default(false),
  /** What the column means, for the data dictionary. */
  description: z.string().optional(),
  /**
   * How search finds an entry by this column (text columns only): `identifier`, a number a
   * person types whole (案号, 许可证编号, 车牌号; brackets and spaces do not matter); `name`, a
   * person or organisation named on the entry (直接责任人, 财务负责人), found like the subject's name.
   */
  search: z.enum(COLUMN_SEARCH, { error: `search 只能是 ${COLUMN_SEARCH.join('、')}（编号类写 identifier，人名或单位名称写 name）` }).optional(),
});

/** A disclosure period: a number of years (`3y`) or months (`6m`). */
export const periodSchema = z
  .string({ error: '必填项为空' })
  .regex(/^[1-9]\d*[ym]$/, { error: (i) => `公示期限“${String(i.input)}”格式不对，应写作 3y（3 年）或 6m（6 个月）` })
  // Longer than any legal disclosure period; also keeps end dates inside the calendar.
  .refine((s) => !/^\d+[ym]$/.test(s) || Number(s.slice(0, -1)) <= (s.endsWith('y') ? 50 : 600), { error: (i) => `公示期限“${String(i.input)}”太长：最长 50y（50 年）或 600m` });

/**
 * Objection and credit repair for this list (异议与信用修复), shown on every entry page: whether
 * an entry can be repaired before its period ends, the shortest time it stays published first,
 * the rules that say so, and the conditions in plain words.
 */
export const repairSchema = z
  .object({
    /** Whether a listed subject may apply to be taken down early after correcting its conduct. */
    allowed: z.boolean({ error: 'allowed 只能是 true（可以申请信用修复）或 false（依法不能提前修复）' }),
    /** Shortest time an entry stays published before repair can be applied for, e.g. `6m` or `1y`. */
    earliest: periodSchema.optional(),
    /** The rules on repair for this list, e.g. 《失信行为纠正后的信用信息修复管理办法（试行）》. */
    basis: text,
    /** Conditions and time limits in plain Chinese, one paragraph. */
    conditions: text,
  })
  .superRefine((r, ctx) => {
    if (!r.allowed && r.earliest) ctx.addIssue({ code: 'custom', path: ['earliest'], message: '不能信用修复的名单（allowed: false）不写最短公示期 earliest' });
  });

/** Where the law publishes the same information nationally; the national source prevails. */
export const nationalSourceSchema = z.object({
  /** The platform's name, e.g. 中国执行信息公开网. */
  name: text,
  /** Its address (https). */
  url: httpsUrl,
});

/**
 * Rules a row must keep with its list (checked with positions): which units may decide its
 * entries, and pairs of values that belong together (a column's value and the authority or
 * another column's values it requires).
 */
export const listRulesSchema = z.object({
  /** Unit ids that may appear in the authority column (default: only the list's authority). */
  authorities: z.array(idKey).min(1, { error: '至少一个单位编号' }).optional(),
  /** When `column` holds `value`, the column `then` must hold one of `allowed`. */
  pairs: z
    .array(
      z.object({
        column: z.string({ error: '必填项为空' }),
        value: z.string({ error: '必填项为空' }),
        then: z.string({ error: '必填项为空' }),
        allowed: z.array(z.string()).min(1, { error: '至少一个允许的值' }),
      }),
    )
    .default([]),
});

export const listMetaSchema = z
  .object({
    /** Title as published, e.g. 非法行医黑名单. */
    title: text,
    /** Area slug (content/areas). */
    area: slug,
    /** blacklist（黑名单）, warning（预警名单）, register（登记在册/资质名录）or redlist（红名单：守信激励对象）. */
    kind: z.enum(LIST_KINDS, { error: '名单类别只能是 blacklist（黑名单）、warning（预警名单）、register（登记名录）或 redlist（红名单，守信激励）' }),
    /** Unit id of the authority that decides listings. */
    authority: idKey,
    /** National laws, regulations and rules under which the list is published (not the city's plan). */
    legal_basis: text,
    /** The part of the city's plan the list carries out, e.g. 二、（八）. */
    plan_ref: text.optional(),
    /** Objection and credit repair for this list's entries. */
    repair: repairSchema,
    /** The national platform that publishes the same list, if any. */
    national_source: nationalSourceSchema.optional(),
    /** Which units may decide entries, and values that belong together. */
    rules: listRulesSchema.default({ pairs: [] }),
    /** What the list is, for citizens, one paragraph. */
    description: text,
    /** Which kinds of subject the list may hold. */
    subject_kinds: z.array(z.enum(SUBJECT_TYPES, { error: '主体类型只能是 org、person 或 sole_trader' })).min(1, { error: '至少一种主体类型' }),
    /** Default disclosure period from the listing date, e.g. `3y`. */
    period: periodSchema,
    /**
     * Whether organisations on this list must have a USCC (default true, DESIGN.md). Set false
     * only where the subjects are by nature unregistered (illegal social organisations, journals):
     * a code, when given, is still checked.
     */
    uscc_required: z.boolean({ error: 'uscc_required 只能是 true 或 false' }).default(true),
    /** Extra columns beyond the core ones. */
    columns: z.array(columnSchema).default([]),
    /** The list's own data checks, run by validation. */
    checks: z
      .object({
        /** Fewest rows the file must have. */
        min_rows: z.number().int().min(0).optional(),
        /** Share of rows (0..1) in which a column must be filled, e.g. `{ legal_rep: 0.9 }`. */
        fill_rates: z.record(z.string(), z.number().min(0).max(1)).optional(),
      })
      .default({}),
  })
  .superRefine((m, ctx) => {
    const keys = new Set<string>();
    const labels = new Set<string>();
    m.columns.forEach((c, i) => {
      if (c.type === 'enum' && !c.values?.length) ctx.addIssue({ code: 'custom', path: ['columns', i, 'values'], message: 'enum 类型的列必须列出可选值 values' });
      if (c.type !== 'enum' && c.values) ctx.addIssue({ code: 'custom', path: ['columns', i, 'values'], message: '只有 enum 类型的列才能写可选值 values' });
      if (c.search && c.type !== 'text') ctx.addIssue({ code: 'custom', path: ['columns', i, 'search'], message: `只有 text 类型的列才能写 search（这一列是 ${c.type}）` });
      if (keys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: `列名“${c.key}”重复` });
      // Downloads use the Chinese labels as CSV headers: they must tell columns apart.
      if (labels.has(c.label)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'label'], message: `中文列名“${c.label}”重复：下载文件以中文列名作表头，必须互不相同` });
      keys.add(c.key);
      labels.add(c.label);
    });
  });

export type ListMeta = z.infer<typeof listMetaSchema>;
export type RepairRules = z.infer<typeof repairSchema>;
export type ColumnSpec = z.infer<typeof columnSchema>;

export const LIST_KIND_LABELS: Record<ListKind, string> = {
  blacklist: '黑名单',
  warning: '预警名单',
  register: '登记在册',
  redlist: '红名单',
};

export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = {
  org: '法人及非法人组织',
  person: '自然人',
  sole_trader: '个体工商户',
};
