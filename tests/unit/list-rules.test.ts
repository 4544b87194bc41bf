/**
 * A list's rules keep real data coherent: who may decide its entries, which values belong
 * together, contacts for objection and repair, and a legal basis that names law rather than the
 * city's plan. Each refusal names the file, line and column of the cell or key to fix; positions
 * are computed here from the file's text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/lib/load/index.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const LIST = 'data/lists/demo-arrears';

function validate(change: (root: string) => void): string[] {
  const root = fixtureRoot();
  change(root);
  return loadPortal({ root, dataDir: 'data', disclosureDate: SAMPLE_DAY }).issues.map(formatIssue);
}

const edit = (root: string, file: string, f: (s: string) => string) => writeFileSync(join(root, file), f(readFileSync(join(root, file), 'utf8')));

/** `file:line:column` of the cell of column `key` in the row starting with `id`, from the CSV text. */
function cellAt(root: string, file: string, id: string, key: string): string {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const n = lines.findIndex((l) => l.startsWith(`${id},`));
  const cells = lines[n]!.split(',');
  const i = header.indexOf(key);
  const column = 1 + cells.slice(0, i).reduce((a, c) => a + c.length + 1, 0);
  return `${file}:${n + 1}:${column}:`;
}

/** `file:line:column` of a top-level YAML key, from the text. */
function keyAt(root: string, file: string, key: string): string {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const n = lines.findIndex((l) => l.startsWith(`${key}:`));
  return `${file}:${n + 1}:${key.length + 3}:`;
}

describe('list rules and contacts', () => {
  it('the good fixture passes every rule', () => {
    expect(validate(() => {})).toEqual([]);
  });

  it('refuses a legal basis that cites the city’s plan, at the key, and says where the plan goes', () => {
    let at = '';
    const issues = validate((root) => {
      edit(root, `${LIST}/meta.yml`, (s) => s.replace(/^legal_basis: .*$/m, 'legal_basis: 《保障农民工工资支付条例》；《兰州市重点失信领域专项治理实施方案》二、（八）'));
      at = keyAt(root, `${LIST}/meta.yml`, 'legal_basis');
    });
    expect(issues.filter((l) => l.startsWith(at))).toEqual([expect.stringMatching(/不写本市实施方案.*plan_ref.*\(legal_basis\)$/)]);
  });

  it('refuses an entry decided by a unit the list does not allow, at its authority cell', () => {
    let at = '';
    const issues = validate((root) => {
      edit(root, `${LIST}/meta.yml`, (s) => `${s}rules:\n  authorities: [human-resources]\n`);
      edit(root, `${LIST}/entries.csv`, (s) => s.replace(/^(da-0001,.*?),human-resources,/m, '$1,taxation,'));
      at = cellAt(root, `${LIST}/entries.csv`, 'da-0001', 'authority');
    });
    expect(issues.filter((l) => l.startsWith(at))).toEqual([expect.stringMatching(/认定部门“taxation”不能认定本名单的条目.*human-resources（市人社局）.*\(authority\)$/)]);
  });

  it('refuses a pair of values the list’s rules forbid, at the cell that does not fit', () => {
    let at = '';
    const issues = validate((root) => {
      edit(root, `${LIST}/meta.yml`, (s) => `${s}rules:\n  pairs:\n    - { column: district, value: 城关区, then: authority, allowed: [taxation] }\n`);
      at = cellAt(root, `${LIST}/entries.csv`, 'da-0001', 'authority');
    });
    expect(issues.filter((l) => l.startsWith(at))).toEqual([expect.stringMatching(/^.*所属区县为“城关区”时，认定部门只能是 taxation（市税务局），本行是“human-resources”.*\(authority\)$/)]);
  });

  it('refuses a rule about a column the list does not have, at the rule', () => {
    const issues = validate((root) => edit(root, `${LIST}/meta.yml`, (s) => `${s}rules:\n  pairs:\n    - { column: insurance_type, value: 商业保险, then: authority, allowed: [taxation] }\n`));
    expect(issues.some((l) => l.startsWith(`${LIST}/meta.yml:`) && l.includes('取值规则中的列“insurance_type”'))).toBe(true);
  });

  it('refuses a deciding unit without telephone or online service, at its row of units.csv', () => {
    let at = '';
    const issues = validate((root) => {
      edit(root, 'data/units.csv', (s) => s.replace(/^human-resources,.*$/m, 'human-resources,市人社局,department,,,,'));
      at = cellAt(root, 'data/units.csv', 'human-resources', 'telephone');
    });
    expect(issues.filter((l) => l.startsWith(at))).toEqual([expect.stringMatching(/市人社局.*必须填写联系电话 telephone 或网上办事地址 online_service.*\(telephone\)$/)]);
  });

  it('refuses a telephone that is not a number, at its cell', () => {
    let at = '';
    const issues = validate((root) => {
      edit(root, 'data/units.csv', (s) => s.replace(/^(taxation,市税务局,department,,),12366,/m, '$1,打电话,'));
      at = cellAt(root, 'data/units.csv', 'taxation', 'telephone');
    });
    expect(issues.filter((l) => l.startsWith(at))).toEqual([expect.stringMatching(/电话“打电话”格式不对.*\(telephone\)$/)]);
  });

  it('requires the repair block, and refuses a shortest period on a list that cannot be repaired', () => {
    const missing = validate((root) => edit(root, `${LIST}/meta.yml`, (s) => s.replace(/^repair:[\s\S]*?(?=^\S|$(?![\s\S]))/m, '')));
    expect(missing.some((l) => l.startsWith(`${LIST}/meta.yml:`) && l.endsWith('(repair)'))).toBe(true);
    const contradictory = validate((root) => edit(root, `${LIST}/meta.yml`, (s) => s.replace('allowed: true', 'allowed: false')));
    expect(contradictory.some((l) => l.startsWith(`${LIST}/meta.yml:`) && l.includes('不写最短公示期 earliest'))).toBe(true);
  });
});
