import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/issues.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { compareNewestFirst } from '../../src/lib/cases/load.ts';
import { caseId, caseSchema } from '../../src/schemas/case.ts';
import { MEASURE_KEYS, MEASURES } from '../../src/schemas/measures.ts';
import { caseJsonLd, citation, isPublished, measureCounts, safeJsonLd, subjectView, yearCounts } from '../../src/lib/cases/rules.ts';
import { pagedPath } from '../../src/lib/paths.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const ON = SAMPLE_DAY;
const FIXTURE = fixtureRoot('cases-invalid');
const fixture = loadPortal({ root: FIXTURE, disclosureDate: ON });
const messages = fixture.issues.map(formatIssue);

/** Line and column (1-based) of the first occurrence of `needle` in a fixture file. */
function positionOf(file: string, needle: string): string {
  const lines = readFileSync(join(FIXTURE, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in ${file}`);
  return `${file}:${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
}

describe('case validation (fixture cases-invalid)', () => {
  it('loads the good case with its measures written as labels, keys or objects', () => {
    expect(messages.filter((m) => m.includes('good-2025-01'))).toEqual([]);
    const c = fixture.portal.cases.get('good-2025-01')!;
    expect(c.measures.map((m) => m.measure)).toEqual(['blacklist', 'restrict-high-consumption', 'fine']);
    expect(c.measures[2]!.amount_yuan).toBe(50000);
    expect(c.entry).toBe('2025/good-2025-01');
  });

  it('reports a reference to an entry that does not exist at the reference, path:line:column', () => {
    const at = positionOf('content/cases/2025/broken-ref-2025-01.mdx', 'wage-arrears/wa-9999');
    expect(at).toBe('content/cases/2025/broken-ref-2025-01.mdx:8:10');
    expect(messages).toContain(`${at}: 名单条目引用“wage-arrears/wa-9999”无法找到：名单“wage-arrears”中没有编号为“wa-9999”的条目 (subjects.ref)`);
  });

  it('reports a reference to a list that does not exist', () => {
    const at = positionOf('content/cases/2025/broken-ref-2025-01.mdx', 'no-such-list/x-1');
    expect(messages.some((m) => m.startsWith(`${at}: 名单条目引用“no-such-list/x-1”无法找到：名单“no-such-list”不存在`))).toBe(true);
  });

  it('reports a measure outside the vocabulary at the measure', () => {
    const at = positionOf('content/cases/2025/bad-measure-2025-01.mdx', '没收财产');
    expect(messages.some((m) => m.startsWith(`${at}: 惩戒措施“没收财产”不在措施词表中`))).toBe(true);
  });

  it('reports an unknown unit at the unit id', () => {
    const at = positionOf('content/cases/2025/unknown-unit-2025-01.mdx', 'labour-bureau');
    expect(messages).toContain(`${at}: 联合惩戒部门“labour-bureau”不在 data/units.csv 中 (joint_authorities)`);
  });

  it('reports a case filed under a year other than its publication year', () => {
    const at = positionOf('content/cases/2024/wrong-folder-2025-01.mdx', '2025-03-20');
    expect(messages.some((m) => m.startsWith(`${at}: 发布日期 2025-03-20 与所在文件夹 2024 不符`))).toBe(true);
  });

  it('refuses case ids that collide with the browse addresses', () => {
    expect(messages.some((m) => m.startsWith('content/cases/2025/area.mdx:1:1: 案例文件名不能是 area'))).toBe(true);
    expect(messages.some((m) => m.startsWith('content/cases/2025/12345.mdx:1:1: 案例文件名不能全是数字'))).toBe(true);
  });

  it('reports nothing else', () => {
    expect(fixture.issues).toHaveLength(7);
  });
});

describe('case schema', () => {
  const good = {
    title: '标题',
    area: 'wage-arrears',
    published_on: '2025-03-20',
    decided_on: '2025-03-01',
    summary: '摘要。',
    subjects: [{ name: '王某' }],
    authorities: ['human-resources'],
    measures: ['罚款'],
    outcome: '结果。',
    sources: [{ title: 't', issuer: 'i', date: '2025-03-20', url: 'https://example.org/' }],
  };

  it('accepts a minimal case and fills the optional lists', () => {
    const r = caseSchema.safeParse(good);
    expect(r.success).toBe(true);
    expect(r.data?.joint_authorities).toEqual([]);
    expect(r.data?.amounts).toEqual([]);
  });

  it('refuses a decision dated after publication', () => {
    const r = caseSchema.safeParse({ ...good, decided_on: '2025-04-01' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['decided_on', '决定日期 2025-04-01 晚于发布日期 2025-03-20']]);
  });

  it('refuses a subject with neither a name nor a reference', () => {
    const r = caseSchema.safeParse({ ...good, subjects: [{ role: '用人单位' }] });
    expect(r.error?.issues[0]?.message).toBe('涉案主体至少要有 name（名称）或 ref（名单条目引用）之一');
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    const r = caseSchema.safeParse({ ...good, autorities: ['x'] });
    expect(r.error?.issues[0]?.message).toContain('不认识的字段：autorities');
  });

  it('refuses a summary of more than one paragraph', () => {
    expect(caseSchema.safeParse({ ...good, summary: '一段。\n\n两段。' }).success).toBe(false);
  });

  it('refuses plain http sources', () => {
    expect(caseSchema.safeParse({ ...good, sources: [{ ...good.sources[0], url: 'http://example.org/' }] }).success).toBe(false);
  });

  it('accepts lower-case ASCII ids and refuses reserved words, page numbers and other characters', () => {
    expect(caseId.safeParse('wage-arrears-2021-01').success).toBe(true);
    for (const bad of ['area', 'year', 'measure', '2', '2021', 'Wage', 'wage_arrears', '欠薪']) expect(caseId.safeParse(bad).success, bad).toBe(false);
  });

  it('lists every measure with its key in the editor guide (content/README.md)', () => {
    const guide = readFileSync('content/README.md', 'utf8');
    expect(MEASURE_KEYS.filter((k) => !guide.includes(`| ${MEASURES[k].label} | \`${k}\` |`))).toEqual([]);
  });

  it('has a Chinese label for every measure and no label twice', () => {
    const labels = MEASURE_KEYS.map((k) => MEASURES[k].label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe('case subjects and taken-down entries', () => {
  const c = fixture.portal.cases.get('good-2025-01')!;
  const [active, expired, named] = c.subjects.map((s) => subjectView(s, fixture.portal.lists));

  it('names a referenced entry while it is disclosed, and links it', () => {
    expect(active!.name).toBe('兰州示例甲建筑劳务有限公司');
    expect(active!.entry).toMatchObject({ listId: 'wage-arrears', entryId: 'wa-0001' });
  });

  it('shows no name, link or identifier of an entry that is no longer disclosed', () => {
    expect(fixture.portal.lists.get('wage-arrears')!.entries.find((e) => e.id === 'wa-0002')!.status).toBe('expired');
    expect(expired!.name).toBeUndefined();
    expect(expired!.entry).toBeUndefined();
    expect(JSON.stringify(expired)).not.toContain('兰州示例乙');
    expect(JSON.stringify(expired)).not.toContain('91620102MA7EXT002B');
    expect(expired!.notice).toContain('已停止公示');
  });

  it('keeps a name the case text states itself', () => {
    expect(named).toMatchObject({ name: '王某', role: '法定代表人' });
  });
});

describe('case listings', () => {
  it('publishes a case from its publication day on', () => {
    expect(isPublished({ published_on: '2026-11-27' }, ON)).toBe(true);
    expect(isPublished({ published_on: '2026-11-28' }, ON)).toBe(false);
  });

  it('orders newest first, then by id', () => {
    const xs = [
      { id: 'b', published_on: '2020-01-01' },
      { id: 'a', published_on: '2021-01-01' },
      { id: 'a', published_on: '2020-01-01' },
    ].sort(compareNewestFirst);
    expect(xs.map((x) => `${x.published_on}/${x.id}`)).toEqual(['2021-01-01/a', '2020-01-01/a', '2020-01-01/b']);
  });

  it('puts the first page of a listing at its base address and page n under it', () => {
    expect([1, 2, 3].map((n) => pagedPath('/cases/', n))).toEqual(['/cases/', '/cases/2/', '/cases/3/']);
  });

  it('counts cases per year (newest first) and per measure (vocabulary order)', () => {
    const cases = [
      { published_on: '2020-05-01', measures: [{ measure: 'fine' as const }] },
      { published_on: '2021-05-01', measures: [{ measure: 'fine' as const }, { measure: 'blacklist' as const }] },
    ];
    expect(yearCounts(cases)).toEqual([{ year: '2021', count: 1 }, { year: '2020', count: 1 }]);
    expect(measureCounts(cases)).toEqual([{ key: 'fine', label: '罚款', count: 2 }, { key: 'blacklist', label: '列入黑名单', count: 1 }]);
  });
});

describe('citing and machine-readable data', () => {
  it('writes a GB/T 7714 style citation with the permanent address', () => {
    expect(citation('标题', '发布者', '2025-03-20', 'https://example.org/cases/x/').text).toBe('发布者. 标题[EB/OL]. (2025-03-20). https://example.org/cases/x/.');
  });

  it('serialises JSON-LD so that no string can close the script element', () => {
    const out = safeJsonLd({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });

  it('describes a case as a schema.org Article without naming its subjects', () => {
    const c = fixture.portal.cases.get('good-2025-01')!;
    const ld = caseJsonLd(c, { url: 'https://example.org/cases/good-2025-01/', publisher: '办公室', areaTitle: '拖欠工资问题', measures: ['罚款'], authorities: ['市人社局'] });
    expect(ld).toMatchObject({ '@type': 'Article', headline: c.title, datePublished: '2025-03-20', inLanguage: 'zh-CN' });
    expect(JSON.stringify(ld)).not.toContain('兰州示例');
  });
});

describe('the sample cases', () => {
  const { portal, issues } = loadPortal({ root: process.cwd(), disclosureDate: ON });
  const cases = [...portal.cases.values()];

  it('validate without a problem', () => {
    expect(issues.filter((i) => i.file.startsWith('content/cases/')).map(formatIssue)).toEqual([]);
  });

  it('number at least 40, with at least one in every area, over several years', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const a of portal.areas.keys()) expect(cases.some((c) => c.area === a), a).toBe(true);
    expect(new Set(cases.map((c) => c.published_on.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
  });

  it('refer to disclosed list entries, and at least one to an entry taken down on the test date', () => {
    const statuses = cases.flatMap((c) => c.subjects.filter((s) => s.ref).map((s) => {
      const [l, e] = s.ref!.split('/');
      return portal.lists.get(l!)!.entries.find((x) => x.id === e)!.status;
    }));
    expect(statuses.filter((s) => s === 'active').length).toBeGreaterThanOrEqual(5);
    expect(statuses.some((s) => s === 'expired' || s === 'removed')).toBe(true);
  });

  it('cite only fictional sources on the reserved domain example.org', () => {
    for (const c of cases) for (const s of c.sources) expect(new URL(s.url).hostname).toBe('example.org');
  });
});
