import { describe, expect, it } from 'vitest';
import {
  findResidentIds,
  isValidResidentId,
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

  it('finds a full ID number inside other text, but not inside a longer run of digits', () => {
    expect(findResidentIds('身份证号34052419800101001X，住址')).toEqual([{ offset: 4, value: '34052419800101001X' }]);
    expect(findResidentIds('934052419800101001X')).toEqual([]);
    expect(findResidentIds('34052419800101001X9')).toEqual([]);
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
