import { describe, expect, it } from 'vitest';
import { basePath, ConfigError, disclosureDate } from '../../src/lib/config.ts';

describe('configuration from the environment', () => {
  it('normalises BASE_PATH to one leading and one trailing slash, "/" when unset or empty', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: '' })).toBe('/');
    expect(basePath({ BASE_PATH: '/' })).toBe('/');
    expect(basePath({ BASE_PATH: 'portal' })).toBe('/portal/');
    expect(basePath({ BASE_PATH: '/portal/' })).toBe('/portal/');
    expect(basePath({ BASE_PATH: '//gov/credit//' })).toBe('/gov/credit/');
    expect(basePath({ BASE_PATH: ' /credit ' })).toBe('/credit/');
  });

  it('takes DISCLOSURE_DATE as given and refuses an impossible date with its name', () => {
    expect(disclosureDate({ DISCLOSURE_DATE: '2026-11-27' })).toBe('2026-11-27');
    expect(() => disclosureDate({ DISCLOSURE_DATE: '2026-02-30' })).toThrow(ConfigError);
    expect(() => disclosureDate({ DISCLOSURE_DATE: '2026-02-30' })).toThrow(/DISCLOSURE_DATE/);
  });
});
