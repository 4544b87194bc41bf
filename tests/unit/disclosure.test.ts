import { describe, expect, it } from 'vitest';
import { addPeriod, disclosureStatus, periodLabel, shownUntil, stoppedOn } from '../../src/lib/lists/disclosure.ts';
import { addDays } from '../../src/lib/dates.ts';

describe('disclosure status on boundary days', () => {
  const entry = { listed_on: '2023-11-27' };

  it('shows an entry on the last day of its default period', () => {
    expect(shownUntil(entry, '3y')).toBe('2026-11-27');
    expect(disclosureStatus(entry, '3y', '2026-11-27')).toBe('active');
  });

  it('takes an entry down the day after its default period ends', () => {
    expect(disclosureStatus(entry, '3y', '2026-11-28')).toBe('expired');
  });

  it('shows an entry on its own expires_on and not the day after', () => {
    const e = { listed_on: '2026-05-01', expires_on: '2026-11-27' };
    expect(disclosureStatus(e, '3y', '2026-11-27')).toBe('active');
    expect(disclosureStatus(e, '3y', '2026-11-28')).toBe('expired');
  });

  it('prefers an entry’s own expires_on over the default period', () => {
    expect(shownUntil({ listed_on: '2026-05-01', expires_on: '2026-06-30' }, '3y')).toBe('2026-06-30');
  });

  it('takes an entry down on the day it is removed, not the day after', () => {
    const e = { listed_on: '2026-01-01', removed_on: '2026-11-27' };
    expect(disclosureStatus(e, '3y', '2026-11-26')).toBe('active');
    expect(disclosureStatus(e, '3y', '2026-11-27')).toBe('removed');
  });

  it('shows an entry on the day it is listed, and nothing before (pending)', () => {
    const e = { listed_on: '2026-11-27' };
    expect(disclosureStatus(e, '1y', '2026-11-27')).toBe('active');
    expect(disclosureStatus(e, '1y', '2026-11-26')).toBe('pending');
  });

  it('counts an entry whose period ran out before its removal as expired', () => {
    const e = { listed_on: '2020-01-01', removed_on: '2024-06-01' };
    expect(stoppedOn(e, '3y')).toBe('2023-01-02');
    expect(disclosureStatus(e, '3y', '2026-11-27')).toBe('expired');
  });

  it('names the first day not shown as the day publication stopped', () => {
    expect(stoppedOn({ listed_on: '2023-11-26' }, '3y')).toBe('2026-11-27');
    expect(stoppedOn({ listed_on: '2026-01-01', removed_on: '2026-03-15' }, '3y')).toBe('2026-03-15');
  });
});

describe('disclosure periods', () => {
  it('clamps the 31st to the last day of a shorter month', () => {
    expect(addPeriod('2026-08-31', '6m')).toBe('2027-02-28');
    expect(addPeriod('2024-02-29', '1y')).toBe('2025-02-28');
  });

  it('crosses year ends when adding months', () => {
    expect(addPeriod('2026-11-27', '3m')).toBe('2027-02-27');
  });

  it('steps to the next calendar day across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('says periods in Chinese', () => {
    expect(periodLabel('3y')).toBe('3 年');
    expect(periodLabel('6m')).toBe('6 个月');
  });
});
