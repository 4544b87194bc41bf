/**
 * Writes the FICTIONAL sample rows of every published list (`data/lists/<id>/entries.csv`) and
 * the exam-cheating aggregate (`data/exam-cheating/figures.csv`), or a large data set for benchmarks.
 *
 *   npx tsx scripts/generate-sample-data.ts                          # the committed sample data
 *   npx tsx scripts/generate-sample-data.ts --rows 100000 --out .bench/data   # benchmarks
 *
 * Options: --seed N (default 20191127), --date YYYY-MM-DD (reference day, default 2026-11-27,
 * the day the tests pin as DISCLOSURE_DATE), --rows N (total entries over all lists),
 * --out DIR (write a complete data directory there: a copy of data/ with generated lists;
 * build it with `PORTAL_DATA_DIR=DIR npm run build`).
 *
 * The lists themselves (title, kind, columns, checks) are the hand-written `meta.yml` files in
 * data/lists; this script only makes rows for them: per-list flavours below, and plain values
 * by column type for a list it does not know.
 *
 * What the rows are made to show, at the reference day:
 * - most entries active, some expired (period over), some removed early with a reason, and a few
 *   on the boundary days (last day shown, first day not shown, removed that day);
 * - some organisations on two or more lists (same USCC), so /subjects/<uscc>/ shows several;
 *   some legal representatives in charge of two organisations; shared 字号 across lists;
 * - cells beginning with = + - @ (a performance's title as printed), for the download's
 *   formula-injection guard.
 * Privacy and the take-down guarantee, by construction and checked at the end:
 * - names are invented: 字号 and given names from character pools, surnames from a common list;
 * - persons get masked ID numbers only (Lanzhou region code, 8 stars, 4 characters);
 *   no 18-digit run written anywhere is a valid resident ID (USCCs always contain a letter);
 * - taken-down entries (expired, removed) get names built from a separate pool of characters no
 *   active row uses, and their own USCCs and masked IDs, so their names and identifiers cannot
 *   appear in anything the site publishes.
 * Seeded (mulberry32, one stream per list): the same seed writes the same files, byte for byte.
 * Memory and time grow linearly with --rows.
 */
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { usccCheckChar, findResidentIds } from '../src/lib/identifiers.ts';
import { addPeriod, disclosureStatus } from '../src/lib/lists/disclosure.ts';
import { CORE_COLUMNS } from '../src/schemas/list-entry.ts';
import { mulberry32 } from './lib/random.ts';
import { addDays, daysBetween } from '../src/lib/dates.ts';
import { readArgs } from './lib/args.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';

// ---------------------------------------------------------------- options

const { values: opts } = readArgs(
  { seed: { type: 'string', default: '20191127' }, date: { type: 'string', default: SAMPLE_DAY }, rows: { type: 'string' }, out: { type: 'string' } },
  'npx tsx scripts/generate-sample-data.ts [--seed N] [--date YYYY-MM-DD] [--rows N --out DIR]',
);
const SEED = Number(opts.seed);
const REF = opts.date;
const ROWS = opts.rows !== undefined ? Number(opts.rows) : undefined;
const OUT = opts.out;
if ((ROWS === undefined) !== (OUT === undefined)) {
  console.error('--rows 和 --out 需同时给出，例如：--rows 100000 --out .bench/data');
  process.exit(1);
}
if (ROWS !== undefined && !(Number.isInteger(ROWS) && ROWS > 0)) {
  console.error(`--rows 应为正整数，实为 ${opts.rows}`);
  process.exit(1);
}
const SRC = resolve('data');
const DEST = OUT ? resolve(OUT) : SRC;
/** The committed sample must stay small enough to read (DESIGN: tens of rows per list). */
const SMALL = ROWS === undefined;
/** Earliest listing day: the plan was issued in May 2019. */
const EARLIEST = '2019-06-01';

// ---------------------------------------------------------------- randomness


function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

class Rng {
  private readonly next: () => number;
  constructor(stream: string) {
    this.next = mulberry32(hashString(`${SEED}:${stream}`));
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T extends string>(w: Partial<Record<T, number>>): T {
    const entries = Object.entries(w) as [T, number][];
    let r = this.next() * entries.reduce((s, [, v]) => s + v, 0);
    for (const [k, v] of entries) if ((r -= v) < 0) return k;
    return entries[entries.length - 1]![0];
  }
}

// ---------------------------------------------------------------- dates

const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * A physician's certificate number: 15 digits. Some random draws read as a first-generation
 * resident ID number (a region code, then a valid date), which no file may hold: draw again.
 * The draws of the committed sample never hit one, so it stays byte for byte the same.
 */
function physicianLicence(g: Rng): string {
  for (;;) {
    const n = `1${g.int(10, 99)}62${String(g.int(0, 9999999999)).padStart(10, '0')}`;
    if (!findResidentIds(n).length) return n;
  }
}

// ---------------------------------------------------------------- names and codes

/** The city's districts with the region code used in USCCs and masked IDs. */
const DISTRICTS: [string, string][] = [
  ['城关区', '620102'],
  ['七里河区', '620103'],
  ['西固区', '620104'],
  ['安宁区', '620105'],
  ['红古区', '620111'],
  ['永登县', '620121'],
  ['皋兰县', '620122'],
  ['榆中县', '620123'],
  ['兰州新区', '620100'],
];
/** Weights: most entities in the central districts. */
const DISTRICT_WEIGHTS: Record<string, number> = { 城关区: 30, 七里河区: 18, 西固区: 10, 安宁区: 12, 红古区: 4, 永登县: 5, 皋兰县: 4, 榆中县: 6, 兰州新区: 11 };
const REGION = new Map(DISTRICTS);

/** 字号 characters for active organisations (two of them make a trade name). */
const ZIHAO = [...'恒达鑫源瑞祥泰丰华盛兴隆安康宏远嘉禾博诚信德顺和金城陇辉佳润通利汇晟弘邦卓越天泽汉聚合宇正明立新元昌景广益东西川中'];
/**
 * Characters used ONLY in the names of taken-down entries (never in an active row), so that a
 * taken-down name cannot occur inside anything the site publishes.
 */
const RESERVED = [...'澜珩翊骞璟琰铎昶赟玮炅珺祎钰晔珝彧婕璇琦朔暄聿沅'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊陆郝孔白崔毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉斌鹏宇浩凯晨琳雪婷欣峰海亮波宁志国兴春梅兰凤成龙飞健云林雷'];

for (const c of RESERVED) {
  if (ZIHAO.includes(c) || GIVEN.includes(c) || SURNAMES.includes(c)) throw new Error(`reserved character ${c} is also in an active pool`);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_LETTERS = 'ABCDEFGHJKLMNPQRTUWXY';

/** Everything used so far, across lists: codes and masked IDs are never reused. */
const used = { uscc: new Set<string>(), masked: new Set<string>(), takenDownNames: new Set<string>() };

/** Registration authority + type: 91 company, 92 sole trader, 12 public institution, 51/52/53 social organisations. */
type UsccKind = '91' | '92' | '12' | '51' | '52' | '53';

function makeUscc(g: Rng, kind: UsccKind, district: string): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 9; i++) body += g.pick([...USCC_CHARS]);
    // A letter among the first 17 characters: the code can then never look like a resident ID.
    const pos = g.int(0, 7);
    body = body.slice(0, pos) + g.pick([...USCC_LETTERS]) + body.slice(pos + 1);
    const first17 = kind + REGION.get(district)! + body;
    const code = first17 + usccCheckChar(first17)!;
    if (!used.uscc.has(code)) {
      used.uscc.add(code);
      return code;
    }
  }
}

function makeMaskedId(g: Rng): string {
  for (let attempt = 0; ; attempt++) {
    const region = g.pick(DISTRICTS.filter(([d]) => d !== '兰州新区'))[1];
    const tail = String(g.int(0, 999)).padStart(3, '0') + g.pick([...'0123456789X']);
    const masked = `${region}********${tail}`;
    if (!used.masked.has(masked) || attempt > 50) {
      used.masked.add(masked);
      return masked;
    }
  }
}

function district(g: Rng): string {
  return g.weighted(DISTRICT_WEIGHTS);
}

/** A trade name: two characters from the active pool, or the reserved pool for taken-down rows. */
function zihao(g: Rng, reserved: boolean): string {
  const pool = reserved ? RESERVED : ZIHAO;
  const a = g.pick(pool);
  let b = g.pick(pool);
  while (b === a) b = g.pick(pool);
  return a + b;
}

function personName(g: Rng, reserved: boolean): string {
  if (reserved) {
    const a = g.pick(RESERVED);
    let b = g.pick(RESERVED);
    while (b === a) b = g.pick(RESERVED);
    return g.pick(SURNAMES) + a + b;
  }
  return g.pick(SURNAMES) + g.pick(GIVEN) + (g.chance(0.7) ? g.pick(GIVEN) : '');
}

