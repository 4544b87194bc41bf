import { describe, expect, it } from 'vitest';
import {
  findResidentIds,
  isFirstGenerationId,
  isValidResidentId,
  maskFoundId,
  isValidUscc,
  MASKED_ID_PATTERN,
  maskResidentId,
  residentIdCheckChar,
  usccCheckChar,
  usccProblem,
} from '../../src/lib/identifiers.ts';

describe('USCC (GB 32100-2015)', () => {
  it('accepts the known-good code from the design', () => {
    expect(isValidUscc('9135052155323005XL')).toBe(true);
  });

  it('accepts other known-good codes computed by hand', () => {
    // 91110000600037341L: 91 110000 60003734 1 L — a widely printed sample code
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(isValidUscc('91110000600037341L')).toBe(true);
  });

  it('maps a weighted sum of 0 mod 31 to the check character 0', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('names the right check character when the last one is wrong', () => {
    expect(usccProblem('9135052155323005XA')).toEqual({ kind: 'check', expected: 'L', actual: 'A' });
  });

  it('refuses letters outside the charset (I, O, Z, S, V)', () => {
    expect(usccProblem('9135052155323005IL')).toEqual({ kind: 'charset', position: 17, char: 'I' });
    expect(isValidUscc('9135052155323005SL')).toBe(false);
  });

  it('refuses codes that are not 18 characters long', () => {
    expect(usccProblem('9135052155323005X')).toEqual({ kind: 'length', length: 17 });
    expect(isValidUscc('9135052155323005XLL')).toBe(false);
  });

  it('refuses lower-case input (callers normalise first)', () => {
    expect(isValidUscc('9135052155323005xl')).toBe(false);
  });
});

describe('resident ID (GB 11643-1999)', () => {
  it('accepts the known-good number from the design', () => {
    expect(isValidResidentId('34052419800101001X')).toBe(true);
    expect(isValidResidentId('34052419800101001x')).toBe(true);
  });

  it('computes check characters including X and 0', () => {
    expect(residentIdCheckChar('34052419800101001')).toBe('X');
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(isValidResidentId('340524198001010010')).toBe(false);
  });

  it('refuses an impossible birth date even with a right check character', () => {
    const first17 = '34052419800230001';
    const id = first17 + residentIdCheckChar(first17);
    expect(isValidResidentId(id)).toBe(false);
  });

  it('finds a full ID number inside other text, after letters and inside a longer run of digits', () => {
    expect(findResidentIds('身份证号34052419800101001X，住址')).toEqual([{ offset: 4, length: 18, value: '34052419800101001X' }]);
    // A longer run that contains a valid number exposes it just the same.
    expect(findResidentIds('934052419800101001X')).toEqual([{ offset: 1, length: 18, value: '34052419800101001X' }]);
    expect(findResidentIds('34052419800101001X9')).toEqual([{ offset: 0, length: 18, value: '34052419800101001X' }]);
    expect(findResidentIds('ID34052419800101001x')).toEqual([{ offset: 2, length: 18, value: '34052419800101001X' }]);
    expect(findResidentIds('https://example.org/p?u=34052419800101001X&a=1')).toEqual([{ offset: 24, length: 18, value: '34052419800101001X' }]);
  });

  it('does not take 18 digits with an unknown province code for an ID number', () => {
    const first17 = '99052419800101001';
    expect(findResidentIds(first17 + residentIdCheckChar(first17))).toEqual([]);
  });

  it('folds full-width and other Unicode decimal digits, keeping offsets in the original text', () => {
    const id = '62010219900307601' + residentIdCheckChar('62010219900307601');
    const wide = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(findResidentIds(`号码：${wide}。`)).toEqual([{ offset: 3, length: 18, value: id }]);
    const arabic = [...id].map((c) => (/\d/.test(c) ? String.fromCharCode(0x660 + Number(c)) : c)).join('');
    expect(findResidentIds(arabic).map((f) => f.value)).toEqual([id]);
    // Mathematical digits lie outside the BMP: two UTF-16 units each.
    const math = [...id].map((c) => (/\d/.test(c) ? String.fromCodePoint(0x1d7ce + Number(c)) : c)).join('');
    expect(findResidentIds(`a${math}`)).toEqual([{ offset: 1, length: math.length, value: id }]);
  });

  it('finds a number split by spaces, hyphens, dots or ideographic spaces into whole groups', () => {
    const id = '62010219900307601' + residentIdCheckChar('62010219900307601');
    const parts = [id.slice(0, 6), id.slice(6, 14), id.slice(14)];
    for (const sep of [' ', '-', '.', '\u00a0', '\u3000', ' - ']) {
      const text = `证件 ${parts.join(sep)} 号`;
      expect(findResidentIds(text), JSON.stringify(sep)).toEqual([{ offset: 3, length: 18 + 2 * sep.length, value: id }]);
    }
  });

  it('finds a split number with other digits glued to it, and no number in runs of figures, dates or decimals', () => {
    const id = '62010219900307601' + residentIdCheckChar('62010219900307601');
    expect(findResidentIds(`2024-01-22${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`)).toEqual([{ offset: 10, length: 20, value: id }]);
    expect(findResidentIds('12.5 34.7 19.0 20.3 11.6 7.25 3.04')).toEqual([]);
    expect(findResidentIds('2019-12-31 2020-01-15 2021-03-08')).toEqual([]);
  });

  it('finds a first-generation 15-digit number with a known region and a real date, as a whole number only', () => {
    expect(isFirstGenerationId('620102850307123')).toBe(true);
    expect(isFirstGenerationId('620102851307123')).toBe(false); // month 13
    expect(isFirstGenerationId('990102850307123')).toBe(false); // no such province
    expect(findResidentIds('旧证号620102850307123')).toEqual([{ offset: 3, length: 15, value: '620102850307123' }]);
    expect(findResidentIds('620102 850307 123')).toEqual([{ offset: 0, length: 17, value: '620102850307123' }]);
    expect(findResidentIds('6201028503071234')).toEqual([]);
    expect(findResidentIds('1620102850307123')).toEqual([]);
  });

  it('does not take telephone numbers, dates, USCCs or hashes for ID numbers', () => {
    expect(findResidentIds('0931-8888888 13800138000 2019-12-31')).toEqual([]);
    expect(findResidentIds('91620102MA71ABCD1X 9135052155323005XL')).toEqual([]);
    expect(findResidentIds('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toEqual([]);
  });

  it('masks what it found so that a message never shows the whole number', () => {
    expect(maskFoundId('34052419800101001X')).toBe('340524********001X');
    expect(maskFoundId('620102850307123')).toBe('620102******123');
  });

  it('does not mistake a USCC for an ID number', () => {
    expect(findResidentIds('9135052155323005XL')).toEqual([]);
  });

  it('masks to the published form, which matches the masked pattern and is not an ID', () => {
    const masked = maskResidentId('34052419800101001x');
    expect(masked).toBe('340524********001X');
    expect(MASKED_ID_PATTERN.test(masked)).toBe(true);
    expect(findResidentIds(masked)).toEqual([]);
  });

  it('refuses anything but the masked form in the masked pattern', () => {
    expect(MASKED_ID_PATTERN.test('34052419800101001X')).toBe(false);
    expect(MASKED_ID_PATTERN.test('340524*******001X')).toBe(false);
    expect(MASKED_ID_PATTERN.test('340524********001x')).toBe(false);
  });
});
