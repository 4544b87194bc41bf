/**
 * Writes the FICTIONAL sample typical cases, `content/cases/<yyyy>/<case-id>.mdx`.
 *
 *   npx tsx scripts/generate-sample-cases.ts [--seed 20190510]
 *
 * Seeded: the same seed and the same lists give the same files, byte for byte. Every name is
 * invented and anonymised the way published cases are (兰州某某建筑劳务有限公司、王某); every
 * source points at the reserved domain example.org. Run it AFTER the sample lists exist
 * (scripts/generate-sample-data.ts): some cases refer to list entries (`list-id/entry-id`), chosen
 * among entries disclosed on SAMPLE_DATE, and two refer to entries taken down by then, so that
 * the pages show how a case reads when its subject's entry is no longer disclosed.
 *
 * It replaces only files it wrote itself (they start with GENERATED_MARK); hand-written cases stay.
 */
import { loadCity } from '../src/lib/load/city.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadAreas } from '../src/lib/areas/load.ts';
import type { LoadContext } from '../src/lib/load/context.ts';
import { loadLists, type EntryRecord, type ListRecord } from '../src/lib/lists/load.ts';
import { loadUnits } from '../src/lib/load/units.ts';
import { formatIssue } from '../src/lib/issues.ts';
import { mulberry32, randomTools } from './lib/random.ts';
import { addDays, dateLabel } from '../src/lib/dates.ts';
import { readArgs } from './lib/args.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';

const { values: opts } = readArgs({ seed: { type: 'string', default: '20190510' } }, 'npx tsx scripts/generate-sample-cases.ts [--seed N]');
const SEED = Number(opts.seed);
/** The tests' disclosure date: referenced entries are chosen by their status on this day. */
const SAMPLE_DATE = SAMPLE_DAY;
/** The plan was issued on 2019-05-10; the first cases follow it. */
const FIRST_DAY = '2019-06-01';
const GENERATED_MARK = '# 虚构示例案例：由 scripts/generate-sample-cases.ts 生成，请勿手工修改（重新生成会覆盖）';

const rand = mulberry32(SEED);
const { int, pick } = randomTools(rand);

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
function yuanText(n: number): string {
  if (n >= 10000) return `${(n / 10000).toFixed(2).replace(/\.?0+$/, '')}万元`;
  return `${n}元`;
}

// ---------------------------------------------------------------------------------------------
// Scenarios: one per sample case. Text placeholders: {S} the subject as the text names it,
// {A0} {A1} the amounts, {M} the fine, {D} the decision date.

type SubjectKind = 'org' | 'person' | 'sole_trader';
interface Scenario {
  area: string;
  title: string;
  summary: string;
  /** How the free-text subject is invented (when the case does not refer to a list entry). */
  subject: { kind: SubjectKind; trade: string; role: string };
  /** A second subject named only in the case text (e.g. the legal representative). */
  person?: { role: string };
  authorities: string[];
  joint?: string[];
  /** Measures by Chinese label; `fine` gets an amount. */
  measures: string[];
  fine?: [number, number];
  amounts?: { label: string; range: [number, number] }[];
  outcome: string;
  story: string[];
  facts?: string[];
  /** Offsets in days from the decision (≤ 0) and what happened. */
  timeline?: [number, string][];
  /** Refer to an entry of this list, disclosed on SAMPLE_DATE (or taken down, with `takenDown`). */
  ref?: string;
  takenDown?: 'expired' | 'removed';
  /** Not before this day (the law the text cites took effect then). */
  since?: string;
  source: { title: string; issuer: string };
}