/** Retries a name maker until the name is new among taken-down names (a few tries, then accepts). */
function fresh(make: () => string, reserved: boolean): string {
  let name = make();
  if (!reserved) return name;
  for (let i = 0; i < 30 && used.takenDownNames.has(name); i++) name = make();
  used.takenDownNames.add(name);
  return name;
}

// ---------------------------------------------------------------- list flavours

/** The unit (data/units.csv) of each court that lists debtors: a court lists its own debtors. */
const COURT_UNITS: Record<string, string> = {
  兰州市中级人民法院: 'intermediate-court',
  兰州市城关区人民法院: 'chengguan-court',
  兰州市七里河区人民法院: 'qilihe-court',
  兰州市西固区人民法院: 'xigu-court',
  兰州市安宁区人民法院: 'anning-court',
  兰州市红古区人民法院: 'honggu-court',
  永登县人民法院: 'yongdeng-court',
  皋兰县人民法院: 'gaolan-court',
  榆中县人民法院: 'yuzhong-court',
};

/** Who decides on fraud against each insurance or fund, and under which law. */
const INSURANCE_UNITS: Record<string, { authority: string; basis: string }> = {
  医疗保障基金: { authority: 'healthcare-security', basis: '《医疗保障基金使用监督管理条例》' },
  社会保险基金: { authority: 'human-resources', basis: '《中华人民共和国社会保险法》' },
  商业保险: { authority: 'finance-office', basis: '《中华人民共和国保险法》' },
};

type SubjectType = 'org' | 'person' | 'sole_trader';

interface ListMetaFile {
  title: string;
  kind: 'blacklist' | 'warning' | 'register' | 'redlist';
  authority: string;
  subject_kinds: SubjectType[];
  period: string;
  uscc_required?: boolean;
  columns?: { key: string; type: string; values?: string[]; required?: boolean }[];
}

interface RowCtx {
  g: Rng;
  type: SubjectType;
  name: string;
  district: string;
  listed_on: string;
  /** Taken-down row: person names in extra columns come from the reserved pool too. */
  reserved: boolean;
  /** Index among the list's active rows (for the rows that must show something), or -1. */
  activeIndex: number;
  person: () => string;
}

interface Flavour {
  /** Entry id prefix, e.g. `wa` → wa-0001. */
  prefix: string;
  /** Rows in the committed sample. */
  rows: number;
  subjects?: Partial<Record<SubjectType, number>>;
  /** Organisation name (without the 兰州 prefix decisions: the function decides). */
  org?: (g: Rng, zh: string, district: string) => string;
  /** Code kinds for organisations; `null` = no USCC (unregistered). */
  orgUscc?: (g: Rng, name: string) => UsccKind | null;
  sole?: (g: Rng, zh: string, district: string) => string;
  maskedIds?: boolean;
  authorities?: Partial<Record<string, number>>;
  reasons?: string[] | ((c: RowCtx) => string);
  basis?: string[];
  /** The decision number; `row` has its issuing unit, so that the number names the unit that decided. */
  decision?: (year: string, n: number, row: Row) => string;
  /**
   * Makes the row's issuing unit and basis fit its values (a court's debtor is listed by that
   * court; an insurance fund's fraud by the unit of that fund). Draws nothing from the generator,
   * so that every other row stays as it was.
   */
  fit?: (row: Row) => Row;
  removal?: string[];
  extra?: (c: RowCtx) => Record<string, string>;
  /**
   * A list whose rows follow from another list's rows (a journal is blacklisted only after it
   * was warned): generated after that list, from its rows, with this list's own stream.
   */
  derive?: { from: string; rows: (g: Rng, source: Row[], meta: ListMetaFile) => Row[] };
}

/** Picks a [type, reason] pair so that the type column and the reason agree. */
const paired = (g: Rng, pairs: [string, string][]) => {
  const [type, reason] = g.pick(pairs);
  return { type, reason };
};

const money = (g: Rng, lo: number, hi: number, decimals = false) => {
  const v = g.int(lo, hi);
  return decimals && g.chance(0.3) ? `${v}.${g.int(1, 9)}0` : String(v);
};
const road = (g: Rng) => `${g.pick(ZIHAO)}${g.pick(ZIHAO)}${g.pick(['路', '街', '大道'])}${g.int(1, 399)}号`;

const COMPANY = (industries: string[], suffixes = ['有限公司', '有限公司', '有限责任公司']) => (g: Rng, zh: string) => `${g.chance(0.85) ? '兰州' : '甘肃'}${zh}${g.pick(industries)}${g.pick(suffixes)}`;
const SHOP = (kinds: string[]) => (g: Rng, zh: string, d: string) => `${d}${zh}${g.pick(kinds)}`;
const CREDIT_REPAIR = ['信用修复', '信用修复：已整改并提交信用承诺'];

