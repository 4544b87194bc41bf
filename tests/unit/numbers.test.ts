/** Numbers and money are written one way: grouped digits in tables, 万元 in running text. */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatYuan } from '../../src/lib/numbers.ts';

describe('numbers in tables', () => {
  it('groups digits by thousands and keeps the decimals asked for', () => {
    expect(formatNumber(983517.4, 2)).toBe('983,517.40');
    expect(formatNumber(1520)).toBe('1,520');
    expect(formatNumber(0, 2)).toBe('0.00');
    expect(formatNumber(12.5)).toBe('12.50');
  });
});

describe('money in running text', () => {
  it('writes 万元 from ten thousand yuan on, without a space and without trailing zeros', () => {
    expect(formatYuan(1286000)).toBe('128.6万元');
    expect(formatYuan(50000)).toBe('5万元');
    expect(formatYuan(983517.4)).toBe('98.35万元');
  });

  it('writes yuan below ten thousand with grouped digits', () => {
    expect(formatYuan(8500)).toBe('8,500元');
    expect(formatYuan(0)).toBe('0元');
    expect(formatYuan(99.5)).toBe('99.50元');
  });
});
