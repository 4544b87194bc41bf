import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/lib/csv.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { EXAMPLE_ID, templateColumns, templateCsv } from '../../src/lib/lists/templates.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const ON = SAMPLE_DAY;
const DISTRICT = '城关区';

describe('comment rows in CSV files', () => {
  it('skips a row whose first cell starts with # and keeps the line numbers of the rows after it', () => {
    const t = parseCsvText('a.csv', 'id,n\n#example,1\nx1,2\n  # note with, fewer cells\nx2,3\n');
    expect(t.issues).toEqual([]);
    expect(t.rows.map((r) => [r.line, r.cells['id']!.value])).toEqual([
      [3, 'x1'],
      [5, 'x2'],
    ]);
  });

  it('still reads a # inside a later cell as data', () => {
    const t = parseCsvText('a.csv', 'id,note\nx1,#1 号楼\n');
    expect(t.rows[0]!.cells['note']!.value).toBe('#1 号楼');
  });
});

describe('blank templates per list', () => {
  const { portal } = loadPortal({ root: process.cwd(), disclosureDate: ON });
  const lists = [...portal.lists.values()];

  it('exist for every list of the sample data', () => {
    expect(lists.length).toBeGreaterThan(0);
  });

  for (const list of lists) {
    it(`${list.id}: has a BOM, the header of keys and one commented example row that the loader skips`, () => {
      const text = templateCsv(list.meta, ON, DISTRICT);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).trim().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]!.split(',')).toEqual(templateColumns(list.meta));
      expect(lines[1]!.startsWith(`#${EXAMPLE_ID},`)).toBe(true);
      const parsed = parseCsvText('t.csv', text);
      expect(parsed.issues).toEqual([]);
      expect(parsed.rows).toEqual([]);
    });
  }

  it('has example rows that pass validation once the # is removed', () => {
    // Every list's file becomes its template without the #: one valid, fictional entry each.
    const root = mkdtempSync(join(tmpdir(), 'templates-'));
    cpSync(resolve('data'), join(root, 'data'), { recursive: true });
    cpSync(resolve('content'), join(root, 'content'), { recursive: true });
    for (const list of lists) {
      const meta = { ...list.meta, checks: {} };
      writeFileSync(join(root, 'data', 'lists', list.id, 'entries.csv'), templateCsv(meta, ON, DISTRICT).replace(`#${EXAMPLE_ID}`, EXAMPLE_ID));
    }
    const { portal: p, issues } = loadPortal({ root, disclosureDate: ON });
    // The lists' own row-count and fill-rate checks are about real data, not one example row;
    // cases that reference sample entries no longer find them.
    const relevant = issues.filter((i) => i.file.startsWith('data/lists/') && !i.key.startsWith('checks.'));
    expect(relevant).toEqual([]);
    for (const list of lists) {
      const entries = p.lists.get(list.id)!.entries;
      expect(entries.map((e) => [e.id, e.status])).toEqual([[EXAMPLE_ID, 'active']]);
    }
  });
});
