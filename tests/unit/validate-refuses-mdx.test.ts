import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

/** Every refused MDX form, one paragraph each, with the key its problem carries (and its column when not 1). */
const REFUSED: [string, string, string, number?][] = [
  ['import statement', 'import X from "./x.js"', 'mdx'],
  ['export statement', 'export const a = 1', 'mdx'],
  ['expression in text', '{alert(1)}', 'mdx'],
  ['expression in a component prop', '<FactBox title={alert(1)}>\n\n要点\n\n</FactBox>', 'mdx', 10],
  ['spread into a component', '<FactBox {...props}>\n\n要点\n\n</FactBox>', 'mdx', 10],
  ['raw script', '<script>alert(1)</script>', 'mdx'],
  ['raw iframe', '<iframe src="https://example.org"></iframe>', 'mdx'],
  ['img with onerror', '<img src="x" onerror="alert(1)" />', 'mdx'],
  ['unknown component', '<Chart data="x" />', 'mdx'],
  ['javascript: link', '[点我](javascript:alert(1))', 'url'],
  ['data: link', '[点我](data:text/html,x)', 'url'],
  ['vbscript: link', '[点我](vbscript:msgbox)', 'url'],
  ['entity-encoded javascript: link', '[点我](java&#x73;cript&colon;alert(1))', 'url'],
  ['percent-encoded javascript: link', '[点我](java%73cript:alert(1))', 'url'],
  ['whitespace-split javascript: link', '[点我](<java\tscript:alert(1)>)', 'url'],
  ['entity-newline-split javascript: link', '[点我](java&#10;script:alert(1))', 'url'],
  ['javascript: image', '![图](javascript:alert(1))', 'url'],
];

const base = mkdtempSync(join(tmpdir(), 'refused-mdx-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
cpSync('data', join(base, 'data'), { recursive: true });
cpSync('content', join(base, 'content'), { recursive: true });
const FILE = 'content/cases/2021/wage-arrears-2021-01.mdx';
const original = readFileSync(join(base, FILE), 'utf8');
// The file ends with a newline; each form follows a blank line: its line is counted here, independently.
let line = original.replace(/\n$/, '').split('\n').length + 1;
const places: string[] = [];
let body = '';
for (const [, form, , column] of REFUSED) {
  body += `\n${form}\n`;
  line += 1;
  places.push(`${FILE}:${line}:${column ?? 1}: `);
  line += form.split('\n').length;
}
appendFileSync(join(base, FILE), body);

const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', '--root', base], { encoding: 'utf8', env: { ...process.env, DISCLOSURE_DATE: SAMPLE_DAY } });
const out = `${run.stdout}${run.stderr}`;

describe('npm run validate refuses every executable MDX form with its position', () => {
  it('exits 1 without a stack trace', () => {
    expect(run.status).toBe(1);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
  for (const [i, [name, , key]] of REFUSED.entries()) {
    it(`refuses the ${name}`, () => {
      const place = places[i]!;
      const hit = out.split('\n').find((l) => l.startsWith(place));
      expect(hit, `${place} in:\n${out}`).toBeDefined();
      expect(hit).toMatch(new RegExp(`[\\u4e00-\\u9fff].* \\(${key}\\)$`));
    });
  }
  it('reports nothing else', () => {
    const problems = out.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    expect(problems.length).toBe(REFUSED.length);
  });
});
