import { describe, expect, it } from 'vitest';
import { compareItems, groupByInitial, initialOf, placePrefixes, type DirectoryItem } from '../../src/lib/lists/directory.ts';

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
