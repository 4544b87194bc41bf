import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

/** Runs `npm run validate` the way an editor does, on a fixture root. */
function validate(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DISCLOSURE_DATE: SAMPLE_DAY, ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run validate', () => {
  it('reports all six planted problems with path:line:column, exits 1 and prints no stack trace', () => {
    const { code, out } = validate(['--root', fixtureRoot('lists-invalid')]);
    expect(code).toBe(1);
    const file = 'data/lists/bad-rows/entries.csv';
    const lines = out.split('\n').filter((l) => l.startsWith(`${file}:`));
    const keys = lines.map((l) => /\(([^)]+)\)$/.exec(l)?.[1]);
    expect(keys).toEqual(expect.arrayContaining(['uscc', 'privacy', 'id', 'authority', 'listed_on']));
    expect(out).toMatch(/^data\/lists\/bad-header\/entries\.csv:1:1: .*缺少必需的列/m);
    expect(out).toMatch(/统一社会信用代码校验位错误：第 18 位应为 "\w"，实为 "\w"/);
    for (const l of lines) expect(l).toMatch(/^data\/lists\/bad-rows\/entries\.csv:\d+:\d+: \S.* \([\w.-]+\)$/);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(out).not.toContain('34052419800101001X');
  });

  it('refuses a bad DISCLOSURE_DATE with a message naming the variable', () => {
    const { code, out } = validate([], { DISCLOSURE_DATE: '2026-02-30' });
    expect(code).toBe(1);
    expect(out).toContain('DISCLOSURE_DATE');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('passes on the committed data', () => {
    const { code, out } = validate([]);
    expect(out).toContain('校验通过');
    expect(code).toBe(0);
  });
});