const FLAVOURS: Record<string, Flavour> = {
  'illegal-medical-practice': {
    prefix: 'im',
    rows: 50,
    subjects: { org: 5, sole_trader: 2, person: 4 },
    org: (g, zh) => `兰州${zh}${g.pick(['健康咨询有限公司', '美容服务有限公司', '养生堂有限公司', '生物科技有限公司', '中医诊所', '口腔诊所', '综合门诊部'])}`,
    sole: SHOP(['推拿按摩店', '养生馆', '美容工作室', '中医馆']),
    maskedIds: true,

    basis: ['《医疗机构管理条例》', '《中华人民共和国医师法》', '《中华人民共和国基本医疗卫生与健康促进法》'],
    decision: (y, n) => `兰卫医罚〔${y}〕${n}号`,
    removal: [...CREDIT_REPAIR, '经复核撤销原认定'],
    extra: (c) => {
      const licensed: [string, string][] = [
        ['超范围执业', '超出登记的诊疗科目范围开展诊疗活动'],
        ['使用非卫生技术人员', '使用非卫生技术人员从事医疗卫生技术工作'],
      ];
      const person: [string, string][] = [
        ['无证行医', '未取得《医疗机构执业许可证》擅自开展诊疗活动'],
        ['非医师行医', '未取得医师资格从事医师执业活动'],
      ];
      const unlicensed: [string, string][] = [
        ['无证行医', '未取得《医疗机构执业许可证》擅自开展诊疗活动'],
        ['非法开展医疗美容', '未取得医疗美容资质开展注射类医疗美容项目'],
      ];
      const { type, reason } = paired(c.g, /诊所|门诊/.test(c.name) ? licensed : c.type === 'person' ? person : unlicensed);
      return {
        reason,
        practice_type: type,
        address: `${c.district}${road(c.g)}`,
        penalty: c.g.pick(['警告，没收违法所得和药品器械，并处罚款', '责令停止执业活动，没收违法所得，并处罚款', '罚款，取缔']),
        fine_amount: money(c.g, 5000, 200000),
      };
    },
  },
  'qualified-medical': {
    prefix: 'qm',
    rows: 80,
    subjects: { org: 5, person: 6 },
    org: (g, zh, d) => (g.chance(0.3) ? `兰州${zh}医院` : g.chance(0.3) ? `${d}${zh}社区卫生服务中心` : `兰州${zh}${g.pick(['口腔门诊部', '中医诊所', '综合门诊部', '诊所', '眼科诊所'])}`),
    orgUscc: (_g, name) => (/医院|社区卫生/.test(name) ? '12' : '91'),
    removal: ['注销执业登记', '执业机构变更，原登记注销', '主动申请注销'],
    extra: (c) => {
      const isOrg = c.type === 'org';
      const category = isOrg ? (/医院/.test(c.name) ? '医院' : /社区卫生/.test(c.name) ? '社区卫生服务中心' : /门诊部/.test(c.name) ? '门诊部' : '诊所') : c.g.chance(0.8) ? '执业医师' : '执业助理医师';
      const region = REGION.get(c.district)!;
      return {
        category,
        licence_no: isOrg ? `PDY${String(c.g.int(10000, 99999))}${region}${c.g.pick(['11', '12', '17', '21', '22'])}A${String(c.g.int(1001, 9999))}` : physicianLicence(c.g),
        practice_scope: isOrg ? c.g.pick(['内科；外科；妇产科；儿科；医学检验科；医学影像科', '口腔科', '中医科；康复医学科', '全科医疗科；预防保健科', '眼科；医学检验科']) : c.g.pick(['内科专业', '外科专业', '口腔专业', '中医专业', '全科医学专业', '儿科专业', '妇产科专业']),
        practice_site: isOrg ? `${c.district}${road(c.g)}` : `兰州${zihao(c.g, c.reserved)}${c.g.pick(['医院', '中医诊所', '口腔门诊部'])}`,
      };
    },
  },
  'illegal-social-organisations': {
    prefix: 'so',
    rows: 30,
    org: (g, zh) =>
      g.pick([
        `中华${zh}文化促进会兰州分会`,
        `中国${zh}发展研究院甘肃分院`,
        `国际${zh}交流协会兰州代表处`,
        `兰州${zh}${g.pick(['互助会', '联谊会', '商会', '公益联盟', '书画研究院'])}`,
        `全国${zh}养生协会兰州工作站`,
      ]),
    orgUscc: (g) => (g.chance(0.15) ? '91' : null),
    reasons: ['未经登记，擅自以社会团体名义开展活动', '被撤销登记后继续以社会组织名义开展活动', '未经登记，以评比表彰名义向会员收取费用', '冒用全国性社会组织名义设立分支机构'],
    basis: ['《社会团体登记管理条例》', '《取缔非法民间组织暂行办法》'],
    decision: (y, n) => `兰民取字〔${y}〕${n}号`,
    removal: ['经复核撤销原认定', '依法登记后移出'],
    extra: (c) => ({
      claimed_affiliation: c.g.chance(0.7) ? c.g.pick(['自称全国性社会组织下属机构', '自称国家部委主管', '冒用合法社会组织名义', '自称国际组织驻华机构']) : '',
      action: c.g.weighted({ 依法取缔: 6, 劝告解散: 3, 移送公安机关: 1 }),
    }),
  },
  'social-organisation-warnings': {
    prefix: 'sw',
    rows: 30,
    org: (g, zh) => g.pick([`中国${zh}研究会`, `中华${zh}慈善总会兰州联络处`, `兰州${zh}国学院`, `亚太${zh}经济合作促进会`, `兰州${zh}老年健康联谊会`]),
    orgUscc: () => null,
    reasons: ['涉嫌未经登记，擅自以社会团体名义开展活动', '涉嫌冒用合法社会组织名义收取会费', '涉嫌以“评比达标表彰”名义敛财', '涉嫌以养老、健康讲座名义诱导老年人消费'],
    removal: ['经核查已依法登记', '经核查线索不实'],
    extra: (c) => ({
      warning: c.g.pick([
        '该组织未在民政部门登记，请勿参加其活动、缴纳任何费用。',
        '请勿接受该组织颁发的任何奖项、证书或牌匾。',
        '该组织以养老、健康讲座名义招揽老年人，请家属提醒老人谨慎参加。',
        '该组织冒用合法社会组织名义，如已缴费请保存凭证并向民政部门举报。',
      ]),
      warning_level: c.g.weighted({ 一般提示: 3, 重点提示: 1 }),
      channel: c.g.pick(['微信公众号', '线下会议', '网站', '微信群', '短视频平台']),
    }),
  },
  'tax-credit-a': {
    prefix: 'tc',
    rows: 30,
    subjects: { org: 1 },
    org: COMPANY(['商贸', '建筑工程', '食品', '医药', '物流', '机械制造', '新材料科技']),
    reasons: (c) => `${Number(c.listed_on.slice(0, 4)) - 1} 年度纳税信用评价为 A 级`,
    basis: ['《纳税信用管理办法（试行）》'],
    removal: ['发现税收违法行为，纳税信用级别调整', '复评后纳税信用级别调整'],
    extra: (c) => ({ rating_year: String(Number(c.listed_on.slice(0, 4)) - 1), rating: 'A' }),
  },
  'wage-arrears': {
    prefix: 'wa',
    rows: 60,
    subjects: { org: 9, sole_trader: 1 },
    org: COMPANY(['建筑工程', '建设工程', '劳务', '市政工程', '装饰工程', '路桥工程', '物业管理', '餐饮管理']),
    sole: SHOP(['建材经营部', '装修队', '劳务工作室']),
    reasons: ['克扣、无故拖欠农民工工资达到认定拖欠工资数额标准', '因拖欠农民工工资引发群体性事件，造成严重不良社会影响', '拖欠农民工工资，经责令限期支付逾期未支付'],
    basis: ['《保障农民工工资支付条例》', '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》'],
    decision: (y, n) => `兰人社欠薪认定〔${y}〕${n}号`,
    removal: ['已足额支付拖欠工资，信用修复', '已补发全部拖欠工资，经申请提前移出'],
    extra: (c) => ({
      responsible_person: c.person(),
      project: c.g.chance(0.8) ? `${c.district}${zihao(c.g, c.reserved)}${c.g.pick(['小区', '安置房', '商业综合体', '道路改造', '学校'])}${c.g.pick(['一期', '二期', '三期', ''])}工程` : '',
      workers_affected: String(c.g.int(6, 260)),
      amount_owed: money(c.g, 80000, 6000000, true),
    }),
  },
  'financial-dishonesty': {
    prefix: 'fd',
    rows: 50,
    subjects: { org: 5, person: 4 },
    org: COMPANY(['投资管理', '资产管理', '融资担保', '小额贷款', '商务信息咨询', '金融信息服务', '文化产权交易中心']),
    maskedIds: true,
    authorities: { 'finance-office': 3, 'market-regulation': 1 },
    basis: ['《防范和处置非法集资条例》', '《中华人民共和国商业银行法》'],
    decision: (y, n, r) => `${r['authority'] === 'market-regulation' ? '兰市监罚' : '兰金融失信'}〔${y}〕${n}号`,
    removal: [...CREDIT_REPAIR, '已清偿全部债务'],
    extra: (c) => {
      const { type, reason } = paired(
        c.g,
        c.type === 'person'
          ? [
              ['非法吸收公众存款', '作为实际控制人组织非法吸收公众存款'],
              ['恶意逃废金融债务', '恶意逃废金融债务，拒不履行还款义务'],
              ['集资诈骗', '参与集资诈骗，造成投资人重大损失'],
            ]
          : [
              ['非法吸收公众存款', '未经批准以高息回报为诱饵向社会公众吸收资金'],
              ['违规设立交易场所', '违规设立交易场所，组织标准化合约交易'],
              ['非法发放贷款', '未经许可从事放贷业务'],
              ['非法证券期货活动', '以私募基金名义向不特定对象募集资金'],
            ],
      );
      return {
      reason,
      offence_type: type,
      amount_involved: money(c.g, 500000, 90000000),
      victims: c.g.chance(0.85) ? String(c.g.int(3, 2400)) : '',
      };
    },
  },
  'environmental-credit': {
    prefix: 'ec',
    rows: 40,
    org: COMPANY(['化工', '建材', '水泥', '石化设备', '铸造', '热力', '再生资源', '砂石料', '印染'], ['有限公司', '有限责任公司', '股份有限公司']),
    reasons: ['超标排放大气污染物', '未批先建，建设项目环境影响评价文件未经批准擅自开工建设', '通过暗管偷排水污染物', '危险废物未按规定贮存、转移', '篡改、伪造自动监测数据', '未落实重污染天气应急减排措施'],
    basis: ['《中华人民共和国环境保护法》', '《企业环境信用评价办法（试行）》', '《中华人民共和国大气污染防治法》'],
    decision: (y, n) => `兰环信评〔${y}〕${n}号`,
    removal: ['完成整改，经复评提升等级', ...CREDIT_REPAIR],
    extra: (c) => ({
      credit_rating: c.g.weighted({ 环保警示企业: 2, 环保不良企业: 1 }),
      // Ratings of a year are published the following year.
      rating_year: String(Number(c.listed_on.slice(0, 4)) - 1),
      industry: c.g.pick(['化学原料和化学制品制造业', '非金属矿物制品业', '金属制品业', '电力、热力生产和供应业', '废弃资源综合利用业']),
    }),
  },
  'eia-agencies': {
    prefix: 'ea',
    rows: 30,
    subjects: { org: 3, person: 2 },
    org: COMPANY(['环境科技', '环保工程咨询', '环境评价技术服务', '生态环境科技']),
    maskedIds: false,
    basis: ['《中华人民共和国环境影响评价法》', '《建设项目环境影响报告书（表）编制监督管理办法》'],
    decision: (y, n) => `兰环评罚〔${y}〕${n}号`,
    removal: ['经复核撤销原认定', ...CREDIT_REPAIR],
    extra: (c) => ({
      role: c.type === 'org' ? '环评编制单位' : '编制人员',
      project: `${c.district}${zihao(c.g, c.reserved)}${c.g.pick(['化工', '建材', '物流园', '污水处理厂', '砂石料厂'])}${c.g.pick(['建设项目', '扩建项目', '技术改造项目'])}`,
      ...(([type, reason]) => ({ problem_type: type, reason }))(
        c.g.pick<[string, string]>([
          ['弄虚作假', '环境影响报告书基础资料明显不实，照抄其他项目监测数据'],
          ['粗制滥造', '环境影响报告表内容存在重大缺陷、遗漏'],
          ['粗制滥造', '环境影响评价结论不明确、不合理'],
          ['未按规定编制', c.type === 'org' ? '未按规定开展现状调查即出具报告' : '编制人员未实际参与编制却署名'],
        ]),
      ),
    }),
  },
  'fake-drugs': {
    prefix: 'fk',
    rows: 45,
    subjects: { org: 5, sole_trader: 3, person: 2 },
    org: COMPANY(['医药连锁', '大药房连锁', '医药', '药业', '生物制药']),
    sole: SHOP(['药店', '诊所药房', '保健品店']),
    maskedIds: true,
    reasons: ['销售假药', '生产假药', '以非药品冒充药品销售', '销售所含成分与国家药品标准规定不符的药品', '在网络平台销售假药'],
    basis: ['《中华人民共和国药品管理法》'],
    decision: (y, n) => `兰市监药罚〔${y}〕${n}号`,
    removal: [...CREDIT_REPAIR, '经复核撤销原认定'],
    extra: (c) => ({
      drug: c.g.pick(['“复方降压胶囊”', '“风湿骨痛丸”', '“强力降糖茶”', '头孢类抗生素（假冒）', '“祖传秘制止痛膏”', '阿胶类产品（假冒）', '“速效减肥胶囊”']),
      goods_value: money(c.g, 2000, 1500000),
      confiscated: money(c.g, 10000, 3000000),
      transferred: c.g.chance(0.35) ? '是' : '否',
    }),
  },
  'cheap-tours': {
    prefix: 'ct',
    rows: 35,
    org: COMPANY(['国际旅行社', '旅行社', '假日旅行社', '文化旅游'], ['有限公司', '有限责任公司']),
    basis: ['《中华人民共和国旅游法》', '《旅行社条例》'],
    decision: (y, n) => `兰文旅罚〔${y}〕${n}号`,
    removal: [...CREDIT_REPAIR],
    extra: (c) => ({
      licence_no: `L-GS-CJ${String(c.g.int(1000, 99999)).padStart(5, '0')}`,
      ...(({ type, reason }) => ({ violation_type: type, reason }))(
        paired(c.g, [
          ['不合理低价组团', '以不合理的低价组织旅游活动，通过安排购物获取回扣'],
          ['强迫或变相强迫购物', '强迫或者变相强迫旅游者购物'],
          ['未足额支付接待费用', '未向接待社足额支付接待和服务费用'],
          ['未经许可经营出境旅游业务', '未经许可经营出境旅游业务'],
        ]),
      ),
      tourists_affected: String(c.g.int(8, 450)),
    }),
  },
  'major-tax-violations': {
    prefix: 'tx',
    rows: 60,
    subjects: { org: 7, sole_trader: 2, person: 1 },
    org: COMPANY(['商贸', '物资', '建材', '能源', '电子科技', '物流', '农产品', '供应链管理']),
    sole: SHOP(['商贸部', '建材经营部', '五金店', '粮油店']),
    maskedIds: true,
    basis: ['《中华人民共和国税收征收管理法》', '《重大税收违法失信主体信息公布管理办法》'],
    decision: (y, n) => `兰税稽罚〔${y}〕${n}号`,
    removal: ['已缴清税款、滞纳金和罚款，提前停止公布', '经复议撤销原处理决定'],
    extra: (c) => ({
      ...(({ type, reason }) => ({ violation_type: type, reason }))(
        paired(
          c.g,
          c.type === 'person'
            ? [
                ['偷税', '隐匿经营收入，少缴个人所得税'],
                ['偷税', '以虚假申报手段少缴税款'],
                ['逃避追缴欠税', '逃避税务机关追缴欠缴税款'],
              ]
            : [
                ['虚开增值税专用发票', '虚开增值税专用发票'],
                ['偷税', '在账簿上多列支出、少列收入，少缴税款'],
                ['骗取出口退税', '以假报出口手段骗取出口退税'],
                ['逃避追缴欠税', '转移、隐匿财产，妨碍税务机关追缴欠缴税款'],
                ['虚开普通发票', '虚开普通发票'],
              ],
        ),
      ),
      tax_amount: money(c.g, 100000, 48000000, true),
      financial_officer: c.type === 'person' ? '' : c.g.chance(0.8) ? c.person() : '',
      intermediary: c.g.chance(0.12) ? `兰州${zihao(c.g, c.reserved)}税务师事务所有限公司` : '',
    }),
  },
  'dishonest-debtors': {
    prefix: 'dd',
    rows: 80,
    subjects: { org: 5, person: 5 },
    org: COMPANY(['商贸', '房地产开发', '建筑工程', '餐饮管理', '汽车销售服务', '物业服务', '农业开发']),
    maskedIds: true,
    reasons: ['有履行能力而拒不履行生效法律文书确定义务', '违反财产报告制度', '违反限制消费令', '以伪造证据、暴力、威胁等方法妨碍、抗拒执行', '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行'],
    basis: ['《中华人民共和国民事诉讼法》', '《最高人民法院关于公布失信被执行人名单信息的若干规定》'],
    removal: ['已履行全部义务', '与申请执行人达成和解并履行完毕', '执行法院决定撤销失信决定', '纳入期限届满前全部履行'],
    fit: (r) => ({ ...r, authority: COURT_UNITS[r['court']!] ?? r['authority']! }),
    extra: (c) => {
      const courts: [string, string][] = [
        ['兰州市中级人民法院', '甘01'],
        ['兰州市城关区人民法院', '甘0102'],
        ['兰州市七里河区人民法院', '甘0103'],
        ['兰州市西固区人民法院', '甘0104'],
        ['兰州市安宁区人民法院', '甘0105'],
        ['兰州市红古区人民法院', '甘0111'],
        ['永登县人民法院', '甘0121'],
        ['皋兰县人民法院', '甘0122'],
        ['榆中县人民法院', '甘0123'],
      ];
      const [court, code] = c.g.pick(courts);
      const year = Number(c.listed_on.slice(0, 4));
      const amount = money(c.g, 20000, 8000000);
      return {
        case_no: `（${year}）${code}执${c.g.int(100, 9999)}号`,
        court,
        basis_doc: c.g.chance(0.95) ? `（${year - c.g.int(0, 1)}）${code}民初${c.g.int(100, 9999)}号` : '',
        obligation: c.g.pick([`支付货款 ${amount} 元及利息`, `返还借款本金 ${amount} 元并支付利息`, `支付工程款 ${amount} 元`, `赔偿经济损失 ${amount} 元`, `支付租金及违约金共计 ${amount} 元`]),
        performance: c.g.weighted({ 全部未履行: 4, 部分未履行: 1 }),
      };
    },
  },
  'overloading-transport': {
    prefix: 'ot',
    rows: 40,
    subjects: { org: 4, sole_trader: 2, person: 4 },
    org: COMPANY(['物流', '运输', '砂石料', '建材', '煤炭销售', '货运']),
    sole: SHOP(['货运部', '运输队', '砂石料场']),
    maskedIds: true,
    basis: ['《公路安全保护条例》', '《超限运输车辆行驶公路管理规定》'],
    decision: (y, n) => `兰交超限〔${y}〕${n}号`,
    removal: [...CREDIT_REPAIR],
    extra: (c) => {
      const role = c.type === 'person' ? c.g.pick(['车辆所有人', '驾驶人']) : c.type === 'sole_trader' ? '车辆所有人' : c.g.pick(['货运源头单位', '道路运输企业']);
      const reasons: Record<string, string[]> = {
        车辆所有人: ['一年内违法超限运输三次以上', '车货总质量超过限定标准 100% 以上'],
        驾驶人: ['一年内违法超限运输三次以上', '车货总质量超过限定标准 100% 以上'],
        货运源头单位: ['为超限车辆装载、放行'],
        道路运输企业: ['一年内所属车辆违法超限运输超过规定比例'],
      };
      return {
      reason: c.g.pick(reasons[role]!),
      role,
      // Plates are shown masked, as published plates usually are; never a full plate.
      plate_no: `甘${c.g.pick(['A', 'A', 'A', 'M'])}·${c.g.pick([...'BCDEFGHJKLMN'])}**${c.g.int(10, 99)}`,
      overload_rate: `${c.g.int(30, 180)}.${c.g.int(0, 9)}`,
      violations: String(c.g.int(3, 14)),
      };
    },
  },
  'research-misconduct': {
    prefix: 'rm',
    rows: 35,
    subjects: { person: 5, org: 1 },
    org: COMPANY(['教育咨询', '文化传播', '信息技术服务', '学术交流服务']),
    authorities: { 'science-technology': 1 },
    basis: ['《科研失信行为调查处理规则》'],
    decision: (y, n) => `兰科诚〔${y}〕${n}号`,
    removal: ['经复核撤销原认定', '处理期满并经审核'],
    extra: (c) => ({
      institution: c.type === 'org' ? `${c.district}` : `${c.g.pick(['陇原', '金城', '黄河'])}${zihao(c.g, c.reserved)}${c.g.pick(['理工学院', '研究院', '职业技术学院', '医学研究所'])}`,
      ...(({ type, reason }) => ({ misconduct_type: type, reason }))(
        paired(
          c.g,
          c.type === 'org'
            ? [
                ['买卖代写论文', '从事学术论文买卖、代写代投服务'],
                ['伪造篡改研究数据', '为他人伪造研究数据并收取费用'],
              ]
            : [
                ['抄袭剽窃', '在科技计划项目申报材料中抄袭他人研究成果'],
                ['伪造篡改研究数据', '在发表论文中伪造、篡改研究数据'],
                ['买卖代写论文', '购买、代写论文并署名发表'],
                ['虚构同行评议', '提供虚假同行评议专家信息'],
                ['违规署名', '在未参与工作的论文中违规署名'],
                ['提供虚假信息', '在项目结题报告中提供虚假材料'],
              ],
        ),
      ),
      sanction: c.g.pick(['撤销项目立项，追回已拨经费，3 年内不得申报市级科技计划项目', '撤销科技奖励，5 年内取消申报资格', '通报批评，2 年内不得申报市级科技计划项目', '记入科研诚信记录，禁止承担财政资金支持的科研项目']),
    }),
  },
  'journal-blacklist': {
    prefix: 'jb',
    rows: 0, // as many as the warnings give
    derive: {
      from: 'journal-warnings',
      // Warnings rated 高 or 中, at least half a year old and not withdrawn: the journal did not
      // improve and is blacklisted 6 to 12 months after its warning. A journal whose warning is
      // no longer shown is off the blacklist too (its period ended, or it was repaired), so that
      // no name is shown on one list and taken down on the other.
      rows: (g, warnings, meta) => {
        const REASONS = ['列入预警名单后仍未整改，继续刊发论文工厂批量生产的论文', '列入预警名单后仍收取高额版面费、不经同行评议发表论文，造成恶劣影响'];
        const rows: Row[] = [];
        for (const w of warnings) {
          const warned = w['listed_on']!;
          if (w['warning_level'] === '低' || w['removed_on'] || daysBetween(warned, REF) <= 183) continue;
          const listed_on = addDays(warned, g.int(183, Math.min(365, daysBetween(warned, REF))));
          const warningShown = disclosureStatus({ listed_on: warned, expires_on: w['expires_on'] || undefined }, '2y', REF) === 'active';
          let removed_on = '';
          if (!warningShown && disclosureStatus({ listed_on }, meta.period, REF) === 'active') {
            if (daysBetween(listed_on, REF) < 180) continue;
            removed_on = addDays(listed_on, g.int(180, daysBetween(listed_on, REF)));
          }
          rows.push({
            ...Object.fromEntries(Object.keys(CORE_COLUMNS).map((k) => [k, ''])),
            subject_name: w['subject_name']!,
            subject_type: 'org',
            district: w['district']!,
            reason: g.pick(REASONS),
            basis: '《关于进一步加强科研诚信建设的若干意见》',
            authority: meta.authority,
            listed_on,
            removed_on,
            removal_reason: removed_on ? '完成整改，经认定部门复核移出黑名单' : '',
            publisher: w['publisher']!,
            field: w['field']!,
            warned_on: warned,
          });
        }
        // Ids in order of listing; decision numbers count up within a year.
        const perYear = new Map<string, number>();
        rows.sort((a, b) => a['listed_on']!.localeCompare(b['listed_on']!));
        rows.forEach((r, i) => {
          const y = r['listed_on']!.slice(0, 4);
          const n = (perYear.get(y) ?? 0) + g.int(1, 3);
          perYear.set(y, n);
          Object.assign(r, { id: `jb-${String(i + 1).padStart(4, '0')}`, decision_no: `兰科诚〔${y}〕${n}号` });
        });
        return rows;
      },
    },
  },
  'journal-warnings': {
    prefix: 'jw',
    rows: 75,
    org: (g, zh) => `《${zh}${g.pick(['应用科学', '工程技术', '医学', '教育研究', '经济管理', '农业科学', '现代文化'])}${g.pick(['学刊', '论丛', '研究', '学报', '评论'])}》`,
    orgUscc: () => null,
    reasons: ['发文量短期内异常增长', '收取高额版面费，审稿周期异常短', '同行评议流程缺失或流于形式', '存在大量引用操纵', '刊发论文工厂批量生产的论文'],
    removal: ['整改后经复核移出预警名单'],
    extra: (c) => ({
      publisher: `${c.g.pick(['陇原', '金城', '西部'])}${zihao(c.g, c.reserved)}${c.g.pick(['出版传媒有限公司', '学术交流中心', '期刊社'])}`,
      warning_level: c.g.weighted({ 高: 1, 中: 2, 低: 2 }),
      field: c.g.pick(['综合', '工程技术', '医学', '教育', '经济管理', '农业']),
    }),
  },
  'insurance-fraud': {
    prefix: 'if',
    rows: 45,
    subjects: { org: 4, person: 5 },
    org: (g, zh) => (g.chance(0.5) ? `兰州${zh}${g.pick(['医院', '中医医院', '康复医院', '大药房连锁有限公司', '综合门诊部'])}` : `兰州${zh}${g.pick(['劳务派遣有限公司', '人力资源服务有限公司', '汽车修理有限公司'])}`),
    orgUscc: (_g, name) => (/医院/.test(name) && !/有限公司/.test(name) ? '52' : '91'),
    maskedIds: true,
    authorities: { 'healthcare-security': 3, 'human-resources': 2, 'finance-office': 1 },
    reasons: (c) =>
      /医院|药房|门诊|诊所/.test(c.name)
        ? c.g.pick(['虚构医疗服务、伪造医疗文书骗取医疗保障基金', '诱导参保人员住院，虚记费用', '串换药品、耗材项目，骗取医疗保障基金'])
        : /劳务|人力/.test(c.name)
          ? c.g.pick(['为不符合条件人员虚报参保，骗取失业保险金', '伪造劳动关系骗取社会保险待遇'])
          : /汽车/.test(c.name)
            ? '伪造事故现场骗取车辆保险金'
            : c.g.pick(['冒用他人社会保障卡就医购药', '隐瞒已就业事实继续领取失业保险金', '伪造证明材料冒领养老金', '故意制造保险事故骗取保险金']),
    basis: ['《中华人民共和国社会保险法》', '《医疗保障基金使用监督管理条例》', '《中华人民共和国保险法》'],
    decision: (y, n, r) => `${({ 'healthcare-security': '兰医保罚', 'human-resources': '兰人社罚', 'finance-office': '兰金融罚' } as Record<string, string>)[r['authority']!] ?? '兰医保罚'}〔${y}〕${n}号`,
    fit: (r) => ({ ...r, ...INSURANCE_UNITS[r['insurance_type']!] }),
    removal: ['已退回全部骗取金额并缴纳罚款，信用修复', '经复核撤销原认定'],
    extra: (c) => {
      const amount = c.g.int(3000, 2600000);
      return {
        insurance_type: /医院|药房|门诊|诊所/.test(c.name) ? '医疗保障基金' : /劳务|人力/.test(c.name) ? '社会保险基金' : /汽车/.test(c.name) ? '商业保险' : c.g.pick(['医疗保障基金', '社会保险基金', '商业保险']),
        method: /医院|药房|门诊|诊所/.test(c.name) ? c.g.pick(['伪造病历和票据', '虚构诊疗项目', '分解住院、挂床住院', '串换药品']) : /劳务|人力/.test(c.name) ? '伪造劳动关系' : /汽车/.test(c.name) ? '伪造事故证明' : c.g.pick(['冒名顶替', '伪造证明材料', '隐瞒就业事实', '故意制造事故']),
        amount: String(amount),
        recovered: c.g.chance(0.7) ? String(Math.round(amount * c.g.float())) : '',
      };
    },
  },
  'charity-dishonesty': {
    prefix: 'ch',
    rows: 30,
    subjects: { org: 3, person: 2 },
    org: (g, zh) => (g.chance(0.5) ? `兰州${zh}${g.pick(['公益基金会', '慈善协会', '志愿服务中心'])}` : `兰州${zh}${g.pick(['文化传播有限公司', '网络科技有限公司', '商贸有限公司'])}`),
    orgUscc: (_g, name) => (/基金会/.test(name) ? '53' : /协会/.test(name) ? '51' : /中心/.test(name) ? '52' : '91'),
    maskedIds: true,
    basis: ['《中华人民共和国慈善法》', '《慈善组织公开募捐管理办法》'],
    decision: (y, n) => `兰民慈罚〔${y}〕${n}号`,
    removal: ['已退还全部捐赠款物', ...CREDIT_REPAIR],
    extra: (c) => ({
      ...(({ type, reason }) => ({ violation_type: type, reason }))(
        paired(
          c.g,
          c.type === 'person'
            ? [
                ['诈捐', '在网络平台虚构病情发起个人求助，诈取捐款'],
                ['骗捐', '夸大家庭困难程度募集捐款，隐瞒已获赔偿和保险理赔'],
              ]
            : /基金会|协会|中心/.test(c.name)
              ? [
                  ['违规使用善款', '将募集的善款挪作他用'],
                  ['未按规定公开募捐信息', '未按规定公开募捐款物使用情况'],
                ]
              : [
                  ['冒用慈善组织名义募捐', '冒用慈善组织名义开展公开募捐'],
                  ['骗捐', '在募捐活动中虚假宣传，骗取捐赠'],
                ],
        ),
      ),
      amount: money(c.g, 5000, 3000000),
      sanction: c.g.pick(['禁止参评“中华慈善奖”，责令退还捐赠款物', '吊销登记证书，禁止参评“中华慈善奖”', '取消公开募捐资格，责令限期改正', '警告，责令限期改正']),
    }),
  },
  'performance-violations': {
    prefix: 'pv',
    rows: 35,
    subjects: { org: 6, sole_trader: 1, person: 3 },
    org: COMPANY(['文化传媒', '演艺', '票务代理', '文化发展', '演出经纪']),
    sole: SHOP(['票务代售点', '文化工作室']),
    maskedIds: true,
    authorities: { 'culture-tourism': 3, 'market-regulation': 2 },
    basis: ['《营业性演出管理条例》', '《中华人民共和国广告法》', '《中华人民共和国价格法》'],
    decision: (y, n, r) => `${r['authority'] === 'market-regulation' ? '兰市监罚' : '兰文旅演罚'}〔${y}〕${n}号`,
    removal: [...CREDIT_REPAIR],
    extra: (c) => {
      // Titles as printed on tickets; some begin with = + - @, as real ones do.
      const printed = ['=LOVE= 主题音乐会（兰州站）', '@星河乐队 巡回演唱会兰州站', '-18℃ 冰雪音乐节', '+1 青年喜剧专场'];
      const title =
        c.activeIndex >= 0 && c.activeIndex < printed.length
          ? printed[c.activeIndex]!
          : `${c.g.pick(['黄河', '金城', '陇上', '丝路', '星光'])}${c.g.pick(['音乐节', '演唱会', '话剧《远方》', '相声专场', '交响音乐会', '儿童剧《小船》'])}`;
      return {
        performance: title,
        ...(({ type, reason }) => ({ violation_type: type, reason }))(
          paired(c.g, [
            ['捂票囤票炒票', '囤积门票后在二手平台加价转售'],
            ['票务虚假宣传', '售票宣传中虚构主要演员阵容'],
            ['未明示主要演员及最低演出时长', '未明示主要演员信息及演出最低时长'],
            ['公开销售门票不足七成', '向社会公开销售的门票不足总票数的百分之七十'],
            ['未明码标价', '未按规定明码标价'],
          ]),
        ),
        tickets: String(c.g.int(20, 3000)),
      };
    },
  },
  'illegal-lottery': {
    prefix: 'il',
    rows: 35,
    subjects: { org: 3, sole_trader: 3, person: 4 },
    org: COMPANY(['网络科技', '信息技术', '体育文化', '商务咨询']),
    sole: SHOP(['彩票代售点', '便利店', '棋牌室']),
    maskedIds: true,
    authorities: { sports: 2, 'public-security': 2, 'market-regulation': 1, 'civil-affairs': 1 },
    basis: ['《彩票管理条例》', '《彩票管理条例实施细则》'],
    decision: (y, n, r) => `${({ sports: '兰体彩罚', 'public-security': '兰公治罚', 'market-regulation': '兰市监罚', 'civil-affairs': '兰民罚' } as Record<string, string>)[r['authority']!] ?? '兰体彩罚'}〔${y}〕${n}号`,
    removal: ['经复核撤销原认定', ...CREDIT_REPAIR],
    extra: (c) => ({
      ...(({ type, reason }) => ({ channel: type, reason }))(
        paired(c.g, [
          ['网络私彩', '利用互联网销售非法彩票'],
          ['地下私彩', '经营地下私彩'],
          ['伪造变造彩票', '伪造、变造彩票'],
          ['线上购票线下出售', '以线上购票、线下出票方式违规销售彩票'],
          ['违规提供支付结算', '为非法彩票活动提供支付结算服务'],
        ]),
      ),
      amount: money(c.g, 3000, 12000000),
    }),
  },
  'sports-integrity': {
    prefix: 'si',
    rows: 30,
    subjects: { person: 6, org: 1 },
    org: (g, zh) => `兰州${zh}${g.pick(['足球俱乐部有限公司', '篮球俱乐部有限公司', '体育发展有限公司'])}`,
    basis: ['《中华人民共和国体育法》', '《反兴奋剂条例》'],
    decision: (y, n) => `兰体纪〔${y}〕${n}号`,
    removal: ['经申诉撤销处罚'],
    extra: (c) => {
      const org = c.type === 'org';
      const role = org ? '俱乐部' : c.g.weighted({ 运动员: 5, 裁判员: 2, 教练员: 1 });
      const violation = org ? c.g.pick(['假球', '组织或强迫使用兴奋剂']) : role === '裁判员' ? '黑哨' : c.g.pick(role === '运动员' ? ['假球', '赌球', '使用兴奋剂'] : ['假球', '组织或强迫使用兴奋剂']);
      const years = c.g.int(1, 5);
      const reasons: Record<string, string[]> = {
        假球: org ? ['俱乐部管理人员操纵比赛结果'] : ['参与操纵比赛'],
        赌球: ['参与赌球'],
        黑哨: ['执法比赛中收受财物，故意错判'],
        使用兴奋剂: ['兴奋剂检测结果呈阳性', '拒绝、逃避兴奋剂检查'],
        组织或强迫使用兴奋剂: ['组织运动员使用兴奋剂'],
      };
      return {
        reason: c.g.pick(reasons[violation]!),
        basis: /兴奋剂/.test(violation) ? '《反兴奋剂条例》' : '《中华人民共和国体育法》',
        sport: c.g.pick(['足球', '篮球', '田径', '举重', '游泳', '自行车', '乒乓球']),
        violation_type: violation,
        role,
        sanction: org ? `取消本赛季参赛资格，罚款 ${c.g.int(10, 100)} 万元` : `禁赛 ${years} 年`,
        ban_until: org ? '' : addDays(addPeriod(c.listed_on, `${years}y`), -1),
      };
    },
  },
};

