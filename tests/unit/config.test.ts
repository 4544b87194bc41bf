import { describe, expect, it } from 'vitest';
import { basePath, buildConcurrency, ConfigError, disclosureDate } from '../../src/lib/config.ts';

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

  it('takes BUILD_CONCURRENCY as a whole number from 1 to 64, 8 when unset, and refuses anything else with its name', () => {
    expect(buildConcurrency({})).toBe(8);
    expect(buildConcurrency({ BUILD_CONCURRENCY: ' 1 ' })).toBe(1);
    expect(buildConcurrency({ BUILD_CONCURRENCY: '64' })).toBe(64);
    for (const bad of ['0', '65', '-2', '2.5', 'abc', '1e3', '８']) {
      expect(() => buildConcurrency({ BUILD_CONCURRENCY: bad }), bad).toThrow(ConfigError);
      expect(() => buildConcurrency({ BUILD_CONCURRENCY: bad }), bad).toThrow(/BUILD_CONCURRENCY/);
    }
  });
});