const S: Scenario[] = [
  // 01 电信网络诈骗
  {
    area: 'telecom-fraud', since: '2022-12-01', title: '{S}违规出租虚拟号码为电信诈骗提供通信服务被依法惩戒',
    summary: '{S}在未落实实名登记的情况下批量出租虚拟号码，部分号码被用于冒充客服实施诈骗。公安机关会同相关部门依法查处，对该公司处以罚款并吊销相关经营许可，相关责任人员移送司法机关。',
    subject: { kind: 'org', trade: '通信科技', role: '违法企业' }, person: { role: '法定代表人' },
    authorities: ['public-security'], joint: ['cyberspace', 'market-regulation'],
    measures: ['罚款', '吊销许可证照', '移送司法机关', '公开曝光'], fine: [200000, 500000],
    amounts: [{ label: '涉案诈骗金额', range: [1200000, 3800000] }],
    outcome: '相关责任人员已被移送检察机关审查起诉，涉案号码全部关停。',
    story: ['公安机关在侦办一起冒充电商客服诈骗案时发现，作案使用的号码均来自{S}。经查，该公司在开展虚拟号码转售业务时未核验用户真实身份，向无关人员批量出租号码，涉及诈骗金额{A0}。', '依据《中华人民共和国反电信网络诈骗法》，市公安局会同市委网信办、市市场监督管理局对该公司作出处罚，责令关停全部违规号码，并将掌握情况的责任人员移送司法机关。', '办案单位提示：任何单位和个人不得非法买卖、出租、出借电话卡和物联网卡。'],
    timeline: [[-75, '接到群众报案，立案侦查。'], [-40, '查明作案号码来源，对该公司开展检查。'], [0, '作出行政处罚决定，关停违规号码。']],
    source: { title: '市公安局通报一起违规出租虚拟号码案件', issuer: '市公安局' },
  },
  {
    area: 'telecom-fraud', since: '2020-10-10', title: '{S}等人为电信诈骗团伙转移资金被追究刑事责任',
    summary: '{S}等人出租、出售本人银行账户并参与“跑分”，帮助诈骗团伙转移资金。公安机关将其移送司法机关，金融管理部门对涉案账户采取限制措施。',
    subject: { kind: 'person', trade: '', role: '犯罪嫌疑人' },
    authorities: ['public-security'], joint: ['finance-office'],
    measures: ['移送司法机关', '限制融资信贷', '公开曝光'],
    amounts: [{ label: '转移资金', range: [600000, 2500000] }],
    outcome: '{S}等人被以帮助信息网络犯罪活动罪提起公诉，涉案账户已被依法冻结。',
    story: ['{S}在网上接受他人招揽，将本人及亲友名下的银行卡出租给诈骗团伙使用，并按转账流水收取“佣金”，累计帮助转移资金{A0}。', '市公安局依法将{S}等人移送检察机关审查起诉。市政府金融办通报辖区银行机构，对相关人员在一定期限内暂停非柜面业务、从严审核授信。'],
    facts: ['出租、出售银行卡和电话卡属于违法行为', '“跑分”“刷流水”是帮助诈骗团伙洗钱'],
    source: { title: '“断卡”行动典型案例通报', issuer: '市公安局' },
  },
  // 02 互联网虚假信息、造谣传谣
  {
    area: 'online-rumours', title: '网民{S}编造自来水污染谣言被依法处罚',
    summary: '网民{S}在短视频平台编造“某区自来水被污染”的虚假信息，引发部分群众恐慌。公安机关依法对其处以行政拘留和罚款，网信部门对相关账号予以处置并纳入重点关注。',
    subject: { kind: 'person', trade: '', role: '违法行为人' },
    authorities: ['public-security'], joint: ['cyberspace'],
    measures: ['罚款', '列入重点关注名单', '公开曝光'], fine: [500, 1000],
    outcome: '{S}已删除相关视频并公开致歉，其账号被平台禁言三十日。',
    story: ['{S}为博取关注，将外地旧视频剪辑后配以“本市自来水被污染、千万别喝”等字样发布，短时间内被转发数千次。', '经核查，供水企业水质检测全部合格，相关信息纯属编造。市公安局依据《中华人民共和国治安管理处罚法》对{S}作出处罚；市委网信办督促平台处置相关账号。'],
    source: { title: '关于一起网络谣言案件的情况通报', issuer: '市公安局' },
  },
  {
    area: 'online-rumours', title: '{S}组织“水军”有偿删帖和发布虚假信息被查处',
    summary: '{S}以“舆情优化”为名，有偿组织网络“水军”删除负面信息、发布虚假评价。市场监管部门没收违法所得并处罚款，涉嫌犯罪线索移送公安机关。',
    subject: { kind: 'org', trade: '网络科技', role: '违法企业' },
    authorities: ['market-regulation'], joint: ['cyberspace', 'public-security'],
    measures: ['没收违法所得', '罚款', '移送司法机关'], fine: [100000, 300000],
    amounts: [{ label: '违法所得', range: [80000, 260000] }],
    outcome: '该公司已停止相关业务，涉嫌非法经营的线索由公安机关立案侦查。',
    story: ['市委网信办在网络生态治理中发现，{S}在多个平台招揽“删帖”“控评”业务，按条收费，并组织兼职人员批量发布虚假好评。', '市市场监督管理局依据《中华人民共和国反不正当竞争法》没收其违法所得{A0}，并处罚款。'],
    source: { title: '网络生态治理典型案例', issuer: '市委网信办' },
  },
  // 03 涉金融
  {
    area: 'financial', title: '{S}以高息为诱饵非法吸收公众存款被列入黑名单',
    summary: '{S}以“养老项目投资”名义承诺高额回报，向社会公众非法吸收资金。公安机关立案侦查，金融管理部门将其列入涉金融严重失信人名单，对其实际控制人限制出境。',
    subject: { kind: 'org', trade: '投资咨询', role: '涉案企业' }, person: { role: '实际控制人' },
    authorities: ['finance-office'], joint: ['public-security', 'market-regulation'],
    measures: ['移送司法机关', '列入黑名单', '限制出境', '限制担任高管'],
    amounts: [{ label: '非法吸收资金', range: [8000000, 26000000] }],
    outcome: '案件已进入司法程序，追赃挽损工作正在进行。',
    story: ['{S}通过举办讲座、赠送礼品等方式，向中老年群体推介所谓“养老项目”，承诺年化收益百分之十五以上，累计吸收资金{A0}。', '市政府金融办会同公安、市场监管部门开展联合处置，依法将案件移送侦查，并将该企业及其实际控制人列入涉金融严重失信人名单。'],
    timeline: [[-120, '接到群众举报，开展风险排查。'], [-60, '公安机关立案侦查。'], [0, '列入涉金融严重失信人名单。']],
    source: { title: '防范非法集资典型案例', issuer: '市政府金融办' },
  },
  {
    area: 'financial', title: '恶意逃废银行债务企业被列入涉金融严重失信人名单',
    summary: '涉案企业转移资产、恶意逃废银行贷款，经认定列入涉金融严重失信人名单，各金融机构对其从严审核授信，其负责人被限制高消费。',
    subject: { kind: 'org', trade: '商贸', role: '借款人' },
    authorities: ['finance-office'], joint: ['market-regulation'],
    measures: ['列入黑名单', '限制融资信贷', '限制高消费'],
    amounts: [{ label: '逃废债务', range: [3000000, 9000000] }],
    outcome: '经联合惩戒，涉案企业已与贷款银行达成还款协议，首期款项已归还。',
    story: ['涉案企业在贷款到期前将主要资产低价转让给关联公司，以“无力偿还”为由拒不归还银行贷款{A0}。', '市政府金融办依据涉金融严重失信人认定办法，将其列入名单并推送各金融机构。'],
    ref: 'financial-dishonesty',
    source: { title: '关于公布涉金融严重失信人名单的通知', issuer: '市政府金融办' },
  },
  // 04 生态环境
  {
    area: 'environment', title: '{S}通过暗管偷排超标废水被罚款并列入黑名单',
    summary: '{S}利用暗管将未经处理的生产废水直接排放，生态环境部门依法处以罚款、责令停产整治，并将其列入环保信用严重失信名单。',
    subject: { kind: 'org', trade: '化工', role: '排污单位' },
    authorities: ['ecology-environment'], joint: ['public-security'],
    measures: ['罚款', '责令停业整顿', '列入黑名单', '降低信用等级'], fine: [500000, 1200000],
    outcome: '企业已拆除暗管、完成整改，经核查后恢复生产；环境信用等级降为“不良”。',
    story: ['生态环境执法人员在夜间突击检查中发现，{S}厂区内设有一条通往雨水管网的暗管，生产废水未经处理直接外排，化学需氧量超标数倍。', '市生态环境局依据《中华人民共和国水污染防治法》作出处罚，并依照环境信用评价办法下调其信用等级。'],
    facts: ['暗管偷排属于逃避监管的违法排污行为', '按日连续处罚可累计计罚'],
    source: { title: '生态环境违法典型案例通报', issuer: '市生态环境局' },
  },
  {
    area: 'environment', since: '2019-11-01', title: '环评机构编制环评文件弄虚作假被列入失信名单',
    summary: '涉案环评机构在编制环境影响报告表时抄袭其他项目数据，被认定为弄虚作假，生态环境部门对其罚款并列入环评失信名单。',
    subject: { kind: 'org', trade: '环境技术咨询', role: '环评机构' },
    authorities: ['ecology-environment'],
    measures: ['罚款', '列入黑名单', '限制市场准入', '公开曝光'], fine: [100000, 300000],
    outcome: '该机构编制的相关报告全部退回重编，编制人员被禁止从事环评文件编制工作。',
    story: ['技术复核发现，涉案机构编制的一份报告表中，监测数据与另一项目完全一致，部分内容与项目实际情况明显不符。', '市生态环境局依据《建设项目环境影响报告书（表）编制监督管理办法》作出处理，并在失信名单中公示。'],
    ref: 'eia-agencies',
    source: { title: '环评文件复核情况通报', issuer: '市生态环境局' },
  },
  // 05 扶贫脱贫
  {
    area: 'poverty-relief', title: '{S}虚报项目套取扶贫资金被追回并移送司法机关',
    summary: '{S}虚报种植规模和农户数量，套取产业扶贫补助资金。农业农村部门追回全部资金，取消其申请财政资金资格，相关人员移送司法机关。',
    subject: { kind: 'org', trade: '农业专业合作社', role: '项目实施主体' }, person: { role: '理事长' },
    authorities: ['agriculture-rural'], joint: ['finance-office'],
    measures: ['追回资金', '限制申请财政资金', '移送司法机关'],
    amounts: [{ label: '套取扶贫资金', range: [300000, 900000] }],
    outcome: '套取资金已全部追回；合作社理事长被依法追究刑事责任。',
    story: ['{S}在申报产业扶贫项目时，将未实际种植的土地计入种植面积，并虚报带动脱贫户数量，骗取补助资金{A0}。', '市农业农村局在项目验收抽查中发现问题，依法追回资金，并按规定将其列入财政资金申报失信记录。'],
    timeline: [[-90, '项目验收抽查发现种植面积不符。'], [-45, '核实农户名册，确认虚报。'], [0, '作出追回资金决定，移送司法机关。']],
    source: { title: '扶贫领域失信问题典型案例', issuer: '市农业农村局' },
  },
  {
    area: 'poverty-relief', title: '{S}承建扶贫工程偷工减料被限制参与招投标',
    summary: '{S}在承建农村饮水安全工程中偷工减料、延误工期，被处以罚款并限制参与依法必须招标项目的投标。',
    subject: { kind: 'org', trade: '水利工程', role: '施工单位' },
    authorities: ['agriculture-rural'], joint: ['market-regulation'],
    measures: ['罚款', '限制参与招标投标', '公开曝光'], fine: [80000, 200000],
    outcome: '企业已返工整改并通过验收，三年内不得参与本市财政投资项目投标。',
    story: ['验收时发现，{S}承建的饮水工程管材壁厚不达标，部分管段埋深不足，已出现渗漏。', '市农业农村局责令返工，并会同有关部门对其作出限制投标的惩戒措施。'],
    source: { title: '扶贫项目工程质量问题通报', issuer: '市农业农村局' },
  },
  // 06 无证行医
  {
    area: 'illegal-medical', since: '2020-06-01', title: '居民区内无证开展输液诊疗被罚款并列入非法行医黑名单',
    summary: '{S}未取得医师资格和医疗机构执业许可，在居民区内开展输液等诊疗活动。卫生健康部门没收药品器械、处以罚款，并将其列入非法行医黑名单。',
    subject: { kind: 'person', trade: '', role: '违法行为人' },
    authorities: ['health-commission'], joint: ['market-regulation'],
    measures: ['没收违法所得', '罚款', '列入黑名单'], fine: [30000, 100000],
    outcome: '违法场所已被取缔，{S}被列入非法行医黑名单。',
    story: ['群众举报称，某居民楼内有人长期为患者输液。卫生监督人员现场检查发现，{S}未取得任何执业资质，擅自开展诊疗活动。', '市卫健委依据《中华人民共和国基本医疗卫生与健康促进法》对其作出处罚，没收药品和器械。'],
    facts: ['在非医疗机构输液风险极高', '就医前可在本站“具有资质的医疗机构和医生信息”中查询'],
    ref: 'illegal-medical-practice',
    source: { title: '打击非法行医专项行动典型案例', issuer: '市卫健委' },
  },
  {
    area: 'illegal-medical', title: '{S}出租医疗机构执业许可证被吊销',
    summary: '{S}将《医疗机构执业许可证》出租给无资质人员开展诊疗活动，卫生健康部门吊销其执业许可证并处以罚款。',
    subject: { kind: 'sole_trader', trade: '诊所', role: '医疗机构' },
    authorities: ['health-commission'],
    measures: ['吊销许可证照', '罚款', '列入黑名单'], fine: [50000, 150000],
    outcome: '许可证已被吊销，承租人员的非法行医行为另案处理。',
    story: ['检查发现，{S}的实际经营者并非登记的负责人，坐诊人员均无执业资格。经查，负责人以每年收取“管理费”的方式将许可证出租。', '市卫健委依法吊销其《医疗机构执业许可证》。'],
    source: { title: '医疗机构违法违规典型案例', issuer: '市卫健委' },
  },
  // 07 假药
  {
    area: 'fake-drugs', title: '药品经营企业销售假药被吊销许可证并列入黑名单',
    summary: '{S}从非法渠道购进并销售假药，市场监管部门没收假药和违法所得，处以罚款，吊销《药品经营许可证》，其负责人十年内禁止从事药品经营活动。',
    subject: { kind: 'org', trade: '医药连锁', role: '药品经营企业' },
    authorities: ['market-regulation'], joint: ['public-security', 'healthcare-security'],
    measures: ['没收违法所得', '罚款', '吊销许可证照', '列入黑名单', '限制担任高管'], fine: [300000, 800000],
    outcome: '涉案假药已全部下架销毁，企业负责人被限制从业。',
    story: ['市场监管部门在抽检中发现，涉案药店销售的某种降压药批号与生产企业记录不符，经检验为假药。', '依据《中华人民共和国药品管理法》，市市场监督管理局作出处罚，并将该企业列入制售假药违法失信名单。'],
    ref: 'fake-drugs',
    source: { title: '药品安全违法案件查处情况通报', issuer: '市市场监督管理局' },
  },
  {
    area: 'fake-drugs', title: '{S}通过网络销售假冒“特效药”被移送公安机关',
    summary: '{S}在社交平台宣称销售“进口抗癌特效药”，经查系假药。市场监管部门将案件移送公安机关，并对其处以罚款、列入黑名单。',
    subject: { kind: 'org', trade: '商贸', role: '违法企业' },
    authorities: ['market-regulation'], joint: ['public-security', 'cyberspace'],
    measures: ['移送司法机关', '罚款', '列入黑名单', '公开曝光'], fine: [200000, 600000],
    amounts: [{ label: '货值金额', range: [400000, 1500000] }],
    outcome: '涉案人员已被刑事拘留，网络店铺已被关闭。',
    story: ['{S}在多个社交群组发布“海外直邮特效药”广告，以远低于正规渠道的价格销售，货值{A0}。', '经药品检验机构检验，涉案药品不含标示成分。市市场监督管理局依法将案件移送公安机关。'],
    source: { title: '网络销售假药案件通报', issuer: '市市场监督管理局' },
  },
  // 08 拖欠工资
  {
    area: 'wage-arrears', since: '2020-05-01', title: '{S}拖欠农民工工资被列入“黑名单”并限制高消费',
    summary: '{S}拖欠某住宅项目农民工工资，经责令限期支付仍未支付。人社部门将其列入拖欠农民工工资“黑名单”，会同有关部门实施联合惩戒。',
    subject: { kind: 'org', trade: '建筑劳务', role: '用人单位' }, person: { role: '法定代表人' },
    authorities: ['human-resources'], joint: ['market-regulation', 'taxation', 'finance-office'],
    measures: ['追发欠薪', '列入黑名单', '限制参与招标投标', '限制高消费'],
    amounts: [{ label: '拖欠工资', range: [800000, 2200000] }, { label: '涉及农民工（人）', range: [30, 90] }],
    outcome: '在联合惩戒压力下，欠薪已全部支付。',
    story: ['{S}承接某住宅项目劳务分包后，以工程款未到位为由拖欠农民工工资{A0}。', '市人社局依据《保障农民工工资支付条例》责令其限期支付，逾期仍未支付，遂将其列入拖欠农民工工资“黑名单”，并推送相关部门在政府采购、招标投标、融资贷款等方面依法予以限制。'],
    timeline: [[-50, '接到农民工集体投诉，立案调查。'], [-30, '下达《劳动保障监察限期整改指令书》。'], [0, '逾期未支付，列入拖欠农民工工资“黑名单”。']],
    facts: ['欠薪线索可拨打 12333 举报', '列入“黑名单”的信息一般公示三年'],
    source: { title: '拖欠农民工工资“黑名单”典型案例', issuer: '市人社局' },
  },
  {
    area: 'wage-arrears', title: '拒不支付劳动报酬案件移送公安机关',
    summary: '涉案单位有能力支付而拒不支付劳动报酬，人社部门将案件移送公安机关，并将其列入“黑名单”。',
    subject: { kind: 'org', trade: '建设工程', role: '用人单位' },
    authorities: ['human-resources'], joint: ['public-security'],
    measures: ['移送司法机关', '列入黑名单', '限制参与政府采购'],
    amounts: [{ label: '拖欠工资', range: [400000, 1200000] }],
    outcome: '案件移送后，欠薪由工程总承包单位先行垫付。',
    story: ['涉案单位在收到工程款后将资金挪作他用，拒不支付农民工工资{A0}，负责人一度失联。', '市人社局认定其行为涉嫌拒不支付劳动报酬罪，依法移送公安机关。'],
    ref: 'wage-arrears',
    source: { title: '涉嫌拒不支付劳动报酬罪案件移送情况通报', issuer: '市人社局' },
  },
  {
    area: 'wage-arrears', title: '装饰工程企业拖欠农民工工资被列入“黑名单”',
    summary: '涉案企业拖欠农民工工资且逾期未改正，被列入拖欠农民工工资“黑名单”，受到联合惩戒。',
    subject: { kind: 'org', trade: '装饰工程', role: '用人单位' },
    authorities: ['human-resources'], joint: ['market-regulation'],
    measures: ['追发欠薪', '列入黑名单', '降低信用等级'],
    amounts: [{ label: '拖欠工资', range: [200000, 700000] }],
    outcome: '欠薪已在人社部门督促下支付完毕。',
    story: ['涉案企业在某商业综合体装修工程中拖欠农民工工资{A0}。', '市人社局依法将其列入“黑名单”，并在本平台公示。'],
    ref: 'wage-arrears',
    source: { title: '拖欠农民工工资失信联合惩戒对象名单', issuer: '市人社局' },
  },
  {
    area: 'wage-arrears', title: '餐饮企业拖欠员工工资被处罚后全部清偿',
    summary: '涉案餐饮企业拖欠员工工资，人社部门责令支付并处以罚款，将其列入拖欠农民工工资“黑名单”。',
    subject: { kind: 'org', trade: '餐饮管理', role: '用人单位' },
    authorities: ['human-resources'],
    measures: ['追发欠薪', '罚款', '列入黑名单'], fine: [20000, 50000],
    amounts: [{ label: '拖欠工资', range: [150000, 400000] }],
    outcome: '欠薪已全部支付。',
    story: ['涉案企业连续三个月拖欠员工工资{A0}，员工向劳动保障监察机构投诉。', '市人社局责令其限期支付并作出罚款决定。'],
    ref: 'wage-arrears', takenDown: 'expired',
    source: { title: '劳动保障监察典型案例', issuer: '市人社局' },
  },
  // 09 不合理低价游
  {
    area: 'cheap-tours', title: '旅行社组织“不合理低价游”强迫购物被列入失信名单',
    summary: '{S}以低于成本的价格招徕游客，在行程中安排强迫购物。文旅部门没收违法所得、处以罚款、责令停业整顿，并列入失信名单。',
    subject: { kind: 'org', trade: '国际旅行社', role: '旅行社' },
    authorities: ['culture-tourism'], joint: ['market-regulation'],
    measures: ['没收违法所得', '罚款', '责令停业整顿', '列入黑名单'], fine: [100000, 300000],
    outcome: '旅行社已停业整顿，游客购物款项已全部退还。',
    story: ['游客投诉称，参加{S}组织的“三日游”团费仅二百元，导游在行程中多次安排进店购物，并以不购物不能离店相威胁。', '市文旅局依据《中华人民共和国旅游法》作出处罚。'],
    ref: 'cheap-tours',
    source: { title: '旅游市场秩序整治典型案例', issuer: '市文旅局' },
  },
  {
    area: 'cheap-tours', title: '导游{S}诱导强迫游客购物被吊销导游证',
    summary: '导游{S}在带团过程中诱导、强迫游客购物并收取回扣，文旅部门吊销其导游证，没收违法所得并处罚款。',
    subject: { kind: 'person', trade: '', role: '导游' },
    authorities: ['culture-tourism'],
    measures: ['吊销许可证照', '没收违法所得', '罚款'], fine: [10000, 30000],
    outcome: '{S}的导游证已被吊销，三年内不得重新申请。',
    story: ['多名游客反映，导游{S}在景区途中擅自增加购物点，对不购物的游客冷嘲热讽。', '市文旅局调查核实后依法作出处罚。'],
    source: { title: '导游违法违规典型案例', issuer: '市文旅局' },
  },
  // 10 逃税骗税和“假发票”
  {
    area: 'tax-fraud', title: '{S}虚开增值税专用发票被移送公安机关',
    summary: '{S}在无真实交易的情况下对外虚开增值税专用发票。税务部门追缴税款、处以罚款，将其列为重大税收违法失信主体，并移送公安机关。',
    subject: { kind: 'org', trade: '商贸', role: '纳税人' }, person: { role: '法定代表人' },
    authorities: ['taxation'], joint: ['public-security', 'market-regulation', 'finance-office'],
    measures: ['追缴税款', '罚款', '移送司法机关', '列入黑名单', '限制出境'], fine: [500000, 1500000],
    amounts: [{ label: '虚开发票价税合计', range: [20000000, 60000000] }],
    outcome: '案件已移送公安机关；法定代表人被阻止出境。',
    story: ['税务部门通过发票数据分析发现，{S}成立不足一年，进项与销项严重不匹配，对外开具增值税专用发票价税合计{A0}。', '市税务局稽查局依法作出处理，公布其为重大税收违法失信主体。'],
    timeline: [[-150, '大数据分析发现异常，列入检查对象。'], [-70, '实地核查，确认无实际经营。'], [0, '作出税务处理处罚决定，移送公安机关。']],
    source: { title: '重大税收违法失信案件信息公布', issuer: '市税务局' },
  },
  {
    area: 'tax-fraud', title: '企业隐匿收入偷逃税款被列为重大税收违法失信主体',
    summary: '涉案企业通过个人账户收取货款、隐匿收入少缴税款，税务部门追缴税款和滞纳金、处以罚款，并公布为重大税收违法失信主体。',
    subject: { kind: 'org', trade: '建材', role: '纳税人' },
    authorities: ['taxation'], joint: ['finance-office'],
    measures: ['追缴税款', '罚款', '列入黑名单', '限制融资信贷', '降低信用等级'], fine: [300000, 900000],
    amounts: [{ label: '少缴税款', range: [800000, 2600000] }],
    outcome: '企业已补缴税款、滞纳金和罚款。',
    story: ['涉案企业长期使用股东个人银行账户收取货款，不开发票、不申报收入，少缴税款{A0}。', '市税务局依法追缴，并将其纳税信用等级直接判为 D 级。'],
    ref: 'major-tax-violations',
    source: { title: '税收违法案件曝光', issuer: '市税务局' },
  },
  {
    area: 'tax-fraud', title: '{S}骗取出口退税被追缴并移送司法机关',
    summary: '{S}虚构出口业务骗取出口退税，税务部门追回已退税款、停止其出口退税权，并移送公安机关。',
    subject: { kind: 'org', trade: '进出口贸易', role: '出口企业' },
    authorities: ['taxation'], joint: ['public-security'],
    measures: ['追缴税款', '移送司法机关', '限制出境'],
    amounts: [{ label: '骗取退税款', range: [1500000, 5000000] }],
    outcome: '已追回退税款，涉案人员被立案侦查。',
    story: ['{S}以“买单配票”方式虚构出口业务，骗取出口退税{A0}。', '市税务局会同公安机关开展联合打击。'],
    source: { title: '打击骗取出口退税典型案例', issuer: '市税务局' },
  },
  // 11 法院判决不执行
  {
    area: 'court-enforcement', title: '被执行人有能力履行而拒不履行被纳入失信被执行人名单',
    summary: '被执行人有履行能力而拒不履行生效判决，法院将其纳入失信被执行人名单，限制高消费、限制出境。',
    subject: { kind: 'org', trade: '房地产开发', role: '被执行人' },
    authorities: ['intermediate-court'], joint: ['public-security', 'finance-office'],
    measures: ['列入黑名单', '限制高消费', '限制出境'],
    amounts: [{ label: '执行标的', range: [2000000, 8000000] }],
    outcome: '案件仍在执行中。',
    story: ['涉案企业在败诉后转移资金，拒不履行判决确定的付款义务，执行标的{A0}。', '市中级人民法院依据《最高人民法院关于公布失信被执行人名单信息的若干规定》将其纳入失信被执行人名单。'],
    ref: 'dishonest-debtors',
    source: { title: '失信被执行人名单公布', issuer: '市中级人民法院' },
  },
  {
    area: 'court-enforcement', title: '被执行人{S}拒不履行判决被司法拘留并移送追究刑事责任',
    summary: '被执行人{S}隐匿财产、拒不履行判决，法院对其司法拘留十五日，并以涉嫌拒不执行判决、裁定罪移送公安机关。',
    subject: { kind: 'person', trade: '', role: '被执行人' },
    authorities: ['intermediate-court'], joint: ['public-security'],
    measures: ['司法拘留', '移送司法机关', '限制高消费'],
    amounts: [{ label: '执行标的', range: [300000, 1200000] }],
    outcome: '{S}在拘留期间由家属代为履行全部义务，法院依法解除拘留。',
    story: ['{S}在判决生效后将名下车辆过户给亲属，对法院的执行通知置之不理，执行标的{A0}。', '市中级人民法院依法对其采取司法拘留措施，并移送公安机关立案侦查。'],
    timeline: [[-100, '判决生效，申请执行人申请强制执行。'], [-40, '发现转移财产线索。'], [0, '决定司法拘留，移送公安机关。']],
    source: { title: '打击拒执犯罪典型案例', issuer: '市中级人民法院' },
  },
  {
    area: 'court-enforcement', title: '联合惩戒促使被执行企业主动履行全部义务',
    summary: '被执行企业被纳入失信被执行人名单后，在招标投标、融资信贷等方面受到限制，主动履行了全部义务，法院依法将其移出名单。',
    subject: { kind: 'org', trade: '建筑工程', role: '被执行人' },
    authorities: ['intermediate-court'], joint: ['finance-office', 'market-regulation'],
    measures: ['限制高消费', '限制参与招标投标', '限制融资信贷'],
    amounts: [{ label: '执行标的', range: [900000, 3000000] }],
    outcome: '企业履行全部义务后，法院已将其移出失信被执行人名单。',
    story: ['涉案企业因拖欠货款被判决付款，但迟迟未履行。', '纳入失信被执行人名单后，企业在参加投标时被拒，银行贷款审批也未通过，遂主动联系法院履行全部义务，执行标的{A0}。'],
    ref: 'dishonest-debtors', takenDown: 'removed',
    source: { title: '执行工作典型案例', issuer: '市中级人民法院' },
  },
  {
    area: 'court-enforcement', title: '{S}法定代表人被限制出境后履行判决',
    summary: '{S}长期未履行生效判决，法院对其法定代表人限制出境、限制高消费，企业随后履行了全部义务。',
    subject: { kind: 'org', trade: '实业', role: '被执行人' }, person: { role: '法定代表人' },
    authorities: ['intermediate-court'], joint: ['public-security'],
    measures: ['限制出境', '限制高消费'],
    amounts: [{ label: '执行标的', range: [500000, 2000000] }],
    outcome: '执行标的已全部履行，限制措施已解除。',
    story: ['{S}的法定代表人计划出境考察时被边检机关依法阻止，随后主动到法院履行了执行标的{A0}。'],
    source: { title: '执行联动典型案例', issuer: '市中级人民法院' },
  },
  // 12 交通运输
  {
    area: 'transport', title: '货运企业多次违法超限超载运输被列入失信名单',
    summary: '{S}所属货车一年内多次违法超限超载，交通运输部门处以罚款并将其列入严重违法超限超载运输失信当事人名单。',
    subject: { kind: 'org', trade: '物流', role: '道路运输企业' },
    authorities: ['transport'], joint: ['public-security'],
    measures: ['罚款', '列入黑名单', '降低信用等级'], fine: [30000, 90000],
    outcome: '企业已完成车辆整改，并对驾驶人员开展培训。',
    story: ['治超检测站记录显示，{S}名下车辆在一年内被查处超限超载五次，最高超限百分之一百二十。', '市交通委依据《公路安全保护条例》作出处罚，并列入失信当事人名单。'],
    ref: 'overloading-transport',
    source: { title: '严重违法超限超载运输失信当事人名单', issuer: '市交通委' },
  },
  {
    area: 'transport', title: '{S}客运车辆未按规定检测被责令停业整顿',
    summary: '{S}安排未按期检测的客车营运，交通运输部门处以罚款、责令停业整顿，并予以公开曝光。',
    subject: { kind: 'org', trade: '客运', role: '道路运输企业' },
    authorities: ['transport'],
    measures: ['罚款', '责令停业整顿', '公开曝光'], fine: [20000, 60000],
    outcome: '企业整改后通过复查，恢复营运。',
    story: ['执法检查发现，{S}有三辆客车综合性能检测已过期，仍在营运线路上载客。', '市交通委依法作出处理。'],
    source: { title: '道路运输安全执法检查通报', issuer: '市交通委' },
  },
  // 13 论文造假、考试作弊
  {
    area: 'research-exams', title: '科研人员论文数据造假被追回科研经费',
    summary: '涉案科研人员在科技计划项目成果中伪造实验数据，科技部门追回项目经费，记入科研失信行为记录，五年内不得申报财政科研项目。',
    subject: { kind: 'person', trade: '', role: '项目负责人' },
    authorities: ['science-technology'], joint: ['education'],
    measures: ['追回资金', '列入黑名单', '限制申请财政资金', '取消评优评先'],
    amounts: [{ label: '追回项目经费', range: [200000, 600000] }],
    outcome: '涉事论文已撤稿，项目经费已追回。',
    story: ['有同行举报某论文图片存在重复使用。经调查，项目负责人在结题成果中伪造部分实验数据。', '市科技局依据科研诚信有关规定作出处理，追回项目经费{A0}。'],
    ref: 'research-misconduct',
    source: { title: '科研失信行为调查处理结果', issuer: '市科技局' },
  },
  {
    area: 'research-exams', title: '{S}组织考试作弊被移送司法机关',
    summary: '{S}在职业资格考试中使用无线设备组织作弊，教育部门取消相关考生成绩，涉案人员被移送司法机关。',
    subject: { kind: 'person', trade: '', role: '组织者' },
    authorities: ['education'], joint: ['public-security'],
    measures: ['取消考试资格', '移送司法机关', '公开曝光'],
    outcome: '{S}被以组织考试作弊罪提起公诉；参与作弊的考生成绩作废。',
    story: ['考点无线电监测发现异常信号，监考人员在考场内查获作弊设备。', '经查，{S}事先招揽考生，收取费用后在考试中通过耳机传送答案。'],
    source: { title: '考试作弊案件查处通报', issuer: '市教育局' },
  },
  // 14 骗取保险
  {
    area: 'insurance-fraud', since: '2021-05-01', title: '{S}虚构诊疗项目骗取医保基金被追回并处罚款',
    summary: '{S}通过虚记诊疗项目、挂床住院等方式骗取医保基金，医保部门追回基金、处以罚款，并解除其定点服务协议。',
    subject: { kind: 'org', trade: '医院', role: '定点医疗机构' },
    authorities: ['healthcare-security'], joint: ['health-commission', 'public-security'],
    measures: ['追回资金', '罚款', '列入黑名单', '吊销许可证照'], fine: [300000, 1000000],
    amounts: [{ label: '骗取医保基金', range: [200000, 800000] }],
    outcome: '基金已全部追回，该机构的医保定点资格被取消。',
    story: ['医保大数据筛查发现，{S}部分住院患者长期不在院。经现场核查，该机构存在挂床住院和虚记检查项目问题，骗取医保基金{A0}。', '市医疗保障局依据《医疗保障基金使用监督管理条例》作出处理。'],
    timeline: [[-80, '大数据筛查发现异常。'], [-50, '现场突击检查。'], [0, '作出行政处罚决定，解除定点协议。']],
    source: { title: '欺诈骗保典型案例曝光', issuer: '市医疗保障局' },
  },
  {
    area: 'insurance-fraud', title: '故意制造交通事故骗取车险理赔被列入失信名单',
    summary: '涉案人员故意制造交通事故骗取保险理赔，被移送司法机关并列入骗取保险失信名单。',
    subject: { kind: 'person', trade: '', role: '违法行为人' },
    authorities: ['finance-office'], joint: ['public-security'],
    measures: ['移送司法机关', '列入黑名单'],
    amounts: [{ label: '骗取保险金', range: [60000, 240000] }],
    outcome: '涉案人员被依法判处刑罚，骗取的保险金已退赔。',
    story: ['保险公司在理赔中发现，同一批人员在两年内多次发生相似事故。', '经公安机关侦查，涉案人员故意制造事故骗取保险金{A0}。'],
    ref: 'insurance-fraud',
    source: { title: '打击保险欺诈典型案例', issuer: '市政府金融办' },
  },
  // 15 非法社会组织
  {
    area: 'social-organisations', title: '未经登记以“协会”名义收取会费的非法社会组织被取缔',
    summary: '{S}未经登记擅自以“协会”名义开展活动，收取会费、颁发牌匾。民政部门依法予以取缔，没收非法财产并公开曝光。',
    subject: { kind: 'org', trade: '发展促进会', role: '非法社会组织' },
    authorities: ['civil-affairs'], joint: ['public-security', 'market-regulation'],
    measures: ['没收违法所得', '列入黑名单', '公开曝光'],
    amounts: [{ label: '收取会费', range: [100000, 400000] }],
    outcome: '该组织已被取缔，相关网站和公众号已关闭。',
    story: ['群众反映，有“协会”向企业收取会费并颁发“诚信示范单位”牌匾。经查，该“协会”从未在民政部门登记。', '市民政局依据《社会团体登记管理条例》予以取缔，没收非法财产{A0}。'],
    ref: 'illegal-social-organisations',
    source: { title: '关于取缔非法社会组织的公告', issuer: '市民政局' },
  },
  {
    area: 'social-organisations', title: '{S}连续两年未参加年检被列入活动异常名录',
    summary: '{S}连续两年未按规定参加年度检查，民政部门将其列入活动异常名录，取消其参加评比表彰的资格。',
    subject: { kind: 'org', trade: '行业协会', role: '社会团体' },
    authorities: ['civil-affairs'],
    measures: ['列入重点关注名单', '取消评优评先'],
    outcome: '该社会团体已补报年检材料，正在审核中。',
    story: ['{S}自登记后连续两年未报送年度工作报告，也未参加年度检查。', '市民政局依据有关规定将其列入活动异常名录并向社会公示。'],
    source: { title: '社会组织年检结果公告', issuer: '市民政局' },
  },
  // 16 慈善捐助
  {
    area: 'charity', title: '无公开募捐资格以慈善名义网上募捐被列入失信名单',
    summary: '{S}不具备公开募捐资格，以“救助困难儿童”名义在网上公开募捐，所募款项部分用于个人消费。民政部门没收违法所得、处以罚款，并列入慈善领域失信名单。',
    subject: { kind: 'org', trade: '公益服务中心', role: '慈善组织' },
    authorities: ['civil-affairs'], joint: ['public-security', 'cyberspace'],
    measures: ['没收违法所得', '罚款', '列入黑名单', '公开曝光'], fine: [20000, 100000],
    amounts: [{ label: '违规募集资金', range: [300000, 900000] }],
    outcome: '剩余募捐款项已按原定用途使用，并向捐赠人公开了使用情况。',
    story: ['{S}在短视频平台发布求助视频，引导网民扫码捐款，累计募集{A0}。', '市民政局调查发现，该机构不具备公开募捐资格，且部分款项被负责人挪作他用，依据《中华人民共和国慈善法》作出处罚。'],
    ref: 'charity-dishonesty',
    source: { title: '慈善领域违法行为查处通报', issuer: '市民政局' },
  },
  {
    area: 'charity', title: '企业公开承诺捐赠后拒不履行被列入失信名单',
    summary: '涉案企业在公开活动中承诺捐赠，事后拒不履行，经督促仍不改正，民政部门将其列入慈善领域失信名单并公开曝光。',
    subject: { kind: 'org', trade: '房地产开发', role: '捐赠人' },
    authorities: ['civil-affairs'],
    measures: ['列入黑名单', '公开曝光', '取消评优评先'],
    amounts: [{ label: '承诺捐赠', range: [500000, 2000000] }],
    outcome: '企业已被取消参加年度慈善表彰的资格。',
    story: ['涉案企业在一场慈善晚会上公开承诺捐赠{A0}，用于乡村学校建设，此后以经营困难为由拒不履行。'],
    source: { title: '慈善捐赠失信行为通报', issuer: '市民政局' },
  },
  // 17 营业性演出
  {
    area: 'performances', title: '演出举办单位虚假宣传演出阵容被列入失信名单',
    summary: '{S}在宣传中使用未签约艺人的名义招揽观众，文旅部门处以罚款、列入营业性演出失信名单，一定期限内不得举办营业性演出。',
    subject: { kind: 'org', trade: '文化传媒', role: '演出举办单位' },
    authorities: ['culture-tourism'], joint: ['market-regulation'],
    measures: ['罚款', '列入黑名单', '限制市场准入'], fine: [50000, 200000],
    outcome: '主办方已按票面价格向观众退款。',
    story: ['{S}在宣传海报中列出多名知名艺人，演出当天上述艺人均未出现。', '市文旅局依据《营业性演出管理条例》作出处罚。'],
    ref: 'performance-violations',
    source: { title: '营业性演出市场执法典型案例', issuer: '市文旅局' },
  },
  {
    area: 'performances', title: '{S}囤积倒卖演出门票被没收违法所得',
    summary: '{S}使用软件抢购并高价倒卖演唱会门票，市场监管部门没收违法所得、处以罚款，并列入失信名单。',
    subject: { kind: 'person', trade: '', role: '违法行为人' },
    authorities: ['market-regulation'], joint: ['culture-tourism', 'public-security'],
    measures: ['没收违法所得', '罚款', '列入黑名单'], fine: [10000, 50000],
    amounts: [{ label: '违法所得', range: [30000, 120000] }],
    outcome: '涉案门票已作废并按原价退还购票人。',
    story: ['{S}使用抢票软件批量购买演唱会门票，以数倍价格在网上转售，违法所得{A0}。'],
    source: { title: '打击演出票务炒票行为典型案例', issuer: '市市场监督管理局' },
  },
  // 18 非法彩票
  {
    area: 'illegal-lottery', title: '经营场所销售“私彩”被依法查处',
    summary: '{S}在其经营场所内销售私自印制的“彩票”，公安机关没收赌资和违法所得，依法处罚并将其列入非法彩票失信名单。',
    subject: { kind: 'sole_trader', trade: '便利店', role: '经营者' },
    authorities: ['public-security'], joint: ['sports', 'civil-affairs', 'market-regulation'],
    measures: ['没收违法所得', '罚款', '移送司法机关', '列入黑名单'], fine: [3000, 10000],
    amounts: [{ label: '涉案金额', range: [50000, 300000] }],
    outcome: '涉案人员被移送检察机关审查起诉。',
    story: ['公安机关接群众举报，在{S}查获私自印制的彩票和投注记录，涉案金额{A0}。'],
    ref: 'illegal-lottery',
    source: { title: '打击非法彩票典型案例', issuer: '市公安局' },
  },
  {
    area: 'illegal-lottery', title: '{S}通过网络平台非法销售彩票被移送司法机关',
    summary: '{S}未经批准通过网站和聊天群组销售彩票并接受投注，公安机关依法立案侦查，网信部门关闭相关网站。',
    subject: { kind: 'org', trade: '网络科技', role: '违法企业' },
    authorities: ['public-security'], joint: ['cyberspace', 'sports'],
    measures: ['移送司法机关', '公开曝光'],
    amounts: [{ label: '投注金额', range: [1000000, 5000000] }],
    outcome: '相关网站已关闭，案件进入司法程序。',
    story: ['{S}搭建网站冒用福利彩票、体育彩票名义接受投注，投注金额{A0}。'],
    source: { title: '互联网非法售彩案件通报', issuer: '市公安局' },
  },
  // 19 假球黑哨、兴奋剂
  {
    area: 'sports-integrity', title: '业余联赛球员参与操纵比赛被禁赛',
    summary: '涉案球员在市业余足球联赛中收受他人财物、操纵比赛结果，体育部门对其禁赛五年，并列入体育领域失信名单。',
    subject: { kind: 'person', trade: '', role: '运动员' },
    authorities: ['sports'], joint: ['public-security'],
    measures: ['禁赛', '列入黑名单', '取消评优评先'],
    outcome: '涉事球队成绩被取消；涉嫌违法的线索已移送公安机关。',
    story: ['比赛监督发现，一场联赛中出现多次异常失误。经调查，涉案球员赛前收受他人财物，约定输球。', '市体育局依据相关赛事纪律规定作出处理。'],
    ref: 'sports-integrity',
    source: { title: '市业余足球联赛纪律处罚通报', issuer: '市体育局' },
  },
  {
    area: 'sports-integrity', title: '运动员{S}兴奋剂检测阳性被禁赛四年',
    summary: '运动员{S}在市运动会赛内兴奋剂检查中检测结果阳性，体育部门取消其比赛成绩，禁赛四年。',
    subject: { kind: 'person', trade: '', role: '运动员' },
    authorities: ['sports'],
    measures: ['禁赛', '取消评优评先', '公开曝光'],
    outcome: '{S}的比赛成绩和名次已被取消，相关奖金已追回。',
    story: ['市运动会期间，兴奋剂检查官对各项目前三名运动员进行赛内检查，{S}的样本中检出禁用物质。', '市体育局依据《反兴奋剂条例》作出处理。'],
    source: { title: '反兴奋剂违规处理决定', issuer: '市体育局' },
  },
];