/**
 * Organisations that are on several lists (same USCC and name): profiles of the kind of firm
 * and the lists such a firm plausibly appears on. Their entries are all active.
 */
const SHARED: { count: number; name: (g: Rng, zh: string, d: string) => string; lists: string[]; min: number }[] = [
  { count: 4, name: COMPANY(['建筑工程', '建设工程', '市政工程']), lists: ['wage-arrears', 'major-tax-violations', 'dishonest-debtors', 'overloading-transport'], min: 2 },
  { count: 3, name: (g, zh) => `兰州${zh}${g.pick(['口腔门诊部', '综合门诊部', '中医诊所'])}`, lists: ['qualified-medical', 'illegal-medical-practice', 'insurance-fraud'], min: 2 },
  { count: 2, name: COMPANY(['大药房连锁', '医药连锁']), lists: ['fake-drugs', 'insurance-fraud'], min: 2 },
  { count: 2, name: COMPANY(['国际旅行社', '旅行社']), lists: ['cheap-tours', 'dishonest-debtors'], min: 2 },
  { count: 2, name: COMPANY(['投资管理', '资产管理']), lists: ['financial-dishonesty', 'dishonest-debtors', 'major-tax-violations'], min: 2 },
  { count: 2, name: COMPANY(['化工', '建材']), lists: ['environmental-credit', 'major-tax-violations'], min: 2 },
  { count: 1, name: COMPANY(['文化传媒', '演艺']), lists: ['performance-violations', 'major-tax-violations'], min: 2 },
];

