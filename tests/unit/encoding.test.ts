/**
 * A list saved by Excel as "CSV (逗号分隔)" on a Chinese system is GBK, not UTF-8. `npm run validate`
 * must refuse it with the file, line and column of the first GBK character and tell the editor
 * how to save it as UTF-8 — never read it into mojibake, never print a stack trace.
 * The data directory is a copy of the repository's data/ with one list re-encoded.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const repo = resolve('.');
const root = mkdtempSync(join(tmpdir(), 'portal-gbk-'));
cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
symlinkSync(join(repo, 'content'), join(root, 'content'));
const list = join(root, 'data/lists/wage-arrears/entries.csv');
const utf8Text = readFileSync(list, 'utf8');
// Excel writes CRLF and no BOM in its ANSI (GBK) export.
writeFileSync(list, encodeGbk(utf8Text.replace(/\r?\n/g, '\r\n')));
const firstName = utf8Text.split('\n')[1]!.split(',')[1]!;

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run validate with a GBK-encoded entries.csv', () => {
  const r = spawnSync('npm', ['run', '--silent', 'validate', '--', '--root', root], { cwd: repo, encoding: 'utf8', env: { ...process.env, DISCLOSURE_DATE: SAMPLE_DAY } });
  const out = `${r.stdout}\n${r.stderr}`;

  it('exits 1', () => {
    expect(r.status, out).toBe(1);
  });

  it('points at the first GBK character and says to save as CSV UTF-8', () => {
    // Line 2, column 9: the subject name after "wa-0001,".
    expect(r.stderr).toContain('data/lists/wage-arrears/entries.csv:2:9: 文件不是 UTF-8 编码（看起来是 GBK/GB18030 编码');
    expect(r.stderr).toMatch(/另存为.*CSV UTF-8/);
  });

  it('never shows the rows mis-read as mojibake, nor a stack trace', () => {
    expect(out).not.toContain('\uFFFD');
    expect(out).not.toContain(new TextDecoder('latin1').decode(encodeGbk(firstName)));
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(out).not.toMatch(/\b(TypeError|RangeError|SyntaxError|Error):/);
    expect(out).not.toContain('校验程序自身出错');
  });
});
