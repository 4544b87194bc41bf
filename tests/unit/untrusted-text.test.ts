/**
 * Text an editor may commit by mistake or on purpose: invisible characters, ID numbers in any
 * form, values past the limits, keys that collide, files that cannot be read. Each named case
 * starts from the smallest valid root (tests/fixtures/good), copied into a temporary
 * directory, changes one thing, and asserts the exact `path:line:column` of what validation
 * reports. ID numbers are built here from a 17-digit prefix and the computed check character,
 * so that no full number is ever written into the repository.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue, type Issue } from '../../src/lib/issues.ts';
import { residentIdCheckChar } from '../../src/lib/identifiers.ts';
import { loadPortal, MAX_ISSUES_PER_FILE } from '../../src/lib/load/index.ts';
import { FILE_LIMITS } from '../../src/lib/load/context.ts';
import { MAX_CELL_CHARS } from '../../src/lib/csv.ts';
import { FIELD_LIMITS } from '../../src/schemas/common.ts';
import { encodeGbk } from './gbk.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const FIXTURE = fixtureRoot();
const ENTRIES = 'data/lists/demo-arrears/entries.csv';
const META = 'data/lists/demo-arrears/meta.yml';
const AREA = 'content/areas/08-wage-arrears.mdx';
const ON = SAMPLE_DAY;

const scratch = mkdtempSync(join(tmpdir(), 'untrusted-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;

/** A fresh copy of the fixture with `edit` applied; returns the root. */
function portalWith(edit: (file: (path: string, f: (text: string) => string) => void, root: string) => void): string {
  const root = join(scratch, String(n++));
  cpSync(FIXTURE, root, { recursive: true });
  edit((path, f) => writeFileSync(join(root, path), f(readFileSync(join(root, path), 'utf8'))), root);
  return root;
}

function validate(root: string): { lines: string[]; issues: Issue[]; warnings: string[] } {
  const { issues, warnings } = loadPortal({ root, disclosureDate: ON });
  return { lines: issues.map(formatIssue), issues, warnings: warnings.map(formatIssue) };
}

