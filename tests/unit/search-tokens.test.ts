import { describe, expect, it } from 'vitest';
import {
  bigramToken,
  charCode,
  highlightSegments,
  identifierKey,
  identifierToken,
  identifierWords,
  indexText,
  indexTokens,
  isRegionPrefix,
  queryPlan,
  TOKEN_PREFIX,
  units,
} from '../../src/lib/search/tokens.ts';

/** The words of an indexed text. */
const words = (text: string) => text.split(' ');
/** Whether a query's terms all occur among a page's words, as Pagefind's AND search asks. */
const matchesAll = (plan: ReturnType<typeof queryPlan>, pageWords: string[]) =>
  plan!.ranked.split(' ').every((t) => pageWords.some((w) => w.startsWith(t)));
/** Whether the exact phrase occurs as consecutive words (Pagefind's quoted search). */
const matchesPhrase = (plan: ReturnType<typeof queryPlan>, text: string) => {
  const phrase = plan!.exact!.replace(/"/g, '').split(' ');
  const all = text.split(' ');
  return all.some((_, i) => phrase.every((t, j) => all[i + j] === t));
};

describe('character codes', () => {
  it('writes a BMP character as four letters a..p', () => {
    expect(charCode('恒')).toBe('gafc'); // U+6052
    expect(charCode('达')).toBe('iplo'); // U+8FBE
  });

  it('writes a supplementary character with the marker r, so that codes stay prefix-free', () => {
    expect(charCode('𠀀')).toBe('rbaaaa'); // U+20000 = 0x10000 + 0x10000
    expect(charCode('𠀀').startsWith('r')).toBe(true);
  });

  it('makes bigram tokens of plain lower-case letters that start with the token prefix', () => {
    expect(bigramToken('恒', '达')).toBe(`${TOKEN_PREFIX}gafciplo`);
    expect(bigramToken('恒', '达')).toMatch(/^[a-z]+$/);
  });
});

describe('page side', () => {
  it('splits text into Chinese runs and lower-case words, folding full-width forms', () => {
    expect(units('兰州ＡＢＣ科技 Co.')).toEqual([
      { kind: 'han', text: '兰州' },
      { kind: 'word', text: 'abc' },
      { kind: 'han', text: '科技' },
      { kind: 'word', text: 'co' },
    ]);
  });

  it('keeps a Chinese run together across brackets and spaces', () => {
    expect(units('兰州（中国） 恒达')).toEqual([{ kind: 'han', text: '兰州中国恒达' }]);
  });

  it('indexes every bigram of a name in order, then the end of the run', () => {
    expect(indexTokens('恒达商')).toEqual([bigramToken('恒', '达'), bigramToken('达', '商'), bigramToken('商')]);
  });

  it('indexes a USCC as one lower-case word', () => {
    expect(indexTokens('9135052155323005XL')).toEqual(['9135052155323005xl']);
  });

  it('indexes each string once, in order, and drops empty strings', () => {
    expect(indexText(['王明', '', undefined, '王明', '李四'])).toBe([...indexTokens('王明'), ...indexTokens('李四')].join(' '));
  });
});

describe('query side', () => {
  const page = indexText(['兰州恒达商贸有限公司', '王小明', '9135052155323005XL']);

  it('finds a name by any 2, 3 or 4 consecutive characters, from the start or the middle', () => {
    const name = '兰州恒达商贸有限公司';
    const chars = [...name];
    for (const n of [2, 3, 4]) {
      for (let i = 0; i + n <= chars.length; i++) {
        const plan = queryPlan(chars.slice(i, i + n).join(''));
        expect(matchesAll(plan, words(page))).toBe(true);
        if (n >= 3) expect(matchesPhrase(plan, page)).toBe(true);
      }
    }
  });

  it('asks for an exact phrase only for one Chinese run of three or more characters', () => {
    expect(queryPlan('恒达')!.exact).toBeNull();
    expect(queryPlan('恒达商')!.exact).toBe(`"${bigramToken('恒', '达')} ${bigramToken('达', '商')}"`);
    expect(queryPlan('恒达 商贸')!.exact).toBeNull();
  });

  it('does not match a fragment whose characters occur in the name but not together', () => {
    const plan = queryPlan('恒商贸'); // 恒 and 商贸 are in the name, 恒商 is not
    expect(matchesAll(plan, words(page))).toBe(false);
  });

  it('does not let a phrase run from one name into the next', () => {
    const two = indexText(['张恒达', '达商贸易']);
    const plan = queryPlan('恒达商');
    expect(matchesAll(plan, words(two))).toBe(true); // every bigram occurs somewhere…
    expect(matchesPhrase(plan, two)).toBe(false); // …but not as one phrase
  });

  it('finds a person by the full name', () => {
    expect(matchesPhrase(queryPlan('王小明'), page)).toBe(true);
    expect(matchesPhrase(queryPlan('王小明'), indexText(['王小', '明德']))).toBe(false);
  });

  it('turns a single Chinese character into the prefix of the bigrams that start with it', () => {
    const plan = queryPlan('明')!;
    expect(plan.ranked).toBe(TOKEN_PREFIX + charCode('明'));
    expect(matchesAll(plan, words(page))).toBe(true); // 明 is the last character of 王小明
  });

  it('keeps a USCC as one word in lower case, whichever case was typed', () => {
    expect(queryPlan('9135052155323005XL')!.ranked).toBe('9135052155323005xl');
    expect(queryPlan('9135052155323005xl')!.ranked).toBe('9135052155323005xl');
    expect(matchesAll(queryPlan('913505215532'), words(page))).toBe(true);
  });

  it('ignores typed words that would prefix-match the tokens themselves', () => {
    expect(queryPlan('zq')).toBeNull();
    expect(queryPlan('z 恒达')!.ranked).toBe(bigramToken('恒', '达'));
  });

  it('returns nothing to search for punctuation or spaces only', () => {
    expect(queryPlan('  ，。 ')).toBeNull();
  });

  it('treats full-width and upper-case input like the indexed text', () => {
    expect(queryPlan('ＡＢＣ')!.ranked).toBe('abc');
  });
});

describe('identifiers', () => {
  const caseNo = '（2023）甘01执6729号';

  it('gives a case number the same key in full-width brackets, half-width brackets and none', () => {
    const key = identifierKey(caseNo);
    expect(key).toBe('2023甘01执6729号');
    expect(identifierKey('(2023)甘01执6729号')).toBe(key);
    expect(identifierKey('2023甘01执6729号')).toBe(key);
    expect(identifierKey('兰卫医罚〔2022〕1号')).toBe(identifierKey('兰卫医罚[2022]1号'));
  });

  it('codes the whole identifier as one plain word, so that its beginning is a prefix of it', () => {
    const whole = identifierToken(caseNo)!;
    expect(whole).toMatch(/^[a-z0-9]+$/);
    expect(whole.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(whole.startsWith(identifierToken('(2023)甘01执')!)).toBe(true);
    expect(whole).not.toBe(identifierToken('（2023）甘01执6728号'));
    expect(identifierToken(' ，。')).toBeNull();
  });

  it('never codes an identifier like a Chinese bigram, so a name fragment cannot match it', () => {
    const whole = identifierToken(caseNo)!;
    for (const t of indexTokens('甘01执')) expect(whole.startsWith(t)).toBe(false);
  });

  it('indexes a plain letter-and-digit licence number also as the word a person types', () => {
    expect(identifierWords('L-GS-CJ12345')).toContain('lgscj12345');
    expect(identifierWords(caseNo)).toContain(identifierToken(caseNo));
  });

  it('searches a typed case or decision number as an identifier, in any bracket form', () => {
    for (const q of [caseNo, '(2023)甘01执6729号', '2023甘01执6729号']) {
      expect(queryPlan(q)!.identifier).toBe(identifierToken(caseNo));
    }
    expect(queryPlan('兰卫医罚〔2022〕1号')!.identifier).toBe(identifierToken('兰卫医罚〔2022〕1号'));
    expect(queryPlan('(2023)甘01执6729号')!.identifierKey).toBe(identifierKey(caseNo));
    expect(queryPlan('兰州恒达商贸')!.identifierKey).toBeNull();
  });

  it('does not treat a name or a USCC as an identifier', () => {
    expect(queryPlan('兰州恒达商贸')!.identifier).toBeNull();
    expect(queryPlan('9135052155323005XL')!.identifier).toBeNull();
    expect(queryPlan('熊铎彧 601X')!.identifier).toBeNull();
  });

  it('calls the first six to eight digits of a USCC with a province code a region prefix', () => {
    expect(isRegionPrefix('91620105')).toBe(true);
    expect(isRegionPrefix('916201')).toBe(true);
    expect(queryPlan('91620105')!.tooShort).toBe(true);
    expect(isRegionPrefix('91990105')).toBe(false); // 99 is no province
    expect(isRegionPrefix('9162')).toBe(false); // shorter: not even a district
    expect(isRegionPrefix('916201057')).toBe(false); // longer: part of an organisation code
    expect(queryPlan('916201057')!.tooShort).toBe(false);
  });
});

describe('highlighting', () => {
  it('marks every occurrence of each term, case-insensitively', () => {
    expect(highlightSegments('恒达商贸 ABC 恒达', ['恒达', 'abc'])).toEqual([
      { text: '恒达', mark: true },
      { text: '商贸 ', mark: false },
      { text: 'ABC', mark: true },
      { text: ' ', mark: false },
      { text: '恒达', mark: true },
    ]);
  });

  it('returns the text unmarked when no term occurs', () => {
    expect(highlightSegments('<b>王</b>', ['李'])).toEqual([{ text: '<b>王</b>', mark: false }]);
  });
});
