import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/issues.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { entrySchemaFor } from '../../src/schemas/list-entry.ts';
import { listMetaSchema } from '../../src/schemas/list-meta.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const root = fixtureRoot('lists-invalid');
const { issues } = loadPortal({ root, dataDir: 'data', disclosureDate: SAMPLE_DAY });
const lines = issues.map(formatIssue);
const at = (prefix: string) => lines.filter((l) => l.startsWith(prefix));

describe('validation of a bad list (tests/fixtures/lists-invalid)', () => {
  it('reports a wrong USCC check character at its cell', () => {
    expect(at('data/lists/bad-rows/entries.csv:2:26:')).toEqual(['data/lists/bad-rows/entries.csv:2:26: 统一社会信用代码校验位错误：第 18 位应为 "L"，实为 "A" (uscc)']);
  });

  it('refuses a full resident ID number where only a masked one is allowed, twice over', () => {
    const here = at('data/lists/bad-rows/entries.csv:3:20:');
    expect(here).toHaveLength(2);
    expect(here.some((l) => l.endsWith('(id_masked)') && l.includes('脱敏'))).toBe(true);
    expect(here.some((l) => l.endsWith('(privacy)') && l.includes('340524********001X'))).toBe(true);
  });

  it('reports a duplicate id at the second use, naming the first line', () => {
    expect(at('data/lists/bad-rows/entries.csv:4:1:')).toEqual(['data/lists/bad-rows/entries.csv:4:1: 编号“wa-0002”重复（第 3 行已使用）：编号在名单内必须唯一，且永不重复使用 (id)']);
  });

  it('reports an unknown authority and an impossible date in the same row', () => {
    expect(at('data/lists/bad-rows/entries.csv:5:')).toEqual([
      'data/lists/bad-rows/entries.csv:5:54: 认定部门“nobody”不在 data/units.csv 中 (authority)',
      'data/lists/bad-rows/entries.csv:5:61: 日期“2026-02-30”不存在（请检查月份和日子） (listed_on)',
    ]);
  });

  it('refuses an all-digit entry id, which would collide with the table’s page numbers', () => {
    expect(at('data/lists/bad-rows/entries.csv:6:1:')[0]).toMatch(/编号“0005”不能全是数字.*\(id\)$/);
  });

  it('reports a missing required column at the header', () => {
    expect(at('data/lists/bad-header/entries.csv:1:1:')).toEqual(['data/lists/bad-header/entries.csv:1:1: 缺少必需的列“workers_affected”：请在表头（第 1 行）加上这一列 (workers_affected)']);
  });

  it('reports an unknown authority in meta.yml together with a malformed period', () => {
    expect(at('data/lists/bad-meta/meta.yml:')).toEqual([
      'data/lists/bad-meta/meta.yml:4:12: 认定部门“nobody”不在 data/units.csv 中 (authority)',
      'data/lists/bad-meta/meta.yml:8:9: 公示期限“3 years”格式不对，应写作 3y（3 年）或 6m（6 个月） (period)',
    ]);
  });

  it('reports an extra column reusing a core label and a fill-rate check on an unknown column', () => {
    expect(at('data/lists/bad-columns/meta.yml:')).toEqual([
      'data/lists/bad-columns/meta.yml:11:12: 中文列名“列入日期”与基本列重名：下载文件以中文列名作表头，必须互不相同 (columns)',
      'data/lists/bad-columns/meta.yml:14:33: 填写率检查中的列“no_such_column”既不是基本列，也不在 columns 中 (checks.fill_rates)',
    ]);
  });

  it('finds no other problem than the planted ones', () => {
    expect(lines.filter((l) => !l.startsWith('data/lists/')).length).toBe(0);
    // 7 in bad-rows, 2 in bad-header (the column, then its empty cell), 2 in bad-meta, 2 in bad-columns.
    expect(lines).toHaveLength(13);
  });
});

