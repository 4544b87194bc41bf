import { devices } from '@playwright/test';
import { SAMPLE_DAY } from './sample-day.ts';

/**
 * Debian's Chromium for every browser run (tests, benchmarks): never a downloaded browser.
 * The flags keep it from reaching out to the network, which is closed here.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** The one Playwright project every config runs: desktop Chrome settings in Debian's Chromium. */
export const chromiumProject = {
  name: 'chromium',
  use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
};

/**
 * Sets the page's clock to noon, China time, on the build's disclosure date (DISCLOSURE_DATE, as
 * `npm test` pins it). The pages hide entries whose day has come by the visitor's clock and warn
 * when the data is old (src/components/site/stale-guard.ts): a test of a build pinned to a date
 * must look at it on that date, not on the machine's.
 */
export async function atDisclosureDate(page: { clock: { setFixedTime(time: Date): Promise<void> } }): Promise<void> {
  const day = process.env['DISCLOSURE_DATE'] ?? SAMPLE_DAY;
  await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
}