interface Org {
  name: string;
  uscc: string;
  district: string;
  legal_rep: string;
}

/** A few people in charge of two organisations (legal representatives shared across lists). */
let serialReps: string[] = [];

// ---------------------------------------------------------------- rows

type Row = Record<string, string>;
type Status = 'active' | 'expired' | 'removed';

interface Plan {
  status: Status;
  /** Fixed dates for boundary rows. */
  listed_on?: string;
  expires_on?: string;
  removed_on?: string;
  org?: Org;
}

/** Dates for a row of the given status, at the reference day. */
function datesFor(g: Rng, status: Status, period: string): { listed_on: string; expires_on: string; removed_on: string } {
  // Listed on `periodStart` or later: still shown on REF with the default period.
  const periodStart = subtractPeriod(REF, period);
  const earliestActive = maxDate(EARLIEST, periodStart);
  const activeDays = daysBetween(earliestActive, REF);
  if (status === 'active') {
    // Newer listings are more frequent: the square pulls dates toward the reference day.
    const listed_on = addDays(REF, -Math.floor(activeDays * g.float() ** 1.6));
    // A few decisions set their own, shorter disclosure end that is still ahead.
    const own = g.chance(0.08) ? addDays(REF, g.int(1, 120)) : '';
    return { listed_on, expires_on: own && own < addPeriod(listed_on, period) ? own : '', removed_on: '' };
  }
  if (status === 'expired') {
    if (g.chance(0.2) && activeDays > 60) {
      // Own expiry date before the default one, already passed.
      const listed_on = addDays(REF, -g.int(60, activeDays));
      return { listed_on, expires_on: addDays(listed_on, g.int(30, daysBetween(listed_on, REF) - 1)), removed_on: '' };
    }
    const latest = addDays(periodStart, -1);
    const earliest = maxDate(EARLIEST, addDays(latest, -720));
    const listed_on = addDays(earliest, g.int(0, Math.max(0, daysBetween(earliest, latest))));
    return { listed_on: listed_on > latest ? latest : listed_on, expires_on: '', removed_on: '' };
  }
  const listed_on = addDays(REF, -g.int(45, Math.max(45, activeDays)));
  const removed_on = addDays(listed_on, g.int(30, Math.max(30, daysBetween(listed_on, REF))));
  return { listed_on, expires_on: '', removed_on: removed_on > REF ? REF : removed_on };
}