/** 1-based line and column of the first occurrence of `needle` in a text. */
function pos(text: string, needle: string, skip = 0): string {
  const at = text.indexOf(needle) + skip;
  expect(at - skip, `${needle} not in text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const fullId = (first17: string) => first17 + residentIdCheckChar(first17);
const ID = fullId('62010219900307601');
const MASKED = `620102********${ID.slice(14)}`;

describe('the good fixture and near misses', () => {
  it('accepts the fixture as it is', () => {
    expect(validate(portalWith(() => {})).lines).toEqual([]);
  });

  it('accepts masked IDs, telephone numbers, dates, USCCs and full-width names, and normalises names with NFKC', () => {
    const root = portalWith((file) => {
      file(ENTRIES, (t) => t.replace('兰州示例甲建筑劳务有限公司', '兰州示例甲（ＡＢＣ）建筑劳务有限公司').replace('克扣、无故拖欠农民工工资', `克扣工资，电话 0931-8888888 13800138000，2019-12-31 立案，证件 ${MASKED}`));
    });
    const { lines } = validate(root);
    expect(lines).toEqual([]);
    const { portal } = loadPortal({ root, disclosureDate: ON });
    expect(portal.lists.get('demo-arrears')!.entries[0]!.subject_name).toBe('兰州示例甲(ABC)建筑劳务有限公司');
  });
});

describe('invisible and control characters', () => {
  it('refuses a right-to-left override in a CSV cell at its own position, naming the code point', () => {
    const root = portalWith((file) => file(ENTRIES, (t) => t.replace('兰州示例甲', '兰州示例甲\u202E')));
    const where = pos(read(root, ENTRIES), '\u202E');
    expect(validate(root).lines).toEqual([`${ENTRIES}:${where}: 含有不可见或控制字符 U+202E（从右到左覆盖）：它会让显示的文字与实际内容不同，请删除（可在编辑器中打开“显示不可见字符”找到它） (invisible)`]);
  });

  it('refuses zero-width characters in YAML and in an MDX body, and a BOM inside the text', () => {
    const root = portalWith((file) => {
      file(META, (t) => t.replace('示例欠薪名单', '示例\u200B欠薪名单'));
      file(AREA, (t) => `${t}\n正文\u2060里\uFEFF有字。\n`);
    });
    const { lines } = validate(root);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${AREA}:${pos(read(root, AREA), '\u2060')}: 含有不可见或控制字符 U\\+2060（零宽不换行符）.*\\(invisible\\)$`)),
      expect.stringMatching(new RegExp(`^${AREA}:${pos(read(root, AREA), '\uFEFF')}: 含有不可见或控制字符 U\\+FEFF（字节顺序标记 BOM／零宽不换行空格）.*\\(invisible\\)$`)),
      expect.stringMatching(new RegExp(`^${META}:${pos(read(root, META), '\u200B')}: 含有不可见或控制字符 U\\+200B（零宽空格）.*\\(invisible\\)$`)),
    ]);
  });

  it('accepts a BOM at the very start of a file', () => {
    const root = portalWith((file) => file(ENTRIES, (t) => `\uFEFF${t}`));
    expect(validate(root).lines).toEqual([]);
  });

  it('refuses a character that only a YAML escape produces, at the value that holds it', () => {
    const root = portalWith((file) => file(META, (t) => t.replace('description: 用于测试的最小名单。', 'description: "用于测试的\\u202e最小名单。"')));
    const where = pos(read(root, META), '"用于');
    expect(validate(root).lines).toEqual([expect.stringMatching(new RegExp(`^${META}:${where}: 含有不可见或控制字符 U\\+202E（从右到左覆盖）.*\\(description\\)$`))]);
  });

  it('refuses a C1 control character and a lone surrogate escaped in YAML', () => {
    const root = portalWith((file) => file(META, (t) => t.replace('legal_basis: 《保障农民工工资支付条例》', 'legal_basis: "《保障\\x85农民工工资支付条例》"').replace('description: 用于测试的最小名单。', 'description: "用于\\ud800测试"')));
    const { lines } = validate(root);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${META}:${pos(read(root, META), '"《')}: 含有不可见或控制字符 U\\+0085（C1 控制字符）.*\\(legal_basis\\)$`)),
      expect.stringMatching(new RegExp(`^${META}:${pos(read(root, META), '"用于')}: 含有不可见或控制字符 U\\+D800（孤立的代理项，文本编码已损坏）.*\\(description\\)$`)),
    ]);
  });
});

describe('resident ID numbers in every form', () => {
  const privacy = (root: string, path: string, needle: string, masked: string, skip = 0) =>
    `${path}:${pos(read(root, path), needle, skip)}: 发现完整的居民身份证号码（${masked}）：依法不得公开，请只填写脱敏形式，例如 ${masked} (privacy)`;

  it('finds a number right after Latin letters in an MDX body and inside a URL', () => {
    const root = portalWith((file) => file(AREA, (t) => `${t}\n证件号ID${ID}已核实，见 https://example.org/p?sfz=${ID}&a=1 。\n`));
    expect(validate(root).lines).toEqual([privacy(root, AREA, `ID${ID}`, MASKED, 2), privacy(root, AREA, `sfz=${ID}`, MASKED, 4)]);
  });

  it('finds full-width digits in a CSV cell and a number split by spaces in YAML, masked in the message', () => {
    const wide = [...ID].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const split = `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`;
    const root = portalWith((file) => {
      file(ENTRIES, (t) => t.replace('拖欠农民工工资,human-resources,2024', `拖欠工资（${wide}）,human-resources,2024`));
      file(META, (t) => t.replace('用于测试的最小名单。', `用于测试的最小名单 ${split}`));
    });
    const { lines } = validate(root);
    expect(lines).toEqual([privacy(root, ENTRIES, wide, MASKED), privacy(root, META, split, MASKED)]);
    for (const l of lines) expect(l).not.toContain(ID);
  });

  it('finds a first-generation 15-digit number', () => {
    const old = '620102850307123';
    const root = portalWith((file) => file(ENTRIES, (t) => t.replace('拖欠农民工工资,human-resources,2024', `拖欠工资 旧证${old},human-resources,2024`)));
    expect(validate(root).lines).toEqual([`${ENTRIES}:${pos(read(root, ENTRIES), old)}: 发现完整的 15 位（第一代）居民身份证号码（620102******123）：依法不得公开，请删除，或只写脱敏形式 620102******123 (privacy)`]);
  });
});

