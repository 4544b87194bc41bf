import { defineConfig } from '@playwright/test';
import { chromiumProject } from '../../scripts/lib/chromium.ts';

/**
 * The deploy test (scripts/test-deploy.ts starts nginx and passes DEPLOY_URL): one worker, in
 * order, because the tests publish and roll back the one target nginx serves.
 */
export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 90_000,
  use: { baseURL: process.env['DEPLOY_URL'], trace: 'off' },
  projects: [chromiumProject],
});