describe('list data checks', () => {
  const meta = listMetaSchema.parse({
    title: 't',
    area: 'wage-arrears',
    kind: 'register',
    authority: 'x',
    legal_basis: 'b',
    description: 'd',
    subject_kinds: ['org', 'person'],
    period: '5y',
    repair: { allowed: false, basis: 'b', conditions: 'c' },
    uscc_required: false,
    columns: [{ key: 'workers', label: '人数', type: 'integer', required: true }],
  });
  const schema = entrySchemaFor(meta);
  const base = { id: 'qm-0001', subject_name: '某机构', subject_type: 'org', authority: 'x', listed_on: '2026-01-01', extra: { workers: '12' } };

  it('turns integer columns into numbers', () => {
    expect(schema.parse(base).extra['workers']).toBe(12);
  });

  it('lets a register leave the reason empty', () => {
    expect(schema.safeParse(base).success).toBe(true);
  });

  it('accepts an organisation without a USCC only where the list says it has none', () => {
    expect(schema.safeParse(base).success).toBe(true);
    expect(entrySchemaFor({ ...meta, uscc_required: true }).safeParse(base).success).toBe(false);
  });

  it('still checks a USCC when one is given on such a list', () => {
    const r = schema.safeParse({ ...base, uscc: '9135052155323005XA' });
    expect(r.success).toBe(false);
  });

  it('refuses a masked ID number on an organisation', () => {
    expect(schema.safeParse({ ...base, id_masked: '620102********123X' }).success).toBe(false);
  });

  it('refuses a search role other than identifier or name, in Chinese', () => {
    const r = listMetaSchema.safeParse({ ...meta, columns: [{ key: 'contract_no', label: '合同编号', type: 'text', search: 'phone' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['columns.0.search', 'search 只能是 identifier、name（编号类写 identifier，人名或单位名称写 name）']]);
    expect(listMetaSchema.safeParse({ ...meta, columns: [{ key: 'contract_no', label: '合同编号', type: 'text', search: 'identifier' }] }).success).toBe(true);
  });

  it('refuses a search role on a column that is not text, at that column', () => {
    const r = listMetaSchema.safeParse({ ...meta, columns: [{ key: 'workers', label: '人数', type: 'integer', search: 'name' }] });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['columns.0.search', '只有 text 类型的列才能写 search（这一列是 integer）']]);
  });

  it('refuses two extra columns with the same Chinese label', () => {
    const r = listMetaSchema.safeParse({ ...meta, columns: [{ key: 'a', label: '金额', type: 'decimal' }, { key: 'b', label: '金额', type: 'text' }] });
    expect(r.success).toBe(false);
  });
});

describe('the committed sample lists', () => {
  const { portal, issues: real } = loadPortal({ root: process.cwd(), disclosureDate: SAMPLE_DAY });
  const lists = [...portal.lists.values()];

  it('load without any issue in data/lists or data/exam-cheating/', () => {
    expect(real.filter((i) => i.file.startsWith('data/lists/') || i.file.startsWith('data/exam-cheating/')).map(formatIssue)).toEqual([]);
  });

  it('cover every list of the plan, with every kind: blacklists, warnings, a register and a red list', () => {
    const ids = lists.map((l) => l.id);
    for (const id of ['illegal-medical-practice', 'qualified-medical', 'illegal-social-organisations', 'social-organisation-warnings', 'wage-arrears', 'financial-dishonesty', 'environmental-credit', 'eia-agencies', 'fake-drugs', 'cheap-tours', 'major-tax-violations', 'dishonest-debtors', 'overloading-transport', 'research-misconduct', 'journal-warnings', 'insurance-fraud', 'charity-dishonesty', 'performance-violations', 'illegal-lottery', 'sports-integrity']) {
      expect(ids).toContain(id);
    }
    expect(new Set(lists.map((l) => l.meta.kind))).toEqual(new Set(['blacklist', 'warning', 'register', 'redlist']));
  });

  it('have tens of rows each, with active, expired and removed entries at the reference day', () => {
    for (const l of lists) {
      expect(l.entries.length, l.id).toBeGreaterThanOrEqual(20);
      const statuses = new Set(l.entries.map((e) => e.status));
      expect([...statuses].sort(), l.id).toEqual(['active', 'expired', 'removed']);
    }
  });

  it('put no list in the areas that publish none', () => {
    expect(lists.filter((l) => ['telecom-fraud', 'online-rumours', 'poverty-relief'].includes(l.meta.area))).toEqual([]);
  });

  it('place some organisations on two or more lists under the same USCC, all active', () => {
    const byUscc = new Map<string, Set<string>>();
    for (const l of lists) for (const e of l.entries) if (e.uscc && e.status === 'active') byUscc.set(e.uscc, (byUscc.get(e.uscc) ?? new Set()).add(l.id));
    expect([...byUscc.values()].filter((s) => s.size >= 2).length).toBeGreaterThanOrEqual(5);
  });

  it('give aggregate exam-cheating figures only', () => {
    expect(portal.examCheating?.rows.length).toBeGreaterThan(0);
    expect(Object.keys(portal.examCheating!.rows[0]!).sort()).toEqual(['authority', 'count', 'exam', 'year']);
  });
});
