/**
 * Writes the FICTIONAL sample reporting data: monthly progress reports
 * (`data/progress/<yyyy-mm>.csv`), monthly scores (`data/scores/<yyyy-mm>.csv`) and the
 * office's bulletins (`content/notices/*.mdx`) that match them.
 *
 *   npx tsx scripts/generate-sample-progress.ts [--seed 20190520] [--from 2019-06] [--to 2026-11]
 *
 * By default it covers the plan's first reporting month up to the month of the sample day
 * (scripts/lib/sample-day.ts), the same span as the lists and the typical cases.
 * Seeded: the same seed gives the same files, byte for byte. The areas and their responsible
 * units are read from content/areas, and the typical cases from content/cases: run it again
 * after changing an area's units or adding, moving or removing a case.
 * It replaces every *.csv in data/progress and data/scores and every *.mdx in content/notices:
 * use it only while the portal publishes sample data.
 *
 * Work status (`work_status`): every unit reports 推进中, except the pairs in WEAK, which report
 * 未开展 for their first months, and the pairs in DONE, which report 已完成 from a given month on
 * (one single-unit area is done; in a multi-unit area one unit is done while another is not, so
 * that the area stays 推进中).
 *
 * Typical cases (`cases_published`): each report states the cases published in its period (21st
 * of the previous month to the 20th; src/lib/progress/tally.ts caseReportMonth) by the unit for
 * that area, so that the office's tally on /progress/ agrees — except for the two differences
 * planted in PLANTED on purpose, which the dashboard must show:
 * - the report covering transport-2023-01 (transport, 2023-09) says 0 although the case is
 *   published (少报 1 件);
 * - taxation's tax-fraud report of 2026-05 says 1 although no case of it is published (多报 1 件).
 * A pair with a case in its period never misses that month's report.
 *
 * How the bulletins are made to match the data (tests/unit/progress.test.ts checks it):
 * - 进展通报 every two months: counts per month computed on the bulletin's date with the same
 *   function the dashboard uses (src/lib/progress/rules.ts computeProgress), and the areas'
 *   work status on that date (src/lib/progress/work-status.ts).
 * - 通报批评, ground 报送迟交, in each month where, on the bulletin's date, some report is missing
 *   or at least CRITICISE_LATE_DAYS days late: it names exactly those units and areas.
 * - 通报批评, ground 工作推进不力, for each WEAK pair in the last month it reports 未开展 (its
 *   third month or later), naming the months it did.
 * - 通报批评, ground 重大失信事件, for each case in MAJOR, a few days after it is published: it
 *   names the case (`cases`), its area and the area's responsible units.
 * - 通报表扬 each December and at the last month: units whose every report that year was on time.
 */
import { loadCity } from '../src/lib/load/city.ts';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAreas, type AreaRecord } from '../src/lib/areas/load.ts';
import type { LoadContext } from '../src/lib/load/context.ts';
import { loadUnits } from '../src/lib/load/units.ts';
import { formatIssue } from '../src/lib/issues.ts';
import { computeProgress, dueDate, monthRange, STATUS_TEXT, type MonthModel, type ReportLike } from '../src/lib/progress/rules.ts';
import { areaWorkStatus } from '../src/lib/progress/work-status.ts';
import { caseReportMonth } from '../src/lib/progress/tally.ts';
import { WORK_STATUSES, type WorkStatusValue } from '../src/schemas/progress.ts';
import { loadLists } from '../src/lib/lists/load.ts';
import { loadCases } from '../src/lib/cases/load.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { mulberry32, randomTools } from './lib/random.ts';
import { addDays, dateLabel, monthLabel } from '../src/lib/dates.ts';
import { readArgs } from './lib/args.ts';

const { values: opts } = readArgs(
  { seed: { type: 'string', default: '20190520' }, from: { type: 'string', default: '2019-06' }, to: { type: 'string', default: SAMPLE_DAY.slice(0, 7) } },
  'npx tsx scripts/generate-sample-progress.ts [--seed N] [--from YYYY-MM] [--to YYYY-MM]',
);
const SEED = Number(opts.seed);
const FROM = opts.from;
const TO = opts.to;
/** Late by this many days or more (or missing) earns a 通报批评. */
export const CRITICISE_LATE_DAYS = 4;

