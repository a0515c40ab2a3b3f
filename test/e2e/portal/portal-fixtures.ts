/**
 * Fixtures of the demo-portal specs: the demo exactly as `npm start` runs it (embedded simulator
 * on `localhost:<port>`, fresh demo passwords), and two Chromium browsers — one that trusts exactly
 * the simulator's certificate (SPKI pin), one that does not, as a newcomer's browser.
 */
import { test as base, type Browser } from '@playwright/test';
import { startDemo, type Demo } from '../../../server/dev/portal/index.js';
import { BASE_CHROMIUM_ARGS, CHROMIUM_PATH, spkiHash } from '../fixtures.js';

/** Worker-scoped fixtures. */
export interface PortalWorkerFixtures {
  demo: Demo;
  /** Trusts the demo simulator's certificate, as a person who accepted it once. */
  browser: Browser;
  /** Trusts nothing extra: a newcomer's browser on first start. */
  newcomerBrowser: Browser;
}

/** The `test` of the portal specs. */
export const test = base.extend<{}, PortalWorkerFixtures>({
  demo: [
    async ({}, use) => {
      const demo = await startDemo({ lifetimeMs: 10 * 60_000 });
      await use(demo);
      await demo.stop();
    },
    { scope: 'worker' },
  ],
  browser: [
    async ({ playwright, demo }, use) => {
      const pem = demo.simulator?.certificatePem;
      if (!pem) throw new Error('The portal specs need the embedded simulator.');
      const browser = await playwright.chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...BASE_CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${spkiHash(pem)}`],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  newcomerBrowser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: BASE_CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
