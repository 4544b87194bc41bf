/**
 * What a reader sees, compared with reviewed pictures: the first screen of every page type at a
 * phone's, a tablet's and a desktop's width. A change of layout (a wider header, a table that no
 * longer stacks, a lost style) changes pixels and fails here until the pictures are reviewed
 * and renewed: `npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots` (see
 * tests/README.md). The pictures are of the sample data on the test disclosure date, so a
 * change of the sample data renews them too.
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './page-types.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

const WIDTHS = [360, 768, 1280];

test.beforeEach(({ page }) => atDisclosureDate(page));

/** A file name for a page type: `entry (organisation)` → `entry-organisation`. */
const fileName = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const [name, path] of PAGE_TYPES) {
      test(`${name} (/${path}) looks as reviewed`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        await expect(page).toHaveScreenshot(`${fileName(name)}-${width}.png`, { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.001 });
      });
    }
  });
}
