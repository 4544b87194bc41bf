import { describe, expect, it } from 'vitest';
import { FILTER_KEY, pageFilters, recordFromFragment } from '../../src/lib/search/meta.ts';
import { facetCounts, pagefindFilters, parseState, sortValues, stateToSearch } from '../../src/lib/search/state.ts';

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
  it('stores every filter under one Pagefind key as dimension:value', () => {
    expect(pageFilters({ kind: 'blacklist', title: 'x', area: '金融', list: '名单甲', subjectType: '自然人', district: '城关区', date: '2024-03-01' })).toEqual([
      'kind:blacklist',
      'area:金融',
      'list:名单甲',
      'type:自然人',
      'district:城关区',
      'year:2024',
    ]);
  });

  it('asks Pagefind for all chosen values, optionally leaving one dimension out', () => {
    const filters = { kind: 'blacklist', year: '2024' };
    expect(pagefindFilters(filters)).toEqual({ [FILTER_KEY]: { all: ['kind:blacklist', 'year:2024'] } });
    expect(pagefindFilters(filters, 'kind')).toEqual({ [FILTER_KEY]: { all: ['year:2024'] } });
    expect(pagefindFilters({})).toEqual({});
  });

  it('reads the same faceted counts from Pagefind’s counts for the single key', () => {
    const state = { q: 'x', filters: { kind: 'blacklist' }, sort: 'relevance' as const };
    const counts = facetCounts(state, { [FILTER_KEY]: { 'kind:blacklist': 2, 'kind:warning': 0, 'year:2024': 1 } }, { kind: { [FILTER_KEY]: { 'kind:blacklist': 2, 'kind:warning': 1 } } });
    expect(Object.fromEntries(counts.kind)).toEqual({ blacklist: 2, warning: 1 });
    expect(Object.fromEntries(counts.year)).toEqual({ 2024: 1 });
  });

  it('offers kinds in their fixed order and years newest first', () => {
    expect(sortValues('kind', [['case', 1], ['blacklist', 5]]).map(([v]) => v)).toEqual(['blacklist', 'case']);
    expect(sortValues('year', [['2023', 9], ['2025', 1]]).map(([v]) => v)).toEqual(['2025', '2023']);
  });
});

describe('display records', () => {
  const fragment = {
    url: '/lists/fake-drugs/fd-0001/',
    meta: { title: '兰州恒达药房', date: '2024-03-01', summary: '销售假药', names: '王小明' },
    filters: { [FILTER_KEY]: ['kind:blacklist', 'list:假药名单', 'type:法人及非法人组织', 'year:2024'] },
  };

  it('reads a result’s title, date, excerpt and filter values from its Pagefind fragment', () => {
    expect(recordFromFragment(fragment)).toEqual({
      u: '/lists/fake-drugs/fd-0001/',
      t: '兰州恒达药房',
      d: '2024-03-01',
      s: '销售假药',
      n: '王小明',
      f: { kind: 'blacklist', list: '假药名单', type: '法人及非法人组织', year: '2024' },
    });
  });

  it('strips the base path from a URL returned by the search library', () => {
    expect(recordFromFragment({ ...fragment, url: '/portal/lists/fake-drugs/fd-0001/' }, '/portal/').u).toBe('/lists/fake-drugs/fd-0001/');
  });

});
