import { describe, expect, it } from 'vitest';
import { COMPOSITES, DIMENSIONS, DISPLAY_META, filterValuesOf, packDisplay, recordsFromFragment, unpackDisplay } from '../../src/lib/search/meta.ts';
import { entryCounts, parseState, passesFilters, sortValues, stateToSearch, valuesFromRuns } from '../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('reads the query, one value per filter and the sort order', () => {
    expect(parseState('?q=%E6%81%92%E8%BE%BE&kind=blacklist&area=%E9%87%91%E8%9E%8D&sort=date&bogus=1')).toEqual({
      q: '恒达',
      filters: { kind: 'blacklist', area: '金融' },
      sort: 'date',
    });
  });

  it('ignores empty parameters and an unknown sort order', () => {
    expect(parseState('?q=%20&kind=&sort=name')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('writes the state back in a fixed order, so the same search has the same URL', () => {
    const s = { q: '恒达', filters: { year: '2024', kind: 'warning' }, sort: 'date' as const };
    expect(stateToSearch(s)).toBe('?q=%E6%81%92%E8%BE%BE&kind=warning&year=2024&sort=date');
    expect(parseState(stateToSearch(s))).toEqual(s);
  });
});

describe('filters', () => {
  it('reads a page’s filter values from its record, the year from its date', () => {
    expect(filterValuesOf({ kind: 'blacklist', title: 'x', area: '金融', list: '名单甲', subjectType: '自然人', district: '城关区', date: '2024-03-01' })).toEqual({
      kind: 'blacklist',
      area: '金融',
      list: '名单甲',
      type: '自然人',
      district: '城关区',
      year: '2024',
    });
    expect(filterValuesOf({ kind: 'case', title: 'x' })).toEqual({ kind: 'case' });
  });

  it('groups every dimension into exactly one composite', () => {
    expect(COMPOSITES.flat().sort()).toEqual(DIMENSIONS.map((d) => d.key).sort());
  });

  it('keeps a document only when it has every chosen value, optionally leaving one dimension out', () => {
    const filters = { kind: 'blacklist', year: '2024' };
    expect(passesFilters({ kind: 'blacklist', year: '2024', district: '城关区' }, filters)).toBe(true);
    expect(passesFilters({ kind: 'blacklist', year: '2023' }, filters)).toBe(false);
    expect(passesFilters({ kind: 'warning', year: '2024' }, filters, 'kind')).toBe(true);
    expect(passesFilters({ kind: 'case' }, {})).toBe(true);
  });

  it('counts entries, not documents, and counts a chosen dimension as if it were not chosen', () => {
    const docs = [
      { values: { kind: 'blacklist', year: '2024' }, entries: 3 },
      { values: { kind: 'blacklist', year: '2023' }, entries: 2 },
      { values: { kind: 'warning', year: '2024' }, entries: 5 },
      { values: { kind: 'case' }, entries: 1 },
    ];
    const { total, counts } = entryCounts(docs, { kind: 'blacklist' });
    expect(total).toBe(5);
    expect(Object.fromEntries(counts.kind)).toEqual({ blacklist: 5, warning: 5, case: 1 });
    expect(Object.fromEntries(counts.year)).toEqual({ 2024: 3, 2023: 2 });
    expect(entryCounts(docs, {}).total).toBe(11);
  });

  it('reads each result’s value from results sorted by that dimension and the counts per value', () => {
    // Sorted by rank: c1:000002 before c1:000010; counts of the other key and empty runs are ignored.
    const sorted = ['a', 'b', 'c', 'd'];
    const values = valuesFromRuns('c1', sorted, { 'c1:000010': 2, 'c1:000002': 1, 'c0:000001': 4, 'c1:000007': 0 });
    expect([...values]).toEqual([
      ['a', '000002'],
      ['b', '000010'],
      ['c', '000010'],
    ]);
    expect(values.has('d')).toBe(false);
  });

  it('offers kinds in their fixed order and years newest first', () => {
    expect(sortValues('kind', [['case', 1], ['blacklist', 5]]).map(([v]) => v)).toEqual(['blacklist', 'case']);
    expect(sortValues('year', [['2023', 9], ['2025', 1]]).map(([v]) => v)).toEqual(['2025', '2023']);
  });
});

describe('display records', () => {
  const entries = [
    { u: '/lists/fake-drugs/fd-0002/', t: '兰州恒达药房', d: '2024-05-01', s: '销售假药', n: '王小明', i: [['统一社会信用代码', '91620102MA71234X5A']] as [string, string][] },
    { u: '/lists/fake-drugs/fd-0001/', t: '乙药房', d: '2024-03-01', h: '2027-03-01' },
  ];
  const filters = { kind: 'blacklist', list: '假药名单', type: '法人及非法人组织', year: '2024' };
  const fragment = { url: '/search/?group=1', meta: { [DISPLAY_META]: packDisplay({ f: filters, e: entries }) } };

  it('reads each entry of a document, in order, with the document’s filter values', () => {
    expect(recordsFromFragment(fragment)).toEqual(entries.map((e) => ({ ...e, f: filters })));
  });

  it('stores the display data without a letter, digit or space that Pagefind could take for a word', () => {
    const packed = fragment.meta[DISPLAY_META];
    expect(packed).not.toMatch(/[\p{L}\p{N}\s]/u);
    expect(unpackDisplay(packed)).toEqual({ f: filters, e: entries });
  });

  it('gives no records for a fragment without stored display data', () => {
    expect(recordsFromFragment({ url: '/x/', meta: {} })).toEqual([]);
  });
});
