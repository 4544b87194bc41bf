import { describe, expect, it } from 'vitest';
import { extractLinks, forbiddenIn, internalPath, residentIdProblems, residentIdsIn } from '../../src/lib/site-check.ts';
import { residentIdCheckChar } from '../../src/lib/identifiers.ts';

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

  it('finds a full resident ID number in built text but not a masked one, and prints it masked', () => {
    expect(residentIdsIn('<td>34052419800101001X</td>')).toEqual(['340524********001X']);
    expect(residentIdsIn('<td>340524********001X</td>')).toEqual([]);
  });

  it('names the line and column of a number written in any form in a built file, never the whole number', () => {
    const id = '62010219900307601' + residentIdCheckChar('62010219900307601');
    const wide = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const text = `<item>\n<description>ID${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)} / ${wide}</description>`;
    const problems = residentIdProblems('/cases/rss.xml', text);
    expect(problems).toEqual([`/cases/rss.xml:2:16: 含完整居民身份证号码 620102********${id.slice(14)}`, `/cases/rss.xml:2:39: 含完整居民身份证号码 620102********${id.slice(14)}`]);
    for (const p of problems) expect(p).not.toContain(id);
  });

  it('reports which forbidden names occur', () => {
    expect(forbiddenIn('兰州恒达商贸有限公司', ['恒达商贸', '安宁区某某'])).toEqual(['恒达商贸']);
  });
});