const rand = mulberry32(SEED);
const { int, pick } = randomTools(rand);

const root = resolve(process.cwd());
const ctx: LoadContext = { root, dataDir: join(root, 'data'), issues: [] };
const units = loadUnits(ctx);
const city = loadCity(ctx);
const areaMap = loadAreas(ctx, units, city);
const areas = [...areaMap.values()];
const cases = [...loadCases(ctx, units, areaMap, loadLists(ctx, units, areaMap, city, SAMPLE_DAY)).values()];
if (ctx.issues.length) {
  for (const i of ctx.issues) console.error(formatIssue(i));
  console.error('单位、领域、名单或案例数据有误，先修正再生成示例数据。');
  process.exit(1);
}
const unitName = (id: string) => units.get(id)?.name ?? id;

/**
 * How diligent each unit is, in this fiction: chance per month of reporting late and of
 * missing one area's report. Units not named are diligent (always on time).
 */
const PROFILE: Record<string, { late: number; missing: number }> = {
  'market-regulation': { late: 0.15, missing: 0.08 },
  'civil-affairs': { late: 0.3, missing: 0.15 },
  sports: { late: 0.3, missing: 0.12 },
  'culture-tourism': { late: 0.2, missing: 0 },
  transport: { late: 0.15, missing: 0.05 },
  'agriculture-rural': { late: 0.1, missing: 0.1 },
  cyberspace: { late: 0.12, missing: 0 },
  'finance-office': { late: 0.1, missing: 0 },
  'human-resources': { late: 0.08, missing: 0 },
  education: { late: 0.15, missing: 0.05 },
  'science-technology': { late: 0.1, missing: 0 },
};

/** What each area's units typically did, in one clause each (fictional, generic). */
const WORK: Record<string, string[]> = {
  'telecom-fraud': ['开展电话用户实名登记核查', '关停涉诈电话号码和银行账户', '开展反诈骗宣传进社区活动', '联合通信企业清理“伪基站”'],
  'online-rumours': ['处置网络谣言和虚假信息', '约谈违规发布信息的网站平台', '开展网络辟谣专项宣传'],
  financial: ['排查非法集资风险线索', '开展互联网金融风险专项整治', '对失信金融机构开展约谈'],
  environment: ['开展环境执法专项检查', '公开环境违法企业信息', '督办环评文件弄虚作假问题'],
  'poverty-relief': ['核查扶贫资金使用情况', '清理虚报冒领扶贫资金问题', '开展扶贫领域诚信教育'],
  'illegal-medical': ['开展打击非法行医专项检查', '更新医疗机构和医师资质公示信息', '受理并核查群众举报线索'],
  'fake-drugs': ['开展药品质量抽检', '查处制售假药案件', '检查药品零售企业经营行为'],
  'wage-arrears': ['排查在建工程项目欠薪隐患', '督促追回拖欠农民工工资', '认定拖欠工资“黑名单”'],
  'cheap-tours': ['检查旅行社经营行为', '查处“不合理低价游”线路', '受理游客投诉并督促退赔'],
  'tax-fraud': ['开展打击虚开发票专项行动', '追缴偷逃税款', '公布重大税收违法失信案件'],
  'court-enforcement': ['集中开展执行攻坚', '发布失信被执行人名单', '限制失信被执行人高消费'],
  transport: ['检查道路运输企业安全生产', '查处非法营运车辆', '开展超限超载治理'],
  'research-exams': ['核查科研项目申报材料真实性', '开展考风考纪专项整治', '查处考试作弊行为'],
  'insurance-fraud': ['核查社会保险待遇冒领问题', '开展医保基金专项检查', '追回违规骗取的保险资金'],
  'social-organisations': ['排查非法社会组织活动线索', '取缔非法社会组织', '开展社会组织年检'],
  charity: ['检查慈善组织信息公开情况', '核查网络募捐平台', '公开慈善组织年度报告'],
  performances: ['检查营业性演出票务销售', '查处演出虚假宣传', '打击倒卖演出门票行为'],
  'illegal-lottery': ['排查网络非法售彩线索', '检查彩票销售场所', '开展打击非法彩票宣传'],
  'sports-integrity': ['开展赛风赛纪专项检查', '组织兴奋剂检查', '开展体育诚信教育'],
};

