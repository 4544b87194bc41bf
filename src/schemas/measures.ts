/**
 * Controlled vocabulary of joint-punishment measures (联合惩戒措施) a typical case may list.
 * The key is permanent (it is in URLs: /cases/measure/<key>/); the label is what readers see.
 * To add a measure, append a row here with its basis; never rename or remove a key once a case uses it.
 */
import type { MemorandumKey } from './memoranda.ts';

/**
 * What a measure rests on: the national memoranda that provide it (at least one), or `'law'` for
 * an ordinary penalty or step of procedure (罚款, 移送司法机关, 列入名单…) whose basis is the law
 * applied in the decision itself.
 */
export type MeasureBasis = 'law' | readonly [MemorandumKey, ...MemorandumKey[]];

export interface MeasureSpec {
  /** Chinese label as the measure is usually written in decisions. */
  label: string;
  /** One line for the browse page: what the measure means for the subject. */
  description: string;
  /** The memoranda it rests on, or the law applied in the decision. */
  basis: MeasureBasis;
}

export const MEASURES = {
  'restrict-high-consumption': { label: '限制高消费', description: '限制乘坐飞机、高铁一等座，限制在星级以上宾馆消费、购置不动产等非生活和工作必需的消费。', basis: ['judgment-defaulters'] },
  'restrict-exit': { label: '限制出境', description: '依法限制被执行人或其法定代表人出境。', basis: ['judgment-defaulters', 'major-tax-violations'] },
  'restrict-procurement': { label: '限制参与政府采购', description: '一定期限内禁止参加政府采购活动。', basis: ['judgment-defaulters', 'major-tax-violations', 'wage-arrears', 'food-drugs', 'environment', 'finance'] },
  'restrict-bidding': { label: '限制参与招标投标', description: '限制参与依法必须招标的工程建设项目投标。', basis: ['judgment-defaulters', 'wage-arrears'] },
  'restrict-financing': { label: '限制融资信贷', description: '金融机构在授信审批中从严审核或不予授信。', basis: ['judgment-defaulters', 'major-tax-violations', 'wage-arrears', 'environment', 'finance'] },
  'restrict-subsidy': { label: '限制申请财政资金', description: '限制申请政府补贴、专项资金和政策扶持。', basis: ['judgment-defaulters', 'wage-arrears', 'food-drugs', 'environment'] },
  'restrict-market-entry': { label: '限制市场准入', description: '限制新设企业、从事特定行业或取得相关资质。', basis: ['judgment-defaulters', 'food-drugs', 'finance'] },
  'restrict-position': { label: '限制担任高管', description: '限制担任企业、社会组织的法定代表人、董事、监事和高级管理人员。', basis: ['judgment-defaulters', 'major-tax-violations', 'food-drugs'] },
  'restrict-honours': { label: '取消评优评先', description: '取消参加评先评优和荣誉称号评选的资格。', basis: ['judgment-defaulters', 'major-tax-violations', 'wage-arrears', 'food-drugs', 'environment', 'finance'] },
  'revoke-licence': { label: '吊销许可证照', description: '吊销或撤销营业执照、经营许可证、执业证书等证照。', basis: 'law' },
  'suspend-business': { label: '责令停业整顿', description: '责令停产停业、限期整改。', basis: 'law' },
  fine: { label: '罚款', description: '依法处以罚款。', basis: 'law' },
  confiscation: { label: '没收违法所得', description: '没收违法所得和非法财物。', basis: 'law' },
  'tax-recovery': { label: '追缴税款', description: '追缴税款、滞纳金。', basis: 'law' },
  'wage-recovery': { label: '追发欠薪', description: '责令支付或通过垫付等方式追发拖欠的劳动报酬。', basis: 'law' },
  'judicial-transfer': { label: '移送司法机关', description: '涉嫌犯罪的，依法移送公安机关或检察机关。', basis: 'law' },
  'judicial-detention': { label: '司法拘留', description: '人民法院依法对拒不履行义务的被执行人予以拘留。', basis: 'law' },
  blacklist: { label: '列入黑名单', description: '列入严重失信主体名单（黑名单）并向社会公示。', basis: 'law' },
  'warning-list': { label: '列入重点关注名单', description: '列入预警或重点关注名单，加强日常监管。', basis: 'law' },
  'public-exposure': { label: '公开曝光', description: '通过政府网站、媒体公开曝光失信行为。', basis: 'law' },
  'credit-downgrade': { label: '降低信用等级', description: '下调信用评价等级，增加抽查频次。', basis: ['major-tax-violations'] },
  'exam-disqualification': { label: '取消考试资格', description: '取消当次考试成绩，一定期限内不得报名参加考试。', basis: 'law' },
  'competition-ban': { label: '禁赛', description: '一定期限内禁止参加体育赛事。', basis: 'law' },
  'fund-recovery': { label: '追回资金', description: '追回骗取、挪用的财政资金、医保基金或扶贫资金。', basis: 'law' },
} as const satisfies Record<string, MeasureSpec>;

export type MeasureKey = keyof typeof MEASURES;
export const MEASURE_KEYS = Object.keys(MEASURES) as [MeasureKey, ...MeasureKey[]];

/** Key for a label, so that editors may write either 限制出境 or restrict-exit. */
export const MEASURE_BY_LABEL: ReadonlyMap<string, MeasureKey> = new Map(MEASURE_KEYS.map((k) => [MEASURES[k].label, k]));

export function measureLabel(key: MeasureKey): string {
  return MEASURES[key].label;
}

/** The memoranda a measure rests on (none for a measure whose basis is the law applied). */
export function measureMemoranda(key: MeasureKey): readonly MemorandumKey[] {
  const b: MeasureBasis = MEASURES[key].basis;
  return b === 'law' ? [] : b;
}