describe('limits', () => {
  it(`refuses a name longer than ${FIELD_LIMITS.name} characters at its cell`, () => {
    const long = '长'.repeat(FIELD_LIMITS.name + 1);
    const root = portalWith((file) => file(ENTRIES, (t) => t.replace('兰州示例甲建筑劳务有限公司', long)));
    expect(validate(root).lines).toEqual([`${ENTRIES}:${pos(read(root, ENTRIES), long)}: 超过 ${FIELD_LIMITS.name} 个字的上限（现有 ${FIELD_LIMITS.name + 1} 个字）：请精简；详细内容可写在案例或通报的正文中 (subject_name)`]);
  });

  it('refuses a 10 MB cell quickly, at its position, and checks nothing else of that row', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const root = portalWith((file) => file(ENTRIES, (t) => t.replace('克扣、无故拖欠农民工工资', huge)));
    const t0 = performance.now();
    const { lines } = validate(root);
    const ms = performance.now() - t0;
    expect(lines).toEqual([
      `${ENTRIES}:${pos(read(root, ENTRIES), huge.slice(0, 10))}: 单元格有 ${huge.length} 个字符，超过 ${MAX_CELL_CHARS} 个字符的上限：可能误粘贴了大段内容，或少了一个引号使后面的行都并进了这一格 (reason)`,
    ]);
    expect(ms).toBeLessThan(10_000); // ~0.7 s alone; a quadratic step would take minutes
  });

  it('refuses a CSV file over the size limit by its size alone, before reading it, with no other problem from it', () => {
    const root = portalWith((_, r) => truncateSync(join(r, ENTRIES), FILE_LIMITS.csv + 1)); // sparse: costs no disk
    const t0 = performance.now();
    const { lines } = validate(root);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(lines).toEqual([`${ENTRIES}:1:1: 文件有 20.0 MB，超过这类文件 20.0 MB 的上限：请拆分成几个文件，或删去不该有的内容（例如误粘贴的大段文字） (limit)`]);
  });

  it('refuses an MDX file over its size limit', () => {
    const root = portalWith((file) => file(AREA, (t) => t + '\n' + '字'.repeat(FILE_LIMITS.mdx / 3 + 10)));
    expect(validate(root).lines).toEqual([expect.stringMatching(new RegExp(`^${AREA}:1:1: 文件有 \\d+ KB，超过这类文件 512 KB 的上限.*\\(limit\\)$`))]);
  });
});

describe('keys that collide', () => {
  it('refuses an entry id that differs from another only by letter case or full-width form', () => {
    const root = portalWith((file) => file(ENTRIES, (t) => t.replace('\nda-0002,', '\nＤＡ-0001,')));
    const where = pos(read(root, ENTRIES), 'ＤＡ-0001');
    const lines = validate(root).lines.filter((l) => l.startsWith(`${ENTRIES}:${where}:`));
    expect(lines[0]).toBe(`${ENTRIES}:${where}: 编号“ＤＡ-0001”与第 2 行的“da-0001”只差大小写或全角半角，在网址中是同一个编号：请换一个编号 (id)`);
  });

  it('refuses a unit id that differs from another only by letter case', () => {
    let line = 0;
    const root = portalWith((file) =>
      file('data/units.csv', (t) => {
        const text = `${t}Credit-Office,另一个办公室,other,,,,\n`;
        line = text.trimEnd().split('\n').length; // the added row is the file's last line
        return text;
      }),
    );
    expect(validate(root).lines).toEqual([`data/units.csv:${line}:1: 单位编号“Credit-Office”与“credit-office”只差大小写或全角半角，是同一个编号：请换一个编号 (id)`]);
  });

  it('refuses one USCC under two names in one list, and only warns across lists with both positions', () => {
    const root = portalWith((file, r) => {
      file(ENTRIES, (t) => t.replace('91620100KU2JJCNTW4', '916201020000000006'));
      mkdirSync(join(r, 'data/lists/demo-other'), { recursive: true });
      writeFileSync(join(r, 'data/lists/demo-other/meta.yml'), read(r, META).replace('示例欠薪名单', '另一个示例名单'));
      writeFileSync(join(r, 'data/lists/demo-other/entries.csv'), read(r, ENTRIES).split('\n').slice(0, 2).join('\n').replace('兰州示例甲建筑劳务有限公司', '兰州示例甲建筑有限公司') + '\n');
    });
    const { lines, warnings } = validate(root);
    expect(lines).toEqual([
      `${ENTRIES}:3:9: 统一社会信用代码 916201020000000006 在第 2 行的名称是“兰州示例甲建筑劳务有限公司”，本行却是“兰州示例乙工程有限公司”：同一主体在一个名单中只用现用名称，曾用名请写在 former_names（曾用名）列 (subject_name)`,
    ]);
    expect(warnings).toEqual([
      `data/lists/demo-other/entries.csv:2:9: 提示：统一社会信用代码 916201020000000006 在 ${ENTRIES}:2:9 的名称是“兰州示例甲建筑劳务有限公司”，这里是“兰州示例甲建筑有限公司”：请核对是否同一主体、名称是否已变更 (subject_name)`,
    ]);
  });
});

