import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseCsv, parseCsvText } from '../../src/lib/csv.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('CSV loading', () => {
  it('reads UTF-8 with a BOM and CRLF line endings', () => {
    const t = parseCsv('a.csv', enc('\uFEFFid,name\r\nx1,恒达\r\n'));
    expect(t.issues).toEqual([]);
    expect(t.header.map((h) => h.value)).toEqual(['id', 'name']);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.cells['name']).toEqual({ value: '恒达', line: 2, column: 4 });
  });

  it('keeps quoted fields with commas, quotes and newlines, and counts lines after them', () => {
    const t = parseCsvText('a.csv', 'id,note,n\nx1,"第一行\n第二行, 含逗号 ""引号""",1\nx2,ok,2\n');
    expect(t.issues).toEqual([]);
    expect(t.rows[0]!.cells['note']!.value).toBe('第一行\n第二行, 含逗号 "引号"');
    expect(t.rows[0]!.cells['n']).toEqual({ value: '1', line: 3, column: 18 });
    expect(t.rows[1]!.line).toBe(4);
    expect(t.rows[1]!.cells['n']).toEqual({ value: '2', line: 4, column: 7 });
  });

  it('skips blank lines but keeps line numbers of the rows after them', () => {
    const t = parseCsvText('a.csv', 'id,n\n\nx1,1\n,\nx2,2');
    expect(t.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('reports a row with too many columns at the first extra cell', () => {
    const t = parseCsvText('a.csv', 'id,n\nx1,1,extra\n');
    expect(t.issues).toEqual([expect.objectContaining({ file: 'a.csv', line: 2, column: 6, key: 'csv' })]);
    expect(t.issues[0]!.message).toContain('本行有 3 列，表头有 2 列');
  });

  it('reports a row with too few columns at the start of the row', () => {
    const t = parseCsvText('a.csv', 'id,n,m\nx1,1\n');
    expect(t.issues).toEqual([expect.objectContaining({ line: 2, column: 1, key: 'csv' })]);
  });

  it('reports an unclosed quote with a Chinese explanation', () => {
    const t = parseCsvText('a.csv', 'id,n\nx1,"open\n');
    expect(t.issues.some((i) => i.key === 'csv' && i.message.includes('引号没有闭合'))).toBe(true);
    expect(t.issues.every((i) => i.line >= 1 && i.column >= 1)).toBe(true);
  });

  it('reports a duplicate header at its column', () => {
    const t = parseCsvText('a.csv', 'id,name,name\nx,a,b\n');
    expect(t.issues).toEqual([expect.objectContaining({ line: 1, column: 9, key: 'name' })]);
  });

  it('refuses GBK bytes from an Excel export instead of reading mojibake, pointing at the first bad byte', () => {
    // "id,名称\nx1,恒达" encoded in GBK: 名称 = C3FB B3C6, 恒达 = BAE3 B4EF
    const bytes = new Uint8Array([...enc('id,'), 0xc3, 0xfb, 0xb3, 0xc6, ...enc('\nx1,'), 0xba, 0xe3, 0xb4, 0xef, ...enc('\n')]);
    const r = decodeUtf8('gbk.csv', bytes);
    expect(r.text).toBe('');
    expect(r.issues).toEqual([expect.objectContaining({ file: 'gbk.csv', line: 1, column: 4, key: 'encoding' })]);
    expect(r.issues[0]!.message).toContain('GBK/GB18030');
    expect(r.issues[0]!.message).toContain('CSV UTF-8');
  });

  it('refuses control characters (binary bytes) with their position', () => {
    const t = parseCsvText('a.csv', 'id,n\nx1,a\u0000b\n');
    expect(t.issues).toEqual([expect.objectContaining({ line: 2, column: 5, key: 'encoding' })]);
  });

  it('reports a BOM in the middle of a file', () => {
    const t = parseCsvText('a.csv', 'id,n\n\uFEFFx1,1\n');
    expect(t.issues).toEqual([expect.objectContaining({ line: 2, column: 1, key: 'encoding' })]);
  });

  it('reports an empty file at line 1', () => {
    expect(parseCsvText('a.csv', '').issues).toEqual([expect.objectContaining({ line: 1, column: 1, key: 'header' })]);
  });
});