function generateList(id: string, meta: ListMetaFile, total: number, shared: Org[], boundary: boolean): Row[] {
  const g = new Rng(`list:${id}`);
  const f: Flavour = FLAVOURS[id] ?? { prefix: id.split('-').map((w) => w[0]).join('').slice(0, 3), rows: 30 };
  const kinds = meta.subject_kinds;
  const subjectWeights: Partial<Record<SubjectType, number>> = {};
  for (const k of kinds) subjectWeights[k] = f.subjects?.[k] ?? 1;

  // What each row will be: boundary rows, shared organisations, then a random mix.
  const plans: Plan[] = [];
  if (boundary) {
    const p = meta.period;
    plans.push(
      { status: 'active', listed_on: addDays(REF, -200), expires_on: REF }, // last day shown
      { status: 'expired', listed_on: addDays(REF, -200), expires_on: addDays(REF, -1) }, // first day not shown
      { status: 'removed', listed_on: addDays(REF, -150), removed_on: REF }, // removed today
      { status: 'active', listed_on: REF }, // listed today
      { status: 'active', listed_on: subtractPeriod(REF, p) }, // default period ends today
      { status: 'expired', listed_on: addDays(subtractPeriod(REF, p), -1) }, // default period ended yesterday
    );
  }
  for (const org of shared) plans.push({ status: 'active', org });
  while (plans.length < total) {
    const r = g.float();
    plans.push({ status: r < 0.76 ? 'active' : r < 0.89 ? 'expired' : 'removed' });
  }
  plans.length = Math.min(plans.length, total);

  let activeIndex = 0;
  const rows: Row[] = plans.map((plan) => {
    const reserved = plan.status !== 'active';
    const type: SubjectType = plan.org ? 'org' : g.weighted(subjectWeights);
    const d = plan.org?.district ?? district(g);
    const person = () => fresh(() => personName(g, reserved), reserved);
    let name: string;
    let uscc = '';
    let legal_rep = '';
    let id_masked = '';
    if (plan.org) {
      ({ name, uscc, legal_rep } = plan.org);
    } else if (type === 'person') {
      name = person();
      if (f.maskedIds) id_masked = makeMaskedId(g);
    } else if (type === 'sole_trader') {
      name = fresh(() => (f.sole ?? SHOP(['经营部']))(g, zihao(g, reserved), d), reserved);
      uscc = makeUscc(g, '92', d);
      legal_rep = person();
    } else {
      name = fresh(() => (f.org ?? COMPANY(['商贸']))(g, zihao(g, reserved), d), reserved);
      const kind = f.orgUscc ? f.orgUscc(g, name) : '91';
      const needsCode = meta.uscc_required !== false;
      if (kind !== null || needsCode) uscc = makeUscc(g, kind ?? '91', d);
      // Journals and other unregistered bodies without a code have no legal representative.
      legal_rep = kind === null && id === 'journal-warnings' ? '' : !reserved && serialReps.length && g.chance(0.06) ? g.pick(serialReps) : g.chance(0.95) ? person() : '';
    }
    const dates = datesFor(g, plan.status, meta.period);
    const listed_on = plan.listed_on ?? dates.listed_on;
    const expires_on = plan.listed_on ? (plan.expires_on ?? '') : dates.expires_on;
    let removed_on = plan.listed_on ? (plan.removed_on ?? '') : dates.removed_on;
    if (plan.org) removed_on = '';
    const ctx: RowCtx = { g, type, name, district: d, listed_on, reserved, activeIndex: reserved ? -1 : activeIndex++, person };
    const reason = meta.kind === 'register' ? '' : typeof f.reasons === 'function' ? f.reasons(ctx) : f.reasons ? g.pick(f.reasons) : '列入事由（示例）';
    const authorities = f.authorities ?? { [meta.authority]: 1 };
    const extra = f.extra ? f.extra(ctx) : genericExtra(g, meta, ctx);
    const row: Row = {
      id: '',
      subject_name: name,
      subject_type: type,
      uscc,
      id_masked,
      legal_rep: type === 'person' ? '' : legal_rep,
      district: d,
      reason,
      basis: f.basis ? g.pick(f.basis) : '',
      decision_no: '',
      authority: g.weighted(authorities as Record<string, number>),
      listed_on,
      expires_on,
      removed_on,
      removal_reason: removed_on ? g.pick(f.removal ?? ['信用修复']) : '',
      ...extra,
    };
    if (f.fit) Object.assign(row, f.fit(row));
    // Keep the status the plan asked for (generic dates could drift at the edges of the window).
    const status = disclosureStatus({ listed_on, expires_on: expires_on || undefined, removed_on: removed_on || undefined }, meta.period, REF);
    if (status !== plan.status) throw new Error(`${id}: planned ${plan.status}, got ${status} for ${listed_on}/${expires_on}/${removed_on}`);
    return row;
  });

  // Ids in order of listing, as a registry would number them; decision numbers per year.
  const order = rows.map((r, i) => ({ r, i })).sort((a, b) => a.r['listed_on']!.localeCompare(b.r['listed_on']!) || a.i - b.i);
  const perYear = new Map<string, number>();
  // At least four digits; past 9,999 the number grows (wa-9999, wa-10000) rather than every id
  // widening, so an id never depends on the list's size and references to it (the sample cases'
  // `wage-arrears/wa-0006`) hold at any size.
  order.forEach(({ r }, n) => {
    r['id'] = `${f.prefix}-${String(n + 1).padStart(4, '0')}`;
    if (f.decision) {
      const y = r['listed_on']!.slice(0, 4);
      const k = (perYear.get(y) ?? 0) + g.int(1, 7);
      perYear.set(y, k);
      r['decision_no'] = f.decision(y, k, r);
    }
  });
  return order.map(({ r }) => r);
}

