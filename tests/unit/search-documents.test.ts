import { describe, expect, it } from 'vitest';
import { GROUP_SIZE, searchDocuments } from '../../src/lib/search/documents.ts';
import { COMPOSITES, compositeKey, packDisplay, unpackDisplay, type FilterValues } from '../../src/lib/search/meta.ts';
import { readableFragment } from '../../scripts/lib/search-bundle.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';

const entry = (n: number, over: Partial<SearchRecord> = {}): SearchRecord => ({
  url: `/lists/wage-arrears/wa-${String(n).padStart(4, '0')}/`,
  kind: 'blacklist',
  title: `兰州恒达${'商贸建材物流'.slice(0, 1 + (n % 5))}有限公司`,
  area: '拖欠农民工工资',
  list: '拖欠农民工工资失信联合惩戒对象名单',
  subjectType: '法人及非法人组织',
  district: '城关区',
  date: `2024-0${1 + (n % 9)}-15`,
  names: [`王${'小大'.slice(n % 2, (n % 2) + 1)}明`],
  codes: ['91620102MA71234X5A'],
  identifiers: [`兰人社罚〔2024〕${n}号`],
  nameTags: n % 2 ? ['601X'] : undefined,
  summary: '拖欠工资',
  hideFrom: '2027-01-01',
  ...over,
});

const caseRecord: SearchRecord = { url: '/cases/c-1/', kind: 'case', title: '某公司拖欠工资案', area: '拖欠农民工工资', date: '2024-06-01', summary: '移送公安机关', text: '经查，该公司拖欠工资。' };

/** The part of a document Pagefind indexes (after the ignored block), as elements and their words. */
function indexed(html: string): { tag: string; words: string[] }[] {
  const body = html.slice(html.indexOf('</div>', html.indexOf('data-pagefind-ignore')) + '</div>'.length);
  return [...body.matchAll(/<(h2|p)([^>]*)>([^<]*)<\/\1>/g)].map((m) => ({ tag: m[1]!, words: m[3]!.split(' ') }));
}

/** A document's values of one composite, from its filter value and the layout's table. */
function compositeValues(html: string, k: number, facets: FilterValues[][]): FilterValues {
  const rank = new RegExp(`data-pagefind-filter="f">${compositeKey(k)}:(\\d+)<`).exec(html)![1]!;
  expect(html).toContain(`data-pagefind-sort="${compositeKey(k)}">${rank}<`);
  return facets[k]![Number(rank)]!;
}

describe('search documents', () => {
  it('puts entries that share every filter value into one document, and keeps cases on their own', () => {
    const records = [entry(1), entry(2), entry(3), entry(4, { district: '七里河区' }), caseRecord];
    const documents = [...searchDocuments(records).documents];
    expect(documents.map((d) => d.entries).sort()).toEqual([1, 1, 3]);
    expect(documents.find((d) => d.entries === 1 && d.url === caseRecord.url)).toBeDefined();
  });

  it('gives every entry of a grouped document a slot of exactly the layout’s width, in plain words', () => {
    const records = [entry(1), entry(2, { names: ['王小明', '李四', '赵钱孙李周吴郑王'] }), entry(3, { codes: [] })];
    const { documents, layout } = searchDocuments(records);
    const [doc] = [...documents];
    const elements = indexed(doc!.html);
    expect(elements).toHaveLength(records.length * 2);
    for (let i = 0; i < elements.length; i += 2) {
      const [heading, names] = [elements[i]!, elements[i + 1]!];
      expect(heading.tag).toBe('h2');
      expect(heading.words.length + names.words.length).toBe(layout.slot);
      for (const w of [...heading.words, ...names.words]) expect(w === '·' || /^[a-z0-9]+$/.test(w)).toBe(true);
    }
    // Newest first: the entries meta names them in slot order.
    const order = [...records].sort((a, b) => b.date!.localeCompare(a.date!)).map((r) => r.url);
    expect(unpackDisplay(/data-pagefind-meta="d">([^<]*)</.exec(doc!.html)![1]!).e.map((x) => x.u)).toEqual(order);
  });

  it('splits a large group into documents of at most GROUP_SIZE entries', () => {
    const records = Array.from({ length: GROUP_SIZE + 5 }, (_, i) => entry(i + 1, { date: '2024-03-01' }));
    const { documents, count } = searchDocuments(records);
    expect([...documents].map((d) => d.entries)).toEqual([GROUP_SIZE, 5]);
    expect(count).toBe(2);
  });

  it('stores each composite as a rank that names the document’s own values', () => {
    const records = [entry(1), entry(2, { district: '七里河区', subjectType: '自然人' }), caseRecord];
    const { documents: made, layout } = searchDocuments(records);
    const documents = [...made];
    for (const r of records) {
      const doc = documents.find((d) => d.url === r.url || unpackDisplay(/data-pagefind-meta="d">([^<]*)</.exec(d.html)![1]!).e.some((x) => x.u === r.url))!;
      const values = Object.assign({}, ...COMPOSITES.map((_, k) => compositeValues(doc.html, k, layout.facets))) as FilterValues;
      const expected: FilterValues = { kind: r.kind, area: r.area!, ...(r.list ? { list: r.list } : {}), ...(r.subjectType ? { type: r.subjectType } : {}), ...(r.district ? { district: r.district } : {}), year: r.date!.slice(0, 4) };
      expect(values).toEqual(expected);
    }
  });
});

describe('reading a fragment back for the privacy scan', () => {
  it('shows the stored names and identifiers in plain text', () => {
    const display = { f: { kind: 'blacklist' as const }, e: [{ u: '/lists/x/x-0001/', t: '兰州某某商贸有限公司', i: [['身份证号码', '620102********1234']] as [string, string][] }] };
    const fragment = `pagefind_dcd${JSON.stringify({ url: '/search/?group=1', meta: { d: packDisplay(display) } })}`;
    expect(fragment).not.toContain('兰州某某商贸有限公司');
    const text = readableFragment(fragment);
    expect(text).toContain('兰州某某商贸有限公司');
    expect(text).toContain('620102********1234');
    expect(readableFragment('not json')).toBe('not json');
  });
});
