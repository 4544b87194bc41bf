import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeMessages, guideTableText, missingFromGuides, normaliseMessage } from '../../scripts/lib/validation-messages.ts';

const GUIDES = ['data/README.md', 'content/README.md'];
const guides = GUIDES.map((f) => readFileSync(f, 'utf8'));
const messages = codeMessages(process.cwd());

describe('editors’ guides', () => {
  it('are written in Chinese', () => {
    for (const [i, g] of guides.entries()) {
      const cjk = (g.match(/[\u4e00-\u9fff]/g) ?? []).length;
      expect(cjk, GUIDES[i]).toBeGreaterThan(2000);
    }
  });

  it('explain how to add, correct and remove an entry, disclosure periods, cases, notices, reports and validation', () => {
    const all = guides.join('\n');
    for (const topic of ['新增', '更正', '提前移出', '公示期', 'npm run validate', '典型案例', '通报', '每月', '举报渠道', '/data/templates/']) expect(all, topic).toContain(topic);
  });

  it('finds the validation messages in the code (the extraction works)', () => {
    expect(messages.length).toBeGreaterThan(100);
    expect(messages.map((m) => m.text)).toContain('填写了移出日期，必须同时填写移出原因');
    expect(messages.map((m) => m.text)).toContain('编号“…”重复（第 … 行已使用）：编号在名单内必须唯一，且永不重复使用');
    // Labels and vocabularies are not messages.
    expect(messages.map((m) => m.text)).not.toContain('主体名称/姓名');
    expect(messages.map((m) => m.text)).not.toContain('城关区');
  });

  it('have every validation message of the code in a table, with its fix', () => {
    const missing = missingFromGuides(messages, guides);
    const report = missing.map((m) => `  ${m.file}:${m.line}  ${m.text}`).join('\n');
    expect(missing.length, `validation messages missing from the tables of ${GUIDES.join(' / ')} (write each with … for the variable parts, and its fix):\n${report}\n`).toBe(0);
  });

  it('give each message row a fix in another column', () => {
    const rows = guides.flatMap((g) => g.split('\n').filter((l) => /^\s*\|/.test(l) && !/^\s*\|[\s:|-]+\|\s*$/.test(l)));
    for (const m of messages) {
      const row = rows.find((r) => guideTableText(r).some((t) => t.includes(m.text)));
      if (!row) continue; // reported by the test above
      const cells = row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => normaliseMessage(c));
      expect(cells.filter((c) => c.length > 0).length, `${m.text}\n${row}`).toBeGreaterThanOrEqual(2);
    }
  });
});
