import { describe, expect, it } from 'vitest';
import { compareItems, groupByInitial, initialOf, placePrefixes, type DirectoryItem } from '../../src/lib/lists/directory.ts';
import { latestWork, type MonthModel } from '../../src/lib/progress/rules.ts';

const places = placePrefixes('甘肃省', '兰州市', ['城关区', '七里河区', '兰州新区']);

describe('the subject directory', () => {
  it('files a name under its first character after the province, city and district names', () => {
    expect(initialOf('兰州恒达商贸有限公司', places)).toBe('恒');
    expect(initialOf('兰州市恒达商贸有限公司', places)).toBe('恒');
    expect(initialOf('甘肃省兰州市城关区恒达商店', places)).toBe('恒');
    expect(initialOf('兰州新区瑞丰建材厂', places)).toBe('瑞');
    expect(initialOf('七里河区明珠食品店', places)).toBe('明');
  });

  it('files a person under the surname and skips opening marks', () => {
    expect(initialOf('熊铎彧', places)).toBe('熊');
    expect(initialOf('《晟润农业科学学刊》', places)).toBe('晟');
    expect(initialOf('abc科技有限公司', places)).toBe('A');
  });

  it('keeps a name that is only a place name under its own first character', () => {
    expect(initialOf('兰州', places)).toBe('兰');
  });

  it('orders characters by pinyin', () => {
    const items = ['张三', '阿明', '李四'].map((name) => ({ name, initial: initialOf(name, places) }));
    expect(items.sort(compareItems).map((i) => i.name)).toEqual(['阿明', '李四', '张三']);
  });

  it('marks a character continued from the page before', () => {
    const item = (name: string, initial: string) => ({ name, initial, path: '/', districts: [], lists: [], hideFrom: '2030-01-01' }) as DirectoryItem;
    const groups = groupByInitial([item('恒二', '恒'), item('李一', '李')], item('恒一', '恒'));
    expect(groups.map((g) => [g.initial, g.continued, g.items.length])).toEqual([
      ['恒', true, 1],
      ['李', false, 1],
    ]);
  });
});

describe("an area's current work", () => {
  const month = (m: string, area: string, counts: { on_time: number; late: number; missing: number }, units: number) =>
    ({ month: m, areas: [{ area, cells: Array.from({ length: units }), counts: { ...counts, pending: 0, expected: units } }] }) as unknown as MonthModel;

  it('is the newest month in which one of its units reported, on time or late', () => {
    const months = [month('2020-01', 'a', { on_time: 2, late: 0, missing: 0 }, 2), month('2020-02', 'a', { on_time: 0, late: 1, missing: 1 }, 2), month('2020-03', 'a', { on_time: 0, late: 0, missing: 2 }, 2)];
    expect(latestWork(months, 'a')).toEqual({ month: '2020-02', reported: 1, expected: 2 });
  });

  it('is unknown when no unit ever reported', () => {
    expect(latestWork([month('2020-01', 'a', { on_time: 0, late: 0, missing: 1 }, 1)], 'a')).toBeUndefined();
    expect(latestWork([], 'a')).toBeUndefined();
  });
});