/** listed_on such that listed_on + period = REF (default period ends on the reference day). */
function subtractPeriod(date: string, period: string): string {
  const m = /^(\d+)([ym])$/.exec(period)!;
  const months = Number(m[1]) * (m[2] === 'y' ? 12 : 1);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (mo - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Values for a list this script has no flavour for, by column type. */
function genericExtra(g: Rng, meta: ListMetaFile, c: RowCtx): Row {
  const out: Row = {};
  for (const col of meta.columns ?? []) {
    if (!col.required && g.chance(0.2)) {
      out[col.key] = '';
      continue;
    }
    out[col.key] =
      col.type === 'integer' ? String(g.int(1, 500)) : col.type === 'decimal' ? money(g, 1000, 1000000) : col.type === 'date' ? c.listed_on : col.type === 'enum' ? g.pick(col.values ?? ['']) : `示例${col.key}`;
  }
  return out;
}

// ---------------------------------------------------------------- CSV writing

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function writeCsv(path: string, header: string[], rows: Iterable<Row>): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, header.join(',') + '\n');
    let buf = '';
    for (const r of rows) {
      buf += header.map((h) => csvCell(r[h] ?? '')).join(',') + '\n';
      if (buf.length > 1 << 16) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    if (buf) writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------- main

const listsDir = join(SRC, 'lists');
const listIds = readdirSync(listsDir)
  .filter((d) => existsSync(join(listsDir, d, 'meta.yml')))
  .sort();
const metas = new Map<string, ListMetaFile>(listIds.map((id) => [id, parseYaml(readFileSync(join(listsDir, id, 'meta.yml'), 'utf8')) as ListMetaFile]));

// Rows per list: the flavour's sample size, or a share of --rows in the same proportions.
const sampleSizes = new Map(listIds.map((id) => [id, FLAVOURS[id]?.rows ?? 30]));
const sampleTotal = [...sampleSizes.values()].reduce((a, b) => a + b, 0);
const sizes = new Map<string, number>();
if (ROWS === undefined) for (const [id, n] of sampleSizes) sizes.set(id, n);
else {
  let left = ROWS;
  listIds.forEach((id, i) => {
    const n = i === listIds.length - 1 ? left : Math.floor((ROWS * sampleSizes.get(id)!) / sampleTotal);
    sizes.set(id, n);
    left -= n;
  });
}

// Shared organisations, each placed on `min`.. of its profile's lists.
const sg = new Rng('shared');
serialReps = Array.from({ length: 6 }, () => personName(sg, false));
const sharedByList = new Map<string, Org[]>(listIds.map((id) => [id, []]));
for (const profile of SHARED) {
  const lists = profile.lists.filter((l) => metas.has(l));
  if (lists.length < 2) continue;
  for (let i = 0; i < profile.count; i++) {
    const d = district(sg);
    const name = profile.name(sg, zihao(sg, false), d);
    const org: Org = { name, uscc: makeUscc(sg, '91', d), district: d, legal_rep: sg.chance(0.4) ? sg.pick(serialReps) : personName(sg, false) };
    const k = sg.int(profile.min, lists.length);
    const shuffled = [...lists];
    for (let j = shuffled.length - 1; j > 0; j--) {
      const r = sg.int(0, j);
      [shuffled[j], shuffled[r]] = [shuffled[r]!, shuffled[j]!];
    }
    const chosen = shuffled.slice(0, k);
    for (const l of chosen) sharedByList.get(l)!.push(org);
  }
}

if (OUT) {
  // A complete data directory: everything in data/ except the lists' rows, which are generated.
  mkdirSync(DEST, { recursive: true });
  for (const name of readdirSync(SRC)) {
    if (name === 'lists' || name.startsWith('.')) continue;
    cpSync(join(SRC, name), join(DEST, name), { recursive: true });
  }
}

const BOUNDARY_LISTS = new Set(['wage-arrears', 'dishonest-debtors']);
const takenDown: string[] = [];
const activeTexts: string[] = [];
const counts = { active: 0, expired: 0, removed: 0 };

// Lists derived from another list come after it; each list still draws from its own stream.
const generated = new Map<string, Row[]>();
const derivedLast = [...listIds].sort((a, b) => Number(!!FLAVOURS[a]?.derive) - Number(!!FLAVOURS[b]?.derive));
for (const id of derivedLast) {
  const meta = metas.get(id)!;
  const derive = FLAVOURS[id]?.derive;
  const rows = derive ? derive.rows(new Rng(`list:${id}`), generated.get(derive.from) ?? [], meta) : generateList(id, meta, sizes.get(id)!, sharedByList.get(id)!, BOUNDARY_LISTS.has(id));
  generated.set(id, rows);
  const header = [...Object.keys(CORE_COLUMNS), ...(meta.columns ?? []).map((c) => c.key)];
  const dir = join(DEST, 'lists', id);
  mkdirSync(dir, { recursive: true });
  if (OUT) writeFileSync(join(dir, 'meta.yml'), readFileSync(join(listsDir, id, 'meta.yml')));
  writeCsv(join(dir, 'entries.csv'), header, rows);
  for (const r of rows) {
    const status = disclosureStatus({ listed_on: r['listed_on']!, expires_on: r['expires_on'] || undefined, removed_on: r['removed_on'] || undefined }, meta.period, REF) as Status;
    counts[status]++;
    if (SMALL) {
      const personal = [r['subject_name'], r['legal_rep'], r['uscc'], r['id_masked'], r['responsible_person'], r['financial_officer']].filter((v): v is string => !!v);
      if (status === 'active') activeTexts.push(Object.values(r).join('\n'));
      else takenDown.push(...personal);
    }
  }
  console.log(`${id}: ${rows.length} 行`);
}

// Exam cheating: aggregate figures only, never names (see src/schemas/exam-cheating.ts).
{
  const g = new Rng('exam-cheating');
  const exams: [string, number][] = [
    ['普通高考', 40],
    ['中考', 55],
    ['研究生招生考试', 12],
    ['成人高考', 25],
    ['高等教育自学考试', 30],
  ];
  const rows: Row[] = [];
  for (let y = 2019; y <= Number(REF.slice(0, 4)); y++) {
    for (const [exam, typical] of exams) rows.push({ year: String(y), exam, count: String(Math.max(5, Math.round(typical * (0.5 + g.float())))), authority: 'education' });
  }
  writeCsv(join(DEST, 'exam-cheating', 'figures.csv'), ['year', 'exam', 'count', 'authority'], rows);
}

// Poverty relief: aggregate figures per year and district, never names (src/schemas/poverty-relief.ts).
// Rural districts only; 2019–2020 the last registered poor leave poverty (all by the end of 2020),
// from 2021 a few people a year are monitored against relapse and most of them leave monitoring.
{
  const g = new Rng('poverty-relief');
  const districts: [string, number][] = [
    ['七里河区', 900],
    ['西固区', 500],
    ['红古区', 700],
    ['永登县', 5200],
    ['皋兰县', 2100],
    ['榆中县', 6800],
    ['兰州新区', 400],
  ];
  const wan = (v: number) => (Math.round(v * 100) / 100).toFixed(2);
  const rows: Row[] = [];
  const lastYear = Number(REF.slice(0, 4)) - 1; // figures for whole years only
  for (let y = lastYear; y >= 2019; y--) {
    for (const [district, poor] of districts) {
      const identified = y === 2019 ? Math.round(poor * (0.15 + 0.1 * g.float())) : y === 2020 ? Math.round(poor * 0.03 * g.float()) : Math.round(poor * (0.01 + 0.02 * g.float()));
      const exited = y <= 2020 ? Math.round(poor * (y === 2019 ? 0.55 + 0.2 * g.float() : 0.25 + 0.1 * g.float())) : Math.round(identified * (0.6 + 0.35 * g.float()));
      const allocated = (y <= 2020 ? poor * 0.9 : poor * 0.45) * (0.8 + 0.4 * g.float());
      rows.push({ year: String(y), district, identified: String(identified), exited: String(exited), funds_allocated: wan(allocated), funds_used: wan(allocated * (0.82 + 0.17 * g.float())), authority: 'agriculture-rural' });
    }
  }
  writeCsv(join(DEST, 'poverty-relief', 'figures.csv'), ['year', 'district', 'identified', 'exited', 'funds_allocated', 'funds_used', 'authority'], rows);
}

// Checks on what was written: no resident ID anywhere, no taken-down name inside published text.
if (SMALL) {
  const published = activeTexts.join('\n');
  const leaks = takenDown.filter((v) => published.includes(v));
  if (leaks.length) throw new Error(`taken-down names or codes occur in active rows: ${leaks.slice(0, 5).join(', ')}`);
  const content = join(resolve('content'));
  if (existsSync(content)) {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.mdx?$/.test(n)) texts.push(readFileSync(p, 'utf8'));
      }
    };
    walk(content);
    const all = texts.join('\n');
    const inContent = takenDown.filter((v) => all.includes(v));
    if (inContent.length) console.warn(`注意：content/ 中出现了已停止公示条目的名称：${inContent.slice(0, 5).join('、')}`);
  }
}
for (const [id] of metas) {
  const text = readFileSync(join(DEST, 'lists', id, 'entries.csv'), 'utf8');
  if (findResidentIds(text).length) throw new Error(`${id}: entries.csv contains a resident ID number`);
}
console.log(`共 ${counts.active + counts.expired + counts.removed} 行（参考日 ${REF}：公示中 ${counts.active}，期满 ${counts.expired}，提前移出 ${counts.removed}），写入 ${DEST}`);
