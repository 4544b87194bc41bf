import { devices } from '@playwright/test';

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
