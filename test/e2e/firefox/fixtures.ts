/**
 * Fixtures of the Firefox extension tests: one headless Firefox ESR per worker (one per run) with
 * the Firefox build installed once through BiDi's `webExtension.install`; each test starts from an
 * empty state (extension storage cleared, optional host permissions removed, cookies deleted, other
 * tabs and the toolbar popup closed).
 * Around it, as for Chromium: the dev OpenID provider on loopback (redirect URI Firefox's
 * `https://<sha1 of the add-on id>.extensions.allizom.org/`), a Jitsi simulator trusting its keys,
 * reached under its domain through a CONNECT proxy, and a loopback site for bridge pages.
 * The Playwright runner only schedules and reports; the browser is puppeteer-core's.
 */
import { createHash } from 'node:crypto';
import { test as base } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import type { RunningOidcProvider } from '../../../server/dev/oidc/index.js';
import type { Simulator } from '../../../server/dev/simulator/index.js';
import { startKeycloakLikeProvider, startKeycloakLikeSimulator } from '../extension/keycloak.js';
import { MEET_DOMAIN } from '../fixtures.js';
import { startHostSite, type HostSite } from '../pages/index.js';
import { EXTENSION_UUID, forgetBrowsingState, GECKO_ID, launchFirefox, openPage } from './browser.js';
import { builtFirefoxExtension } from './build.js';
import { startConnectProxy } from './connect-proxy.js';

/**
 * Firefox's `identity.getRedirectURL()`: `https://<sha1-hex of the add-on id>.extensions.allizom.org/`
 * (mozilla/gecko-dev toolkit/components/extensions/parent/ext-identity.js, redirect domain pref
 * `extensions.webextensions.identity.redirectDomain`). Known before launch, like Chromium's id.
 */
export const FIREFOX_REDIRECT_URI = `https://${createHash('sha1').update(GECKO_ID).digest('hex')}.extensions.allizom.org/`;

/** The extension API as extension pages see it (only what the fixtures call). */
interface ExtensionGlobals {
  browser: {
    storage: Record<
      'local' | 'session',
      { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> }
    >;
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
  /** Access token lifetime at the provider; override with `test.use({ tokenTtlSeconds })`. */
  tokenTtlSeconds: number;
  /**
   * When set, the MV3 event page is stopped after this many ms idle (Firefox's 30 s otherwise);
   * `test.use({ backgroundIdleMs })` gives the spec its own browser.
   */
  backgroundIdleMs: number | undefined;
  extensionDir: string;
  oidc: RunningOidcProvider;
  oidcSimulator: Simulator;
  site: HostSite;
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
  tokenTtlSeconds: [600, { scope: 'worker', option: true }],
  backgroundIdleMs: [undefined, { scope: 'worker', option: true }],
  extensionDir: [async ({}, use) => use(builtFirefoxExtension()), { scope: 'worker' }],
  oidc: [
    async ({ tokenTtlSeconds }, use) => {
      const provider = await startKeycloakLikeProvider(FIREFOX_REDIRECT_URI, `moz-extension://${EXTENSION_UUID}`, tokenTtlSeconds);
      await use(provider);
      await provider.stop();
    },
    { scope: 'worker' },
  ],
  oidcSimulator: [
    async ({ oidc }, use) => {
      const simulator = await startKeycloakLikeSimulator(oidc);
      await use(simulator);
      await simulator.stop();
    },
    { scope: 'worker' },
  ],
  site: [
    async ({}, use) => {
      const site = await startHostSite();
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({ extensionDir, oidcSimulator, backgroundIdleMs }, use) => {
      const proxy = await startConnectProxy(MEET_DOMAIN, oidcSimulator.port);
      const idle = backgroundIdleMs === undefined ? {} : { 'extensions.background.idle.timeout': backgroundIdleMs };
      // The proxy reaches nothing but the simulator, so the only certificate accepted unchecked is its own.
      const browser = await launchFirefox({ prefs: { ...proxy.prefs, ...idle }, acceptInsecureCerts: true });
      await browser.installExtension(extensionDir);
      await use(browser);
      await browser.close();
      await proxy.stop();
    },
    { scope: 'worker' },
  ],
  extension: async ({ firefox }, use) => {
    for (const page of (await firefox.pages()).slice(1)) await page.close();
    await forgetBrowsingState(firefox);
    const origin = `moz-extension://${EXTENSION_UUID}`;
    const control = (await firefox.pages())[0] ?? (await firefox.newPage());
    await openPage(control, `${origin}/options.html`);
    await resetExtension(control);
    await use({
      origin,
      control,
      seedDeployments: (deployments) =>
        control.evaluate((list) => (globalThis as unknown as ExtensionGlobals).browser.storage.local.set({ deployments: list }), deployments),
      walletTokens: () =>
        control.evaluate(async () => {
          const { wallet } = await (globalThis as unknown as ExtensionGlobals).browser.storage.session.get('wallet');
          return ((wallet ?? []) as Array<{ token: string }>).map((entry) => entry.token);
        }),
    });
  },
});

export { expect } from '@playwright/test';
