/**
 * "The build prints what a person needs": of Astro's output only warnings, errors and the
 * portal's own lines reach the terminal. The lines below are copied from a real build's output.
 */
import { describe, expect, it } from 'vitest';
import { shownBuildLine } from '../../scripts/lib/build-output.ts';

describe('the build log', () => {
  it("leaves out Astro's steps, its line per written file and file times split from their line", () => {
    const noise = [
      '17:12:46 [vite] Re-optimizing dependencies because vite config has changed',
      '17:12:50 [content] Syncing content',
      '17:12:50 [build] directory: /tmp/cc-dist.tmp-20337/',
      '17:12:57 [vite] ✓ built in 6.11s',
      ' generating static routes ',
      '17:17:41   ├─ /404.html17:17:41   ├─ /about/index.html',
      '17:17:42   └─ /index.html (+88ms) ',
      ' (+85ms) ',
      ' (+1.20s) ',
      '17:13:07 ✓ Completed in 10.39s.',
      '17:13:08 [@astrojs/sitemap] `sitemap-index.xml` created at `../../tmp/cc-dist.tmp-20337`',
      '',
    ];
    expect(noise.map(shownBuildLine)).toEqual(noise.map(() => null));
  });

  it("keeps the portal's own lines, its integrations' reports, warnings and errors", () => {
    expect(shownBuildLine('校验通过：19 个单位，19 个领域，20 个名单（865 行），公示日期 2026-11-27。')).toBe('校验通过：19 个单位，19 个领域，20 个名单（865 行），公示日期 2026-11-27。');
    expect(shownBuildLine('[history] 历史记录：数据目录不在 git 版本库中')).toBe('[history] 历史记录：数据目录不在 git 版本库中');
    expect(shownBuildLine('17:13:08 [credit-portal:og-report] og images: 0 rendered, 83 reused')).toBe('[credit-portal:og-report] og images: 0 rendered, 83 reused');
    expect(shownBuildLine('17:17:41 [WARN] [content] The collection "notices" does not exist or is empty.')).toBe('[WARN] [content] The collection "notices" does not exist or is empty.');
    expect(shownBuildLine('17:17:41 [ERROR] [build] Failed')).toBe('[ERROR] [build] Failed');
  });
});
