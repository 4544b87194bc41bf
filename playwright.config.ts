import { defineConfig } from '@playwright/test';
import { chromiumProject } from './scripts/lib/chromium.ts';
import { basePath } from './src/lib/config.ts';

/**
 * End-to-end tests run against the production build (dist/), served by scripts/serve.ts,
 * in Debian's Chromium (never a downloaded browser). CHROMIUM_PATH overrides the binary.
 */
const port = Number(process.env['E2E_PORT'] ?? 4399);
const base = basePath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    trace: 'off',
  },
  projects: [chromiumProject],
  webServer: {
    command: `node --import tsx scripts/serve.ts --headers`,
    url: `http://localhost:${port}${base}`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
