/**
 * The rules a stale copy of the site applies in the visitor's browser (src/lib/stale.ts).
 * Expected days are written out by hand from the China Standard Time offset (UTC+8).
 */
import { describe, expect, it } from 'vitest';
import { isDue, isStaleBuild, STALE_AFTER_DAYS } from '../../src/lib/stale.ts';
import { chinaDay, daysBetween } from '../../src/lib/dates.ts';

describe('the visitor day in China time', () => {
  it('is already the next day from 16:00 UTC', () => {
    expect(chinaDay(Date.parse('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(chinaDay(Date.parse('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
  });
  it('crosses a year end the same way', () => {
    expect(chinaDay(Date.parse('2026-12-31T16:10:00Z'))).toBe('2027-01-01');
  });
});

describe('an entry with a first day no longer shown', () => {
  it('is hidden on that day and after, shown the day before', () => {
    expect(isDue('2026-12-02', '2026-12-01')).toBe(false);
    expect(isDue('2026-12-02', '2026-12-02')).toBe(true);
    expect(isDue('2026-12-02', '2027-01-10')).toBe(true);
  });
  it('stays shown when the day is missing or not a date', () => {
    expect(isDue(undefined, '2026-12-02')).toBe(false);
    expect(isDue('', '2026-12-02')).toBe(false);
    expect(isDue('2026-1-2', '2026-12-02')).toBe(false);
  });
});

describe('a build shown on a later day', () => {
  it('counts whole days between two dates, across months', () => {
    expect(daysBetween('2026-11-29', '2026-12-01')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(0);
  });
  it('is out of date only after more than two days', () => {
    expect(STALE_AFTER_DAYS).toBe(2);
    expect(isStaleBuild('2026-11-29', '2026-12-01')).toBe(false);
    expect(isStaleBuild('2026-11-28', '2026-12-01')).toBe(true);
    expect(isStaleBuild(undefined, '2026-12-01')).toBe(false);
  });
});