/** Areas where a reported amount (元) makes sense, and its typical size. */
const AMOUNT: Record<string, [number, number]> = {
  financial: [200_000, 3_000_000],
  environment: [50_000, 800_000],
  'poverty-relief': [10_000, 200_000],
  'illegal-medical': [20_000, 300_000],
  'fake-drugs': [30_000, 500_000],
  'wage-arrears': [300_000, 5_000_000],
  'cheap-tours': [10_000, 200_000],
  'tax-fraud': [500_000, 9_000_000],
  'court-enforcement': [1_000_000, 20_000_000],
  transport: [20_000, 400_000],
  'insurance-fraud': [50_000, 900_000],
};

/** Pairs that report 未开展 up to and including `until` (a month index), then 推进中. */
const WEAK: { area: string; unit: string; until: number }[] = [
  { area: 'charity', unit: 'civil-affairs', until: 3 },
  { area: 'illegal-lottery', unit: 'sports', until: 2 },
];
/** Pairs that report 已完成 from `from` on. */
const DONE: { area: string; unit: string; from: string }[] = [
  { area: 'poverty-relief', unit: 'agriculture-rural', from: '2021-01' },
  { area: 'research-exams', unit: 'science-technology', from: '2022-07' },
  { area: 'telecom-fraud', unit: 'finance-office', from: '2024-01' },
];
/** Cases whose incident earns its area's units a 通报批评 (重大失信事件). */
const MAJOR = ['fake-drugs-2019-01', 'insurance-fraud-2024-01'];
/** The tally's planted differences (see the header): a case left out, a case that does not exist. */
const PLANTED = {
  under: { case: 'transport-2023-01' },
  over: { area: 'tax-fraud', unit: 'taxation', month: '2026-05' },
};

interface Row extends ReportLike {
  month: string;
}

const months = monthRange(FROM, TO);
if (months.length < 8) {
  console.error('至少生成 8 个连续月份（--from / --to）。');
  process.exit(1);
}

/** Cases per report period, area and issuing unit: what each report states as published. */
const casesFor = new Map<string, string[]>();
for (const c of cases) {
  for (const unit of new Set(c.authorities)) {
    const key = `${caseReportMonth(c.published_on)}\u0000${c.area}\u0000${unit}`;
    casesFor.set(key, [...(casesFor.get(key) ?? []), c.id]);
  }
}
for (const id of [...MAJOR, PLANTED.under.case]) {
  if (!cases.some((c) => c.id === id)) {
    console.error(`示例案例 ${id} 不在 content/cases 中：请修改 scripts/generate-sample-progress.ts 中的 MAJOR 或 PLANTED。`);
    process.exit(1);
  }
}
const under = cases.find((c) => c.id === PLANTED.under.case)!;
const underKey = `${caseReportMonth(under.published_on)}\u0000${under.area}\u0000${under.authorities[0]}`;
const overKey = `${PLANTED.over.month}\u0000${PLANTED.over.area}\u0000${PLANTED.over.unit}`;
if (casesFor.has(overKey)) {
  console.error(`PLANTED.over 所在的 ${PLANTED.over.month} 已有案例，选另一个月份。`);
  process.exit(1);
}

function publishedIn(month: string, area: string, unit: string): number {
  const key = `${month}\u0000${area}\u0000${unit}`;
  const n = casesFor.get(key)?.length ?? 0;
  if (key === underKey) return n - 1;
  if (key === overKey) return n + 1;
  return n;
}

