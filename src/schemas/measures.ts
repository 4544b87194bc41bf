/**
 * Controlled vocabulary of joint-punishment measures (联合惩戒措施) a typical case may list.
 * The key is permanent (it is in URLs: /cases/measure/<key>/); the label is what readers see.
 * To add a measure, append a row here; never rename or remove a key once a case uses it.
 */

export interface MeasureSpec {
  /** Chinese label as the measure is usually written in decisions. */
  label: string;
  /** One line for the browse page: what the measure means for the subject. */
  description: string;
}

export const MEASURES = {
  'restrict-high-consumption': { label: '限制高消费', description: '限制乘坐飞机、高铁一等座，限制在星级以上宾馆消费、购置不动产等非生活和工作必需的消费。' },
  'restrict-exit': { label: '限制出境', description: '依法限制被执行人或其法定代表人出境。' },
  'restrict-procurement': { label: '限制参与政府采购', description: '一定期限内禁止参加政府采购活动。' },
  'restrict-bidding': { label: '限制参与招标投标', description: '限制参与依法必须招标的工程建设项目投标。' },
  'restrict-financing': { label: '限制融资信贷', description: '金融机构在授信审批中从严审核或不予授信。' },
  'restrict-subsidy': { label: '限制申请财政资金', description: '限制申请政府补贴、专项资金和政策扶持。' },
  'restrict-market-entry': { label: '限制市场准入', description: '限制新设企业、从事特定行业或取得相关资质。' },
  'restrict-position': { label: '限制担任高管', description: '限制担任企业、社会组织的法定代表人、董事、监事和高级管理人员。' },
  'restrict-honours': { label: '取消评优评先', description: '取消参加评先评优和荣誉称号评选的资格。' },
  'revoke-licence': { label: '吊销许可证照', description: '吊销或撤销营业执照、经营许可证、执业证书等证照。' },
  'suspend-business': { label: '责令停业整顿', description: '责令停产停业、限期整改。' },
  fine: { label: '罚款', description: '依法处以罚款。' },
  confiscation: { label: '没收违法所得', description: '没收违法所得和非法财物。' },
  'tax-recovery': { label: '追缴税款', description: '追缴税款、滞纳金。' },
  'wage-recovery': { label: '追发欠薪', description: '责令支付或通过垫付等方式追发拖欠的劳动报酬。' },
  'judicial-transfer': { label: '移送司法机关', description: '涉嫌犯罪的，依法移送公安机关或检察机关。' },
  'judicial-detention': { label: '司法拘留', description: '人民法院依法对拒不履行义务的被执行人予以拘留。' },
  blacklist: { label: '列入黑名单', description: '列入严重失信主体名单（黑名单）并向社会公示。' },
  'warning-list': { label: '列入重点关注名单', description: '列入预警或重点关注名单，加强日常监管。' },
  'public-exposure': { label: '公开曝光', description: '通过政府网站、媒体公开曝光失信行为。' },
  'credit-downgrade': { label: '降低信用等级', description: '下调信用评价等级，增加抽查频次。' },
  'exam-disqualification': { label: '取消考试资格', description: '取消当次考试成绩，一定期限内不得报名参加考试。' },
  'competition-ban': { label: '禁赛', description: '一定期限内禁止参加体育赛事。' },
  'fund-recovery': { label: '追回资金', description: '追回骗取、挪用的财政资金、医保基金或扶贫资金。' },
} as const satisfies Record<string, MeasureSpec>;

export type MeasureKey = keyof typeof MEASURES;
export const MEASURE_KEYS = Object.keys(MEASURES) as [MeasureKey, ...MeasureKey[]];

/** Key for a label, so that editors may write either 限制出境 or restrict-exit. */
export const MEASURE_BY_LABEL: ReadonlyMap<string, MeasureKey> = new Map(MEASURE_KEYS.map((k) => [MEASURES[k].label, k]));

export function measureLabel(key: MeasureKey): string {
  return MEASURES[key].label;
}
