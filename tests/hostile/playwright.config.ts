import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { hostileDir } from '../../scripts/lib/scratch-dirs.ts';
import { chromiumProject } from '../../scripts/lib/chromium.ts';
import { basePath } from '../../src/lib/config.ts';

/**
 * The hostile build (scripts/test-hostile.ts, `npm run test:hostile`): the site built from
 * scripts/make-hostile-fixture.ts's data, where every text field carries an HTML/script payload.
 * Served WITHOUT the security headers on purpose: the Content-Security-Policy would block an
 * injected script or handler and hide it; here nothing may run because nothing is injected.
 */
const port = Number(process.env['HOSTILE_PORT'] ?? 4398);
const base = basePath();
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: { baseURL: `http://localhost:${port}${base}`, trace: 'off' },
  projects: [chromiumProject],
  webServer: {
    command: 'node --import tsx scripts/serve.ts',
    cwd: root,
    url: `http://localhost:${port}${base}`,
    env: { PORT: String(port), OUT_DIR: `${hostileDir()}/dist` },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