function workStatus(monthIndex: number, area: string, unit: string): WorkStatusValue {
  const weak = WEAK.find((w) => w.area === area && w.unit === unit);
  if (weak && monthIndex <= weak.until) return '未开展';
  const done = DONE.find((d) => d.area === area && d.unit === unit);
  if (done && months[monthIndex]! >= done.from) return '已完成';
  return '推进中';
}

/* ---------------------------------------------------------------- progress reports */
const rows = new Map<string, Row[]>();
const unitIds = [...new Set(areas.flatMap((a) => a.units))];
// The report of the month before the last one, from one unit, arrives in the following month:
// it shows that a late report still counts for its own month.
const crossMonth = { month: months[3]!, unit: 'sports' };
// Boundary days, once each: exactly on the 20th (on time) and the 21st (late).
const boundary = { onTwentieth: { month: months[1]!, unit: 'taxation' }, onTwentyFirst: { month: months[2]!, unit: 'culture-tourism' } };

for (const [mi, month] of months.entries()) {
  const list: Row[] = [];
  const due = dueDate(month);
  for (const unit of unitIds) {
    const p = PROFILE[unit] ?? { late: 0, missing: 0 };
    const r = rand();
    let day: string;
    if (crossMonth.month === month && crossMonth.unit === unit) day = addDays(due, 18);
    else if (boundary.onTwentieth.month === month && boundary.onTwentieth.unit === unit) day = due;
    else if (boundary.onTwentyFirst.month === month && boundary.onTwentyFirst.unit === unit) day = addDays(due, 1);
    else if (r < p.late) day = addDays(due, int(1, 5));
    else day = addDays(due, -int(0, 9));
    const unitAreas = areas.filter((a) => a.units.includes(unit));
    // A unit that misses, misses one of its areas (forgot, or no one in charge that month).
    // Not a report that states a case, nor one of a weak pair's 未开展 months: those are the data
    // the tally and the 工作推进不力 bulletins rest on.
    const picked = rand() < p.missing ? pick(unitAreas).slug : undefined;
    const keep = (slug: string) => `${month}\u0000${slug}\u0000${unit}` === underKey || publishedIn(month, slug, unit) > 0 || workStatus(mi, slug, unit) === '未开展';
    const skip = picked && !keep(picked) ? picked : undefined;
    // A unit that forgets an area sends its other areas' reports on time: a criticism then names
    // exactly the areas it was not on time in.
    if (skip && day > due) day = due;
    for (const a of unitAreas) {
      if (a.slug === skip) continue;
      list.push(report(month, a, unit, day, workStatus(mi, a.slug, unit)));
    }
  }
  list.sort((x, y) => areaNumber(x.area) - areaNumber(y.area) || areaUnitIndex(x) - areaUnitIndex(y));
  rows.set(month, list);
}

function areaNumber(slug: string): number {
  return areas.find((a) => a.slug === slug)!.number;
}
function areaUnitIndex(r: Row): number {
  return areas.find((a) => a.slug === r.area)!.units.indexOf(r.unit);
}

function report(month: string, a: AreaRecord, unit: string, submitted: string, work: WorkStatusValue): Row {
  const scale = a.units.length > 2 ? 0.6 : 1;
  const handled = Math.round(int(3, 40) * scale);
  const listed = Math.min(handled, int(0, Math.max(1, Math.round(handled / 3))));
  const removed = int(0, Math.max(0, Math.round(listed / 2)));
  // Drawn and not used: the figure comes from the cases now, and keeping the draw keeps every
  // other figure of the seed as it was.
  if (rand() < 0.35) int(1, 2);
  const published = publishedIn(month, a.slug, unit);
  const range = AMOUNT[a.slug];
  const amount = range ? Math.round((range[0] + rand() * (range[1] - range[0])) / 100) * 100 : undefined;
  const after = month > a.deadline.slice(0, 7);
  const tasks = WORK[a.slug] ?? ['开展专项检查'];
  const first = pick(tasks);
  const second = pick(tasks.filter((w) => w !== first));
  const stage =
    work === '未开展'
      ? `${a.title}专项治理尚未开展，正在制定工作方案、明确专人负责`
      : work === '已完成'
        ? `${a.title}专项治理任务已完成，转入常态化监管`
        : `${a.title}专项治理${after ? '持续推进（计划完成时限后继续按月报送）' : ''}`;
  const summary =
    `${unitName(unit)}围绕${stage}，本期${first}，${second ?? '加强部门协同'}；` +
    `办理案件 ${handled} 件，新列入名单 ${listed} 户，移出 ${removed} 户，公示典型案例 ${published} 件` +
    (amount !== undefined ? `，涉及金额 ${(amount / 10000).toFixed(2)} 万元` : '') +
    '。';
  return {
    month,
    area: a.slug,
    unit,
    submitted_on: submitted,
    cases_handled: handled,
    entries_listed: listed,
    entries_removed: removed,
    cases_published: published,
    amount_yuan: amount,
    summary,
    work_status: work,
  };
}

