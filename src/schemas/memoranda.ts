/**
 * Controlled vocabulary of the national joint-punishment memoranda (联合惩戒合作备忘录) that the
 * measures of src/schemas/measures.ts rest on. The plan asks departments to punish "根据国家各部委
 * 签署的联合惩戒备忘录"; each measure names here the memoranda that provide it.
 *
 * National documents, the same for every city, and bound to the measure vocabulary (which is code):
 * kept beside measures.ts so that the type checker proves every measure names a memorandum that
 * exists, rather than a runtime message that no content editor could act on.
 *
 * The key is permanent (it is in URLs: /cases/memoranda/<key>/). Titles and document numbers are
 * copied from the published documents; a number that is not known for certain is left out rather
 * than guessed. To add a memorandum, append it here and name it in the measures it provides.
 */

export interface MemorandumSpec {
  /** Full official title, without the book-title marks, e.g. 关于对失信被执行人实施联合惩戒的合作备忘录. */
  title: string;
  /** A few characters for browse links and breadcrumbs, e.g. 失信被执行人. */
  short: string;
  /** Document number (文号) as printed, e.g. 发改财金〔2016〕141号; absent when not known for certain. */
  number?: string;
  /** Year the memorandum was signed and issued. */
  year: number;
  /** The departments that led it, in the order the document names them. */
  issuers: readonly [string, ...string[]];
  /** How many departments signed it in all, where the document says so (issuers are the first of them). */
  signatories?: number;
  /** Whom it concerns: the list or kind of subject its measures apply to. */
  concerns: string;
}

export const MEMORANDA = {
  'judgment-defaulters': {
    title: '关于对失信被执行人实施联合惩戒的合作备忘录',
    short: '失信被执行人',
    number: '发改财金〔2016〕141号',
    year: 2016,
    issuers: ['国家发展改革委', '最高人民法院'],
    signatories: 44,
    concerns: '人民法院依法公布的失信被执行人（失信被执行人名单），包括法人、其他组织和自然人，以及法人的法定代表人、主要负责人和直接责任人。',
  },
  'major-tax-violations': {
    title: '关于对重大税收违法案件当事人实施联合惩戒措施的合作备忘录',
    short: '重大税收违法',
    number: '发改财金〔2014〕3062号',
    year: 2014,
    issuers: ['国家发展改革委', '国家税务总局'],
    signatories: 21,
    concerns: '税务机关公布的重大税收违法案件当事人（税收违法“黑名单”），以及负有直接责任的法定代表人、财务负责人。',
  },
  'wage-arrears': {
    title: '关于对严重拖欠农民工工资用人单位及其有关人员开展联合惩戒的合作备忘录',
    short: '拖欠农民工工资',
    number: '发改财金〔2017〕2058号',
    year: 2017,
    issuers: ['国家发展改革委', '人力资源社会保障部'],
    concerns: '人力资源社会保障部门列入拖欠农民工工资“黑名单”的用人单位，以及其法定代表人、主要负责人和负有直接责任的有关人员。',
  },
  'food-drugs': {
    title: '关于对食品药品生产经营严重失信者开展联合惩戒的合作备忘录',
    short: '食品药品',
    number: '发改财金〔2016〕1962号',
    year: 2016,
    issuers: ['国家发展改革委', '国家食品药品监督管理总局'],
    concerns: '食品药品监管部门认定的食品药品生产经营严重失信企业，以及其法定代表人、主要负责人和直接责任人。',
  },
  environment: {
    title: '关于对环境保护领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录',
    short: '环境保护',
    number: '发改财金〔2016〕1580号',
    year: 2016,
    issuers: ['国家发展改革委', '环境保护部'],
    concerns: '环境保护领域严重违法失信的生产经营单位，以及其法定代表人、主要负责人和负有直接责任的有关人员。',
  },
  finance: {
    title: '关于对涉金融严重失信人实施联合惩戒的合作备忘录',
    short: '涉金融严重失信',
    number: '发改财金〔2017〕454号',
    year: 2017,
    issuers: ['国家发展改革委', '中国人民银行'],
    concerns: '涉金融严重失信人：恶意逃废金融债务、非法集资、金融欺诈等严重失信的单位和个人。',
  },
} as const satisfies Record<string, MemorandumSpec>;

export type MemorandumKey = keyof typeof MEMORANDA;
export const MEMORANDUM_KEYS = Object.keys(MEMORANDA) as [MemorandumKey, ...MemorandumKey[]];

/** `《标题》（文号）`, or `《标题》（年份年）` where the number is not known. */
export function memorandumCitation(key: MemorandumKey): string {
  const m: MemorandumSpec = MEMORANDA[key];
  return `《${m.title}》（${m.number ?? `${m.year} 年`}）`;
}
