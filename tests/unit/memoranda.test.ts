import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURE_KEYS, MEASURES, measureMemoranda } from '../../src/schemas/measures.ts';
import { MEMORANDA, MEMORANDUM_KEYS, memorandumCitation, type MemorandumSpec } from '../../src/schemas/memoranda.ts';
import { appliesMemorandum, lawMeasures, memorandumCounts, memorandumMeasures } from '../../src/lib/cases/rules.ts';
import { caseId } from '../../src/schemas/case.ts';
import { memorandumPath, memorandaPath } from '../../src/lib/paths.ts';

const guide = readFileSync('content/README.md', 'utf8');
const spec = (k: keyof typeof MEMORANDA): MemorandumSpec => MEMORANDA[k];

describe('the basis of every measure', () => {
  it('every measure rests on the law or on at least one memorandum of the vocabulary', () => {
    for (const k of MEASURE_KEYS) {
      const b: unknown = MEASURES[k].basis;
      if (b === 'law') continue;
      expect(Array.isArray(b) && b.length > 0, k).toBe(true);
      for (const m of b as string[]) expect(Object.keys(MEMORANDA), `${k} → ${m}`).toContain(m);
    }
  });

  it('ordinary penalties and steps of procedure rest on the law applied, not on a memorandum', () => {
    for (const k of ['fine', 'confiscation', 'judicial-transfer', 'judicial-detention', 'blacklist'] as const) expect(MEASURES[k].basis, k).toBe('law');
    expect(lawMeasures()).toContain('fine');
    expect(lawMeasures()).not.toContain('restrict-exit');
  });

  it('restrictions on judgment defaulters rest on the memorandum on judgment defaulters', () => {
    expect(measureMemoranda('restrict-high-consumption')).toEqual(['judgment-defaulters']);
    expect(measureMemoranda('restrict-exit')).toEqual(['judgment-defaulters', 'major-tax-violations']);
    expect(measureMemoranda('fine')).toEqual([]);
  });

  it('every memorandum provides at least one measure, so that its page lists something it can be applied by', () => {
    for (const k of MEMORANDUM_KEYS) expect(memorandumMeasures(k).length, k).toBeGreaterThan(0);
    expect(memorandumMeasures('wage-arrears')).toContain('restrict-bidding');
    expect(memorandumMeasures('wage-arrears')).not.toContain('restrict-high-consumption');
  });

  it('the editors’ guide shows each measure’s basis as the vocabulary has it', () => {
    for (const k of MEASURE_KEYS) {
      const b = MEASURES[k].basis;
      const written = b === 'law' ? '法律、法规' : b.map((m) => MEMORANDA[m].short).join('、');
      expect(guide, k).toContain(`| ${MEASURES[k].label} | \`${k}\` | ${written} |`);
    }
  });
});

describe('the memoranda vocabulary', () => {
  it('has permanent keys that are URL slugs, under /cases/memoranda/', () => {
    for (const k of MEMORANDUM_KEYS) expect(k).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(memorandaPath()).toBe('/cases/memoranda/');
    expect(memorandumPath('judgment-defaulters')).toBe('/cases/memoranda/judgment-defaulters/');
  });

  it('writes full official titles without book-title marks, and no title or short name twice', () => {
    for (const k of MEMORANDUM_KEYS) {
      expect(spec(k).title, k).toMatch(/^关于对[\u4e00-\u9fff“”、]+的合作备忘录$/);
      expect(spec(k).short, k).toMatch(/^[\u4e00-\u9fff]{2,8}$/);
    }
    expect(new Set(MEMORANDUM_KEYS.map((k) => spec(k).title)).size).toBe(MEMORANDUM_KEYS.length);
    expect(new Set(MEMORANDUM_KEYS.map((k) => spec(k).short)).size).toBe(MEMORANDUM_KEYS.length);
  });

  it('writes document numbers as printed, with the year of signature in the brackets', () => {
    for (const k of MEMORANDUM_KEYS) {
      const { number, year } = spec(k);
      if (number === undefined) continue;
      const m = /^[\u4e00-\u9fff]+〔(\d{4})〕(\d+)号$/.exec(number);
      expect(m, `${k}: ${number}`).not.toBeNull();
      expect(Number(m![1]), k).toBe(year);
    }
    expect(memorandumCitation('judgment-defaulters')).toBe('《关于对失信被执行人实施联合惩戒的合作备忘录》（发改财金〔2016〕141号）');
    expect(memorandumCitation('major-tax-violations')).toBe('《关于对重大税收违法案件当事人实施联合惩戒措施的合作备忘录》（发改财金〔2014〕3062号）');
  });

  it('names the issuing departments, fewer than or as many as the signatories', () => {
    for (const k of MEMORANDUM_KEYS) {
      const { issuers, signatories, concerns } = spec(k);
      expect(issuers.length, k).toBeGreaterThan(0);
      if (signatories !== undefined) expect(signatories, k).toBeGreaterThanOrEqual(issuers.length);
      expect(concerns.length, k).toBeGreaterThan(10);
    }
  });

  it('is listed in the editors’ guide with its key, title and number', () => {
    for (const k of MEMORANDUM_KEYS) {
      const { short, title, number } = spec(k);
      expect(guide, k).toContain(`| \`${k}\` | ${short} | 《${title}》 | ${number ?? ''} |`);
    }
  });

  it('makes memoranda a reserved word for case file names (it is a path under /cases/)', () => {
    expect(caseId.safeParse('memoranda').success).toBe(false);
  });
});

describe('which cases applied a memorandum', () => {
  const courtCase = { measures: [{ measure: 'blacklist' as const }, { measure: 'restrict-exit' as const }] };
  const fineOnly = { measures: [{ measure: 'fine' as const }, { measure: 'confiscation' as const }] };

  it('a case applied every memorandum that lists one of its measures', () => {
    expect(appliesMemorandum(courtCase, 'judgment-defaulters')).toBe(true);
    expect(appliesMemorandum(courtCase, 'major-tax-violations')).toBe(true);
    expect(appliesMemorandum(courtCase, 'wage-arrears')).toBe(false);
  });

  it('a case with only penalties under the law applied no memorandum', () => {
    for (const k of MEMORANDUM_KEYS) expect(appliesMemorandum(fineOnly, k), k).toBe(false);
  });

  it('counts every memorandum, in vocabulary order, including those no case applied', () => {
    const counts = memorandumCounts([courtCase, fineOnly, courtCase]);
    expect(counts.map((c) => c.key)).toEqual(MEMORANDUM_KEYS);
    expect(Object.fromEntries(counts.map((c) => [c.key, c.count]))).toMatchObject({ 'judgment-defaulters': 2, 'major-tax-violations': 2, 'wage-arrears': 0, finance: 0 });
  });
});