// ---------------------------------------------------------------------------------------------

const root = resolve(process.cwd());
const ctx: LoadContext = { root, dataDir: join(root, 'data'), issues: [] };
const units = loadUnits(ctx);
const city = loadCity(ctx);
const areas = loadAreas(ctx, units, city);
const lists = loadLists(ctx, units, areas, city, SAMPLE_DATE);
if (ctx.issues.length) {
  for (const i of ctx.issues.slice(0, 20)) console.error(formatIssue(i));
  console.error(`数据有 ${ctx.issues.length} 个问题：请先修正（npm run validate），再生成示例案例。`);
  process.exit(1);
}
for (const s of S) {
  if (!areas.has(s.area)) throw new Error(`scenario area ${s.area} is not in content/areas`);
  for (const u of [...s.authorities, ...(s.joint ?? [])]) if (!units.has(u)) throw new Error(`unit ${u} is not in data/units.csv`);
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const PLACES = ['兰州', '兰州', '兰州', '甘肃', '兰州新区'];
const DISTRICTS = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'];

/** An anonymised name, the way published cases write them. */
function inventName(kind: SubjectKind, trade: string): string {
  if (kind === 'person') return `${pick([...SURNAMES])}${pick(['某', '某某'])}`;
  if (kind === 'sole_trader') return `${pick(DISTRICTS)}某${trade}`;
  return `${pick(PLACES)}某${pick(['', '某'])}${trade}有限公司`;
}

const used = new Set<string>();
/** A list entry to refer to: disclosed on SAMPLE_DATE, or taken down (expired / removed). */
function chooseEntry(list: ListRecord, want: 'active' | 'expired' | 'removed', since = FIRST_DAY): EntryRecord | undefined {
  const candidates = list.entries.filter((e) => e.status === want && !used.has(`${list.id}/${e.id}`) && e.listed_on >= maxDate(since, FIRST_DAY));
  // Prefer organisations: a case about a company reads most naturally.
  const orgs = candidates.filter((e) => e.subject_type === 'org');
  const pool = orgs.length ? orgs : candidates;
  if (!pool.length) return undefined;
  const e = pool[Math.floor(rand() * pool.length)]!;
  used.add(`${list.id}/${e.id}`);
  return e;
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
/** A day in `year` between FIRST_DAY (or `since`) and SAMPLE_DATE. */
function dayIn(year: number, since = FIRST_DAY): string {
  const from = maxDate(maxDate(`${year}-01-05`, FIRST_DAY), addDays(since, 50));
  const to = minDate(`${year}-12-20`, addDays(SAMPLE_DATE, -7));
  const span = Math.max(0, (Date.parse(to) - Date.parse(from)) / 86400000);
  return addDays(from, int(0, span));
}

interface Built {
  id?: string;
  year: string;
  front: Record<string, unknown>;
  body: string;
}

const built: Built[] = [];
let refs = 0;
let takenDown = 0;

// First the list entries the cases refer to (their dates follow the entries), then a year for
// every other case: the year with the fewest cases so far, so that cases spread over 2019–2026.
const plans = S.map((s) => {
  let refEntry: { list: string; entry: EntryRecord } | undefined;
  if (s.ref) {
    const list = lists.get(s.ref);
    const e = list ? chooseEntry(list, s.takenDown ?? 'active', s.since) : undefined;
    if (!list || !e) console.warn(`提示：名单 ${s.ref} 中没有合适的${s.takenDown ? '已停止公示' : '公示中'}条目，案例“${s.title}”改为不引用名单。`);
    else refEntry = { list: list.id, entry: e };
  }
  return { s, refEntry };
});
const perYear = new Map<number, number>(YEARS.map((y) => [y, 0]));
for (const p of plans) {
  if (!p.refEntry) continue;
  const y = Number(p.refEntry.entry.listed_on.slice(0, 4));
  perYear.set(y, (perYear.get(y) ?? 0) + 1);
}
const yearOf = new Map<Scenario, number>();
for (const p of plans) {
  if (p.refEntry) continue;
  const years = YEARS.filter((y) => `${y}-10-01` >= (p.s.since ?? FIRST_DAY));
  const fewest = Math.min(...years.map((y) => perYear.get(y)!));
  const year = pick(years.filter((y) => perYear.get(y) === fewest));
  perYear.set(year, perYear.get(year)! + 1);
  yearOf.set(p.s, year);
}

for (const { s, refEntry } of plans) {
  let decided: string;
  let published: string;
  if (refEntry) {
    // The decision comes first, the listing follows, the case is published while the entry is shown.
    decided = maxDate(addDays(refEntry.entry.listed_on, -int(0, 10)), s.since ?? FIRST_DAY);
    published = minDate(addDays(refEntry.entry.listed_on, int(3, 25)), SAMPLE_DATE);
    // An expired entry: the case was published while the entry was still shown. A removed one
    // (obligations fulfilled, credit repaired): the case tells of the removal, published after it.
    const e = refEntry.entry;
    if (e.status === 'expired') published = minDate(published, e.shown_until);
    if (e.status === 'removed' && e.removed_on) published = minDate(addDays(e.removed_on, int(3, 20)), SAMPLE_DATE);
    if (published < refEntry.entry.listed_on) published = refEntry.entry.listed_on;
  } else {
    published = dayIn(yearOf.get(s)!, s.since);
    decided = maxDate(addDays(published, -int(7, 45)), s.since ?? FIRST_DAY);
  }

  // Subjects: a list entry (its name comes from the list while it is disclosed), or an invented name.
  const name = refEntry ? undefined : inventName(s.subject.kind, s.subject.trade);
  // A referenced entry is never named in the case text: its name is shown from the list, and only while disclosed.
  const REF_TEXT = { person: '当事人', org: '涉案单位', sole_trader: '涉案个体工商户' } as const;
  const subjectText = name ?? REF_TEXT[refEntry!.entry.subject_type];
  const subjects: Record<string, unknown>[] = [refEntry ? { ref: `${refEntry.list}/${refEntry.entry.id}`, role: s.subject.role } : { name, role: s.subject.role }];
  if (s.person) subjects.push({ name: inventName('person', ''), role: s.person.role });

  const amounts = (s.amounts ?? []).map((a) => {
    const [lo, hi] = a.range;
    const step = hi >= 100000 ? 100 : 1;
    return { label: a.label, yuan: Math.round(int(lo, hi) / step) * step };
  });
  const fine = s.fine ? Math.round(int(s.fine[0], s.fine[1]) / 100) * 100 : undefined;
  const fill = (t: string) =>
    t
      .replaceAll('{S}', subjectText)
      .replaceAll('{A0}', amounts[0] ? (amounts[0].label.includes('人') ? `${amounts[0].yuan}人` : yuanText(amounts[0].yuan)) : '')
      .replaceAll('{A1}', amounts[1] ? yuanText(amounts[1].yuan) : '')
      .replaceAll('{M}', fine ? yuanText(fine) : '')
      .replaceAll('{D}', dateLabel(decided));

  const measures = s.measures.map((m) => (m === '罚款' && fine !== undefined ? { measure: m, amount_yuan: fine } : m));
  // Head counts are not money: keep them out of `amounts` (yuan only) and say them in the text.
  const moneyAmounts = amounts.filter((a) => !a.label.includes('人'));
  const source = {
    title: s.source.title,
    issuer: s.source.issuer,
    date: published,
    url: `https://example.org/lanzhou/${s.authorities[0]}/${published.slice(0, 4)}/${published.replaceAll('-', '')}-${int(100, 999)}.html`,
  };

  const parts: string[] = [];
  const story = s.story.map(fill);
  parts.push(story[0]!);
  if (s.facts) parts.push(['<FactBox title="案件要点">', '', ...s.facts.map((f) => `- ${fill(f)}`), '', '</FactBox>'].join('\n'));
  parts.push(...story.slice(1));
  if (s.timeline) {
    parts.push(
      ['<Timeline>', ...s.timeline.map(([d, t]) => `  <TimelineEvent date="${maxDate(addDays(decided, d), s.since ?? FIRST_DAY)}">${fill(t)}</TimelineEvent>`), '</Timeline>'].join('\n'),
    );
  }
  parts.push(`本案${fine !== undefined ? `罚款${yuanText(fine)}，` : ''}处理结果：${fill(s.outcome)}`);

  if (refEntry?.entry.status === 'active') refs++;
  else if (refEntry) takenDown++;
  built.push({
    year: published.slice(0, 4),
    front: {
      title: fill(s.title),
      area: s.area,
      published_on: published,
      decided_on: decided,
      summary: fill(s.summary),
      subjects,
      authorities: s.authorities,
      ...(s.joint?.length ? { joint_authorities: s.joint } : {}),
      measures,
      ...(moneyAmounts.length ? { amounts: moneyAmounts } : {}),
      outcome: fill(s.outcome),
      sources: [source],
    },
    body: parts.join('\n\n') + '\n',
  });
}

// Ids: <area>-<yyyy>-<nn>, numbered by publication date within the area and year.
built.sort((a, b) => String(a.front['published_on']).localeCompare(String(b.front['published_on'])));
const seq = new Map<string, number>();
for (const b of built) {
  const key = `${b.front['area']}-${b.year}`;
  const n = (seq.get(key) ?? 0) + 1;
  seq.set(key, n);
  b.id = `${key}-${String(n).padStart(2, '0')}`;
}

// Replace earlier generated files only.
const casesDir = join(root, 'content', 'cases');
if (existsSync(casesDir)) {
  for (const year of readdirSync(casesDir)) {
    const dir = join(casesDir, year);
    if (!/^\d{4}$/.test(year)) continue;
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (f.endsWith('.mdx') && readFileSync(p, 'utf8').startsWith(`---\n${GENERATED_MARK}`)) rmSync(p);
    }
    if (!readdirSync(dir).length) rmSync(dir, { recursive: true });
  }
}
for (const b of built) {
  const dir = join(casesDir, b.year);
  mkdirSync(dir, { recursive: true });
  const yaml = stringify(b.front, { lineWidth: 0 });
  writeFileSync(join(dir, `${b.id}.mdx`), `---\n${GENERATED_MARK}\n${yaml}---\n\n${b.body}`);
}
const byYear = new Map<string, number>();
for (const b of built) byYear.set(b.year, (byYear.get(b.year) ?? 0) + 1);
console.log(`已生成 ${built.length} 个虚构示例案例（${[...byYear.entries()].sort().map(([y, n]) => `${y} 年 ${n} 个`).join('，')}），其中 ${refs} 个引用公示中的名单条目，${takenDown} 个引用 ${SAMPLE_DATE} 已停止公示的条目。`);
