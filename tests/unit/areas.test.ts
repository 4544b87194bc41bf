import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/lib/load/index.ts';
import { deadlineState, onlyFallback, telHref } from '../../src/lib/areas/rules.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { dateLabel } from '../../src/lib/dates.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const { portal, issues } = loadPortal({ root: process.cwd(), disclosureDate: SAMPLE_DAY });
const areas = [...portal.areas.values()];
// Read here from the file itself, not through the loader under test.
const cityChannel = { ...(parse(readFileSync('data/city.yml', 'utf8')) as { general_channel: { name: string; hotline: string; url: string; operator: string; note: string } }).general_channel, scope: 'fallback' as const };

describe('the 19 areas in content/areas', () => {
  it('load without any validation issue in the area files', () => {
    expect(issues.filter((i) => i.file.startsWith('content/areas/'))).toEqual([]);
  });

  it('are numbered 1..19 in order', () => {
    expect(areas.map((a) => a.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('keep their permanent slugs', () => {
    expect(areas.map((a) => a.slug)).toEqual([
      'telecom-fraud', 'online-rumours', 'financial', 'environment', 'poverty-relief', 'illegal-medical', 'fake-drugs',
      'wage-arrears', 'cheap-tours', 'tax-fraud', 'court-enforcement', 'transport', 'research-exams', 'insurance-fraud',
      'social-organisations', 'charity', 'performances', 'illegal-lottery', 'sports-integrity',
    ]);
  });

  it('each have at least one channel with a hotline and an https address', () => {
    for (const a of areas) {
      expect(a.channels.length, a.slug).toBeGreaterThan(0);
      for (const c of a.channels) {
        expect(new URL(c.url).protocol, a.slug).toBe('https:');
        expect(c.hotline, a.slug).toMatch(/^(\d{3,4}-)?\d{3,8}$/);
      }
    }
  });

  it('use the city channel exactly wherever they fall back to 12345', () => {
    const fallbacks = areas.flatMap((a) => a.channels.filter((c) => c.scope === 'fallback'));
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const c of fallbacks) {
      expect({ name: c.name, hotline: c.hotline, url: c.url, operator: c.operator }).toEqual({
        name: cityChannel.name, hotline: cityChannel.hotline, url: cityChannel.url, operator: cityChannel.operator,
      });
      expect(c.note).toContain(cityChannel.note);
    }
  });

  it('give a reason for having no list only in telecom fraud, online rumours and poverty relief', () => {
    expect(areas.filter((a) => a.no_list_reason).map((a) => a.slug)).toEqual(['telecom-fraud', 'online-rumours', 'poverty-relief']);
  });

  it('all have the plan deadline 2019-12-31 and known responsible units', () => {
    for (const a of areas) {
      expect(a.deadline).toBe('2019-12-31');
      for (const u of a.units) expect(portal.units.has(u), `${a.slug}: ${u}`).toBe(true);
    }
    expect(portal.areas.get('illegal-lottery')!.units).toEqual(['sports', 'civil-affairs', 'cyberspace', 'market-regulation', 'public-security']);
  });
});

describe('deadlineState', () => {
  it('is open on the deadline day and passed the day after', () => {
    expect(deadlineState('2019-12-31', '2019-12-30')).toBe('open');
    expect(deadlineState('2019-12-31', '2019-12-31')).toBe('open');
    expect(deadlineState('2019-12-31', '2020-01-01')).toBe('passed');
  });
});

describe('area helpers', () => {
  it('writes dates the Chinese way without leading zeros', () => {
    expect(dateLabel('2019-05-10')).toBe('2019年5月10日');
  });

  it('dials hotlines with area codes without the hyphen', () => {
    expect(telHref('010-12321')).toBe('tel:01012321');
    expect(telHref('12345')).toBe('tel:12345');
  });

  it('tells an area with only the general channel from one with its own', () => {
    expect(onlyFallback([cityChannel])).toBe(true);
    expect(onlyFallback([cityChannel, { ...cityChannel, scope: 'area' }])).toBe(false);
  });
});