const csvCell = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function clearDir(dir: string, ext: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith(ext)) rmSync(join(dir, f));
}

const progressDir = join(root, 'data', 'progress');
clearDir(progressDir, '.csv');
const HEADER = ['area', 'unit', 'submitted_on', 'cases_handled', 'entries_listed', 'entries_removed', 'cases_published', 'amount_yuan', 'summary', 'work_status'] as const;
for (const [month, list] of rows) {
  const lines = [HEADER.join(',')];
  for (const r of list) lines.push(HEADER.map((k) => csvCell(r[k])).join(','));
  writeFileSync(join(progressDir, `${month}.csv`), lines.join('\n') + '\n');
}

const monthInput = months.map((m) => ({ month: m, reports: rows.get(m)! }));
const modelOn = (date: string): MonthModel<Row>[] => computeProgress(areas, monthInput, date);
const finalModel = modelOn(addDays(dueDate(TO), 60));

/* ---------------------------------------------------------------- scores */
const scoresDir = join(root, 'data', 'scores');
clearDir(scoresDir, '.csv');
const areaTitle = (slug: string) => areas.find((a) => a.slug === slug)!.title;
for (const m of finalModel) {
  const lines = ['unit,score,remarks'];
  for (const unit of unitIds) {
    const cells = m.areas.flatMap((a) => a.cells).filter((c) => c.unit === unit);
    const notes: string[] = [];
    let score = 100;
    for (const c of cells) {
      if (c.status === 'late') {
        const minus = Math.min(10, 2 + (c.daysLate ?? 1));
        score -= minus;
        notes.push(`${areaTitle(c.area)}领域逾期 ${c.daysLate} 天报送（扣 ${minus} 分）`);
      } else if (c.status === 'missing') {
        score -= 15;
        notes.push(`${areaTitle(c.area)}领域未报送（扣 15 分）`);
      }
    }
    for (const c of cells) {
      if (c.report?.work_status === '未开展') {
        score -= 5;
        notes.push(`${areaTitle(c.area)}领域工作尚未开展（扣 5 分）`);
      }
    }
    // Quality of the reports themselves (台账、数据完整性), half points.
    const quality = rand() < 0.3 ? int(1, 6) / 2 : 0;
    if (quality) {
      score -= quality;
      notes.push(`工作台账不够完整（扣 ${quality} 分）`);
    }
    if (!notes.length) notes.push(cells.length > 1 ? `所负责的 ${cells.length} 个领域均按时报送，台账完整` : '所负责领域按时报送，台账完整');
    lines.push([unit, String(score), csvCell(notes.join('；'))].join(','));
  }
  writeFileSync(join(scoresDir, `${m.month}.csv`), lines.join('\n') + '\n');
}

/* ---------------------------------------------------------------- notices */
const noticesDir = join(root, 'content', 'notices');
clearDir(noticesDir, '.mdx');
const yamlList = (xs: string[]) => `[${xs.join(', ')}]`;
/** Written notice ids: two bulletins of one day and kind would overwrite each other. */
const written = new Set<string>();
/** Nothing is issued after the sample day: every bulletin of the sample is public on it. */
const lastDay = (date: string) => (date > SAMPLE_DAY ? SAMPLE_DAY : date);

