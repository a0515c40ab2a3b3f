import { defineConfig } from '@playwright/test';

/**
 * The extension's end-to-end tests in Debian's Firefox ESR. Playwright only runs and reports
 * them; the browser is launched by test/e2e/firefox/fixtures.ts with puppeteer-core over
 * WebDriver BiDi (Playwright's own Firefox build cannot be downloaded here and cannot load
 * extensions). One browser for the whole run.
 */
export default defineConfig({
  testDir: 'test/e2e/firefox',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/firefox',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  globalTimeout: 6 * 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
});