describe('root causes first', () => {
  it('reports a YAML syntax error in meta.yml without follow-on errors from its fields', () => {
    const root = portalWith((file) => file(META, (t) => t.replace('kind: blacklist', 'kind: [blacklist')));
    const { lines } = validate(root);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith(`${META}:`) && l.includes('元数据（YAML）语法错误'))).toBe(true);
  });

  it('reports an MDX file that is not UTF-8 once, and nothing else from it', () => {
    const root = portalWith((_, r) => writeFileSync(join(r, AREA), encodeGbk(read(r, AREA))));
    const { lines } = validate(root);
    const inArea = lines.filter((l) => l.startsWith(AREA));
    expect(inArea).toHaveLength(1);
    expect(inArea[0]).toMatch(/文件不是 UTF-8 编码.*\(encoding\)$/);
  });

  it('gives one message for a row with an extra comma, not one per cell shifted under the wrong header', () => {
    const root = portalWith((file) => file(ENTRIES, (t) => t.replace('兰州示例乙工程有限公司', '兰州示例乙,工程有限公司')));
    const line = read(root, ENTRIES).split('\n')[2]!;
    const column = line.split(',').slice(0, 13).join(',').length + 2;
    expect(validate(root).lines).toEqual([`${ENTRIES}:3:${column}: 本行有 14 列，表头有 13 列：请检查是否多了或少了逗号，或含逗号的内容没有用双引号包围 (csv)`]);
  });

  it('gives one message for a bad unit, not one per reference to it', () => {
    const root = portalWith((file) => file('data/units.csv', (t) => t.replace('human-resources,市人社局,department', 'human-resources,市人社局,ministry')));
    const { lines } = validate(root);
    expect(lines).toEqual([expect.stringMatching(/^data\/units\.csv:3:\d+: .*\(kind\)$/)]);
  });

  it(`lists at most ${MAX_ISSUES_PER_FILE} problems per file, then one line with how many more`, () => {
    const bad = Array.from({ length: 60 }, (_, i) => `da-${1000 + i},名称,org,916201020000000006,,城关区,事由,human-resources,2026-02-30,,,,1`);
    const root = portalWith((file) => file(ENTRIES, (t) => t.split('\n').slice(0, 1).concat(bad).join('\n') + '\n'));
    const lines = validate(root).lines.filter((l) => l.startsWith(ENTRIES));
    expect(lines).toHaveLength(MAX_ISSUES_PER_FILE + 1);
    const column = read(root, ENTRIES).split('\n')[51]!.indexOf('2026-02-30') + 1;
    expect(lines.at(-1)).toBe(`${ENTRIES}:52:${column}: 本文件还有 10 处问题未列出（每个文件最多列出 ${MAX_ISSUES_PER_FILE} 处）：先改正上面的问题，再运行 npm run validate 查看其余问题 (more)`);
  });
});