function writeNotice(date: string, slug: string, fm: { title: string; kind: string; summary: string; areas: string[]; units: string[]; months: string[]; ground?: string; cases?: string[] }, body: string): void {
  if (written.has(`${date}-${slug}`)) throw new Error(`两份通报同名：${date}-${slug}`);
  const text = [
    '---',
    `title: "${fm.title}"`,
    `date: ${date}`,
    `kind: ${fm.kind}`,
    ...(fm.ground ? [`ground: ${fm.ground}`] : []),
    `summary: "${fm.summary}"`,
    `areas: ${yamlList(fm.areas)}`,
    `units: ${yamlList(fm.units)}`,
    `months: ${yamlList(fm.months)}`,
    ...(fm.cases?.length ? [`cases: ${yamlList(fm.cases)}`] : []),
    '---',
    '',
    body.trim(),
    '',
  ].join('\n');
  writeFileSync(join(noticesDir, `${date}-${slug}.mdx`), text);
  written.add(`${date}-${slug}`);
}

const allAreas = areas.map((a) => a.slug);
const monthSentence = (m: MonthModel) =>
  `${monthLabel(m.month)}：应报送 ${m.counts.expected} 份，按时 ${m.counts.on_time} 份，逾期 ${m.counts.late} 份，未报 ${m.counts.missing} 份；19 个领域中 ${m.areasReported} 个领域已报送。`;

// 进展通报, every two months, a week after the second month's 20th.
for (let i = 0; i < months.length; i += 2) {
  const covered = months.slice(i, i + 2);
  const last = covered[covered.length - 1]!;
  const date = lastDay(addDays(dueDate(last), 7));
  const model = modelOn(date).filter((m) => covered.includes(m.month));
  const lines: string[] = [];
  lines.push(`各责任单位：`, '');
  lines.push(
    `根据《兰州市重点失信领域专项治理实施方案》“每月20日上报进展情况”的要求，市社会信用体系建设领导小组办公室对${covered.map(monthLabel).join('和')}各责任单位报送的治理进展进行了统计。截至${dateLabel(date)}，情况如下：`,
    '',
  );
  for (const m of model) {
    lines.push(`- ${monthSentence(m)}本月各单位共办理案件 ${m.totals.cases_handled} 件，新列入名单 ${m.totals.entries_listed} 户，移出名单 ${m.totals.entries_removed} 户，公示典型案例 ${m.totals.cases_published} 件。`);
  }
  lines.push('');
  const problems = model.flatMap((m) => m.areas.flatMap((a) => a.cells.filter((c) => c.status === 'late' || c.status === 'missing')));
  if (problems.length) {
    lines.push('逾期或未报送的情况如下：', '');
    for (const c of problems) {
      lines.push(`- ${monthLabel(c.month)}，${areaTitle(c.area)}领域，${unitName(c.unit)}：${STATUS_TEXT[c.status].word}${c.status === 'late' ? ` ${c.daysLate} 天` : ''}。`);
    }
    lines.push('');
  }
  const onDate = modelOn(date);
  const work = areas.map((a) => areaWorkStatus(onDate, a.slug)?.status ?? '未开展');
  lines.push(`截至${dateLabel(date)}，19 个领域的工作状态：${WORK_STATUSES.map((w) => `${w} ${work.filter((x) => x === w).length} 个`).join('，')}（一个领域有几个责任单位时，按进展最慢的单位计）。`, '');
  if (last > areas[0]!.deadline.slice(0, 7)) {
    lines.push(`实施方案确定的计划完成时限为${dateLabel(areas[0]!.deadline)}。各责任单位继续按月报送进展和工作状态：已完成的领域巩固治理成果、转入常态化监管，仍在推进的领域加快推进。`, '');
  }
  lines.push('请各责任单位对照通报查漏补缺，按时、完整报送下月进展。', '');
  lines.push('兰州市社会信用体系建设领导小组办公室（示例数据）');
  const reported = [...new Set(model.flatMap((m) => m.areas.flatMap((a) => a.cells.filter((c) => c.report).map((c) => c.unit))))];
  const totals = model.map((m) => `${monthLabel(m.month)}按时 ${m.counts.on_time}/${m.counts.expected} 份`).join('，');
  writeNotice(
    date,
    'progress-bulletin',
    {
      title: `关于${covered.map(monthLabel).join('、')}重点失信领域专项治理工作进展情况的通报`,
      kind: '进展通报',
      summary: `${totals}。`,
      areas: allAreas,
      units: unitIds.filter((u) => reported.includes(u)),
      months: covered,
    },
    lines.join('\n'),
  );
}

