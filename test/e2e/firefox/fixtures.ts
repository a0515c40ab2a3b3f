/**
 * Fixtures of the Firefox extension tests: one headless Firefox ESR per worker (one per run) with
 * the Firefox build installed once through BiDi's `webExtension.install`; each test starts from an
 * empty extension state (storage cleared, optional host permissions removed, other tabs closed).
 * The Playwright runner only schedules and reports; the browser is puppeteer-core's.
 */
import { test as base } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_UUID, launchFirefox, openPage } from './browser.js';
import { builtFirefoxExtension } from './build.js';

/** The extension API as extension pages see it (only what the fixtures call). */
interface ExtensionGlobals {
  browser: {
    storage: Record<'local' | 'session', { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> }>;
    permissions: { getAll(): Promise<{ origins?: string[] }>; remove(request: { origins: string[] }): Promise<boolean> };
  };
}

/** The extension as installed in the test browser. */
export interface FirefoxExtension {
  /** `moz-extension://<uuid>` */
  origin: string;
  /** An extension page kept open for reading and writing the extension's storage. */
  control: Page;
  /** Stores deployments as the options page would (each already validated by the caller). */
  seedDeployments(deployments: unknown[]): Promise<void>;
  /** The session wallet's tokens (tests check what was handed out). */
  walletTokens(): Promise<string[]>;
}

interface WorkerFixtures {
  extensionDir: string;
  firefox: Browser;
}

interface TestFixtures {
  extension: FirefoxExtension;
}

/** Clears what a previous test left in the extension (run in an extension page). */
async function resetExtension(control: Page): Promise<void> {
  await control.evaluate(async () => {
    const { browser } = globalThis as unknown as ExtensionGlobals;
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    const { origins = [] } = await browser.permissions.getAll();
    if (origins.length) await browser.permissions.remove({ origins });
  });
}

/** The `test` of the Firefox specs. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionDir: [async ({}, use) => use(builtFirefoxExtension()), { scope: 'worker' }],
  firefox: [
    async ({ extensionDir }, use) => {
      const browser = await launchFirefox();
      await browser.installExtension(extensionDir);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({ firefox }, use) => {
    for (const page of (await firefox.pages()).slice(1)) await page.close();
    const origin = `moz-extension://${EXTENSION_UUID}`;
    const control = (await firefox.pages())[0] ?? (await firefox.newPage());
    await openPage(control, `${origin}/options.html`);
    await resetExtension(control);
    await use({
      origin,
      control,
      seedDeployments: (deployments) => control.evaluate((list) => (globalThis as unknown as ExtensionGlobals).browser.storage.local.set({ deployments: list }), deployments),
      walletTokens: () => control.evaluate(async () => {
        const { wallet } = await (globalThis as unknown as ExtensionGlobals).browser.storage.session.get('wallet');
        return ((wallet ?? []) as Array<{ token: string }>).map((entry) => entry.token);
      }),
    });
  },
});

export { expect } from '@playwright/test';
