import { describe, expect, it } from 'vitest';
import { extractLinks, forbiddenIn, internalPath, residentIdsIn } from '../../src/lib/site-check.ts';

describe('built-site checks', () => {
  it('extracts href, src and srcset values, decoding &amp;', () => {
    const html = `<a href="/p/a/?x=1&amp;y=2">a</a><img src='/p/i.png' srcset="/p/a.png 1x, /p/b.png 2x"><link href="/p/s.css">`;
    expect(extractLinks(html)).toEqual(['/p/a/?x=1&y=2', '/p/i.png', '/p/s.css', '/p/a.png', '/p/b.png']);
  });

  it('resolves relative links against the page and ignores other sites, tel: and mailto:', () => {
    const o = 'https://credit.example.org';
    expect(internalPath('../b/', '/portal/lists/a/', o)).toBe('/portal/lists/b/');
    expect(internalPath('https://credit.example.org/portal/x/', '/portal/', o)).toBe('/portal/x/');
    expect(internalPath('https://www.12377.cn/', '/portal/', o)).toBeNull();
    expect(internalPath('tel:12345', '/portal/', o)).toBeNull();
    expect(internalPath('mailto:a@b.c', '/portal/', o)).toBeNull();
    expect(internalPath('#main', '/portal/', o)).toBeNull();
  });

  it('finds a full resident ID number in built text but not a masked one', () => {
    expect(residentIdsIn('<td>34052419800101001X</td>')).toEqual(['34052419800101001X']);
    expect(residentIdsIn('<td>340524********001X</td>')).toEqual([]);
  });

  it('reports which forbidden names occur', () => {
    expect(forbiddenIn('兰州恒达商贸有限公司', ['恒达商贸', '安宁区某某'])).toEqual(['恒达商贸']);
  });
});