// 通报批评, in each month with a missing or seriously late report on the bulletin's date.
for (const month of months) {
  const date = lastDay(addDays(dueDate(month), 6));
  const m = modelOn(date).find((x) => x.month === month)!;
  const bad = m.areas.flatMap((a) => a.cells.filter((c) => c.status === 'missing' || (c.status === 'late' && (c.daysLate ?? 0) >= CRITICISE_LATE_DAYS)));
  if (!bad.length) continue;
  const byUnit = new Map<string, typeof bad>();
  for (const c of bad) byUnit.set(c.unit, [...(byUnit.get(c.unit) ?? []), c]);
  const lines = ['各责任单位：', ''];
  lines.push(
    `${monthLabel(month)}的治理进展应于${dateLabel(dueDate(month))}前报送。截至${dateLabel(date)}，下列单位未报送或逾期 ${CRITICISE_LATE_DAYS} 天以上报送，影响了全市专项治理工作的统计和通报，现予以通报批评：`,
    '',
  );
  for (const [unit, cells] of byUnit) {
    lines.push(`- ${unitName(unit)}：${cells.map((c) => `${areaTitle(c.area)}领域${c.status === 'missing' ? '未报送' : `逾期 ${c.daysLate} 天报送`}`).join('；')}。`);
  }
  lines.push('', '请被通报的单位在 5 个工作日内补报进展并说明原因，落实专人负责，杜绝类似情况再次发生。本次通报情况纳入当月考核打分。', '');
  lines.push('兰州市社会信用体系建设领导小组办公室（示例数据）');
  writeNotice(
    date,
    'criticism',
    {
      title: `关于${monthLabel(month)}未按时报送专项治理进展单位的通报批评`,
      kind: '通报批评',
      ground: '报送迟交',
      summary: `${[...byUnit.keys()].map(unitName).join('、')}未按时报送${monthLabel(month)}专项治理进展，予以通报批评。`,
      areas: [...new Set(bad.map((c) => c.area))].sort((a, b) => areaNumber(a) - areaNumber(b)),
      units: [...byUnit.keys()],
      months: [month],
    },
    lines.join('\n'),
  );
}

// 通报批评 for 工作推进不力: a pair that has reported 未开展 for three months or more.
for (const w of WEAK) {
  const covered = months.slice(0, w.until + 1);
  if (covered.length < 3) continue;
  const month = covered[covered.length - 1]!;
  const date = lastDay(addDays(dueDate(month), 8));
  const lines = ['各责任单位：', ''];
  lines.push(
    `${unitName(w.unit)}在${covered.map(monthLabel).join('、')}连续 ${covered.length} 个月报送的${areaTitle(w.area)}领域工作状态均为“未开展”，专项治理工作推进不力，影响全市 19 个重点领域专项治理全覆盖，现予以通报批评。`,
    '',
    `请${unitName(w.unit)}在 10 个工作日内制定专项治理工作方案，明确专人负责，建立工作台账，并在下月报送中说明进展。`,
    '',
    '兰州市社会信用体系建设领导小组办公室（示例数据）',
  );
  writeNotice(
    date,
    'criticism-weak-work',
    {
      title: `关于${unitName(w.unit)}${areaTitle(w.area)}专项治理工作推进不力的通报批评`,
      kind: '通报批评',
      ground: '工作推进不力',
      summary: `${unitName(w.unit)}连续 ${covered.length} 个月报送${areaTitle(w.area)}领域工作“未开展”，予以通报批评。`,
      areas: [w.area],
      units: [w.unit],
      months: covered,
    },
    lines.join('\n'),
  );
}

