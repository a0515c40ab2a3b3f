import { defineConfig } from '@playwright/test';
import { BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/chromium.js';
import type { ComponentWorkerFixtures } from './test/e2e/component/component-fixtures.js';

/**
 * Component specs that run a second time with `<SecureMeeting>` rendered by Preact (`preact/compat`),
 * as in the web component `meetgate-meeting.js`: the same flows, unchanged, on the other renderer —
 * join, waiting for the host, kicked, refused tokens, renewal and rejoin, every screen's accessibility.
 * (All 17 component spec files pass on Preact; these keep the second pass short.)
 */
const ON_PREACT = ['01-owner-joins', '02-waiting-for-host', '03-kicked', '05-bad-tokens', '06-expiry-rejoin', '09-accessibility'].map(
  (name) => `component/${name}.spec.ts`,
);

/**
 * End-to-end tests in Debian's headless Chromium (no bundled browser is installed). The browser is
 * launched per worker by test/e2e/fixtures.ts, because its host-resolver rule and certificate pin
 * depend on the simulator that worker started; `launchOptions` here serve specs that do not use it.
 */
export default defineConfig<object, Pick<ComponentWorkerFixtures, 'renderer'>>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Firefox specs run in their own pass (playwright.firefox.config.ts).
  testIgnore: 'firefox/**',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  // A bound, not a target: the whole npm test must stay under 30 minutes on 2 cores (README has the measured time).
  globalTimeout: 20 * 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  use: {
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    launchOptions: { executablePath: CHROMIUM_PATH, args: BASE_CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium' }, { name: 'preact', testMatch: ON_PREACT, use: { renderer: 'preact' } }],
});
