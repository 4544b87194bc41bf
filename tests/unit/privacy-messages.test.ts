/**
 * A full resident ID number typed into a column whose validation message quotes the value
 * (区县“…”不在…, 认定部门“…”不在…) is printed masked there too: the validation log is public in
 * CI, so no message may carry the number whole, in any of the forms the privacy scan knows.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/issues.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'privacy-messages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An 18-digit number with a valid check character (GB 11643), computed here, not by the code under test. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}
const ID = residentId('62010219900307601');
const FORMS = [ID, `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`, ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))];

function messages(plant: (root: string, id: string) => void, id: string): string[] {
  const root = mkdtempSync(join(scratch, 'root-'));
  cpSync(fixtureRoot(), root, { recursive: true });
  plant(root, id);
  return loadPortal({ root, disclosureDate: SAMPLE_DAY }).issues.map(formatIssue);
}
const inList = (root: string, id: string) => {
  const path = join(root, 'data/lists/demo-arrears/entries.csv');
  writeFileSync(path, readFileSync(path, 'utf8').replace(',城关区,', `,${id},`).replace(',human-resources,2024-01-10,', `,${id},2024-01-10,`));
};
const inFigures = (root: string, id: string) => {
  mkdirSync(join(root, 'data/poverty-relief'));
  writeFileSync(join(root, 'data/poverty-relief/meta.yml'), 'title: 扶贫信息公开（汇总数字）\narea: wage-arrears\nnote: 只公布汇总数字。\n');
  writeFileSync(join(root, 'data/poverty-relief/figures.csv'), `year,district,identified,exited,funds_allocated,funds_used,authority\n2024,${id},1,1,1,1,human-resources\n`);
};

describe('validation messages', () => {
  for (const [where, plant] of [['a list row', inList], ['a figures row', inFigures]] as const) {
    for (const form of FORMS) {
      it(`quote a full ID number typed into ${where} only masked (${form === ID ? '18 digits' : form.includes(' ') ? 'split by spaces' : 'full-width digits'})`, () => {
        const lines = messages(plant, form);
        // The number is reported (masked) at its cell, and the messages that quote the cell still come.
        expect(lines.some((l) => l.includes('发现完整的居民身份证号码（620102********'))).toBe(true);
        expect(lines.some((l) => /区县“620102\*{8}\d{3}[\dX]”/.test(l))).toBe(true);
        for (const l of lines) {
          const digits = l.normalize('NFKC').replace(/[\s-]/g, '');
          expect(digits, l).not.toContain(ID);
          expect(l).not.toContain(form);
        }
      });
    }
  }
});
