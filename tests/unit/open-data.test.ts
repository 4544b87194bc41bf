import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import { csvBytes, csvText, jsonBytes, jsonText, sha256Hex } from '../../src/lib/open-data/serialise.ts';
import { BOM, csvField, neutralise } from '../../src/lib/csv.ts';

const columns = [
  { key: 'id', label: '编号' },
  { key: 'name', label: '主体名称' },
  { key: 'amount', label: '金额' },
];

describe('CSV downloads', () => {
  it('start with a byte-order mark so that Excel reads UTF-8', () => {
    const bytes = csvBytes(columns, []);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText(columns, []).startsWith(BOM)).toBe(true);
  });

  it('use the Chinese labels as the header row and CRLF line ends', () => {
    expect(csvText(columns, [{ id: 'a-1', name: '兰州恒达商贸有限公司', amount: 12 }])).toBe(`${BOM}编号,主体名称,金额\r\na-1,兰州恒达商贸有限公司,12\r\n`);
  });

  it('neutralise cells that a spreadsheet would run as formulas', () => {
    for (const v of ['=HYPERLINK("x")', '+1 乐队', '-18℃ 冰雪音乐节', '@星河乐队', '\tx', '\rx']) expect(neutralise(v)).toBe(`'${v}`);
    expect(neutralise('兰州=恒达')).toBe('兰州=恒达');
    expect(neutralise('2026-11-27')).toBe('2026-11-27');
  });

  it('neutralise negative numbers too, as cells beginning with a minus sign', () => {
    expect(csvField(-5)).toBe("'-5");
  });

  it('quote cells with commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('=1+1,2')).toBe(`"'=1+1,2"`);
  });

  it('write empty cells for missing values', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('parse back to the same values (after the apostrophe guard)', () => {
    const records = [
      { id: 'a-1', name: '兰州"恒达",商贸\n有限公司', amount: 1.5 },
      { id: 'a-2', name: '=SUM(A1)', amount: null },
    ];
    const parsed = Papa.parse<string[]>(csvText(columns, records).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['编号', '主体名称', '金额'],
      ['a-1', '兰州"恒达",商贸\n有限公司', '1.5'],
      ['a-2', "'=SUM(A1)", ''],
    ]);
  });
});

describe('JSON downloads', () => {
  it('are valid JSON with one record per line and keep values as they are', () => {
    const doc = { id: 'x', title: '测试', records: [{ id: 'a-1', name: '=SUM(A1)', n: 3 }, { id: 'a-2', name: null, n: null }] };
    const text = jsonText(doc);
    expect(JSON.parse(text)).toEqual(doc);
    expect(text.split('\n').filter((l) => l.startsWith('    {'))).toHaveLength(2);
  });

  it('are valid JSON with no records at all', () => {
    expect(JSON.parse(jsonText({ id: 'x', records: [] }))).toEqual({ id: 'x', records: [] });
    expect(JSON.parse(jsonText({ records: [] }))).toEqual({ records: [] });
  });

  it('are encoded as UTF-8 without a byte-order mark', () => {
    const bytes = jsonBytes({ t: '兰州', records: [] });
    expect(bytes[0]).toBe('{'.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toContain('兰州');
  });
});

describe('checksums', () => {
  it('are the SHA-256 of exactly the bytes served', () => {
    const bytes = csvBytes(columns, [{ id: 'a-1', name: '兰州', amount: 1 }]);
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(Buffer.from(bytes)).digest('hex'));
    expect(sha256Hex(bytes)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are the same for the same input (the serialisers are deterministic)', () => {
    const r = [{ id: 'a-1', name: '兰州', amount: 1 }];
    expect(sha256Hex(csvBytes(columns, r))).toBe(sha256Hex(csvBytes(columns, r)));
  });
});