// 通报批评 for 重大失信事件: the area's responsible units, a few days after the case is published.
for (const id of MAJOR) {
  const c = cases.find((x) => x.id === id)!;
  const month = caseReportMonth(c.published_on);
  if (!months.includes(month)) continue;
  const area = areas.find((a) => a.slug === c.area)!;
  const date = lastDay(addDays(c.published_on, 5));
  const lines = ['各责任单位：', ''];
  lines.push(
    `${dateLabel(c.published_on)}公布的典型案例“${c.title}”是${area.title}领域发生的造成社会影响的重大失信事件。按照实施方案“对发生造成社会影响的重大失信案件事件的领域及责任单位，将予以通报批评”的要求，现对该领域的责任单位${area.units.map(unitName).join('、')}予以通报批评。`,
    '',
    '请被通报的单位举一反三，排查同类风险，加强日常监管，并在下月报送中说明整改情况。',
    '',
    '兰州市社会信用体系建设领导小组办公室（示例数据）',
  );
  writeNotice(
    date,
    'criticism-major-incident',
    {
      title: `关于${area.title}领域重大失信事件的通报批评`,
      kind: '通报批评',
      ground: '重大失信事件',
      summary: `${area.title}领域发生重大失信事件（${c.title}），对责任单位${area.units.map(unitName).join('、')}予以通报批评。`,
      areas: [area.slug],
      units: [...area.units],
      months: [month],
      cases: [c.id],
    },
    lines.join('\n'),
  );
}

// 通报表扬, each December and at the last month, for that year's months.
for (const upTo of [...new Set([...months.filter((m) => m.endsWith('-12')), TO])].filter((m) => months.includes(m))) {
  const date = lastDay(addDays(dueDate(upTo), 10));
  const covered = months.filter((m) => m <= upTo && m.slice(0, 4) === upTo.slice(0, 4));
  const model = modelOn(date).filter((m) => covered.includes(m.month));
  const good = unitIds.filter((u) => model.every((m) => m.areas.every((a) => a.cells.every((c) => c.unit !== u || c.status === 'on_time'))));
  if (!good.length) continue;
  const goodAreas = allAreas.filter((s) => areas.find((a) => a.slug === s)!.units.some((u) => good.includes(u)));
  const span = `${monthLabel(covered[0]!)}至${monthLabel(upTo)}`;
  const lines = ['各责任单位：', ''];
  lines.push(`${span}，下列单位每月均在20日前按时、完整报送了负责领域的治理进展，工作台账规范，现予以通报表扬：`, '');
  for (const u of good) {
    const own = areas.filter((a) => a.units.includes(u)).map((a) => a.title);
    lines.push(`- ${unitName(u)}（负责${own.join('、')}领域）`);
  }
  lines.push('', '希望受表扬的单位继续保持，其他单位向他们学习，确保专项治理各项工作按期落实。', '');
  lines.push('兰州市社会信用体系建设领导小组办公室（示例数据）');
  writeNotice(
    date,
    'praise',
    {
      title: `关于对${span}按时报送专项治理进展单位的通报表扬`,
      kind: '通报表扬',
      summary: `${good.length} 个单位${span}每月均按时报送专项治理进展，予以通报表扬。`,
      areas: goodAreas,
      units: good,
      months: covered,
    },
    lines.join('\n'),
  );
}

const total = [...rows.values()].reduce((n, l) => n + l.length, 0);
console.log(`已生成示例数据（种子 ${SEED}）：${months.length} 个月的进展报送 ${total} 行、考核打分、${readdirSync(noticesDir).filter((f) => f.endsWith('.mdx')).length} 份通报。`);
