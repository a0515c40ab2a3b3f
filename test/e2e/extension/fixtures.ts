/**
 * Fixtures of the extension's end-to-end tests: the built extension loaded into Debian's
 * Chromium (persistent context, headless), the dev OpenID provider on loopback shaped like the
 * seeds' Keycloak, a Jitsi simulator trusting that provider's keys (as Prosody's cache_keys_url),
 * and a loopback site for web pages that use the bridge. Plumbing only: selectors live in pages/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import type { Deployment } from '../../../lib/deployments/index.js';
import type { RunningOidcProvider } from '../../../server/dev/oidc/index.js';
import type { Simulator } from '../../../server/dev/simulator/index.js';
import { CHROMIUM_PATH, chromiumArgsFor } from '../fixtures.js';
import { startHostSite, type HostSite } from '../pages/index.js';
import { builtExtension, unpackedExtensionId } from './build.js';
import { startKeycloakLikeProvider, startKeycloakLikeSimulator } from './keycloak.js';

export { AUDIENCE, CLIENT_ID } from './keycloak.js';

/** The part of the extension API the fixtures call inside the service worker. */
interface WorkerGlobals {
  chrome: { storage: Record<'local' | 'session', { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> }> };
}

/** The extension as loaded in the test browser. */
export interface LoadedExtension {
  id: string;
  /** `chrome-extension://<id>` */
  origin: string;
  /** The user data directory (its DevToolsActivePort file leads to the browser's CDP endpoint). */
  userDataDir: string;
  worker: Worker;
  /** Stores deployments as the options page would (each already validated by the caller). */
  seedDeployments(deployments: Deployment[]): Promise<void>;
  /** The session wallet's tokens, read from the background (tests check what was handed out). */
  walletTokens(): Promise<string[]>;
}

interface WorkerFixtures {
  /** Access token lifetime at the provider; override with `test.use({ tokenTtlSeconds })`. */
  tokenTtlSeconds: number;
  extensionDir: string;
  oidc: RunningOidcProvider;
  oidcSimulator: Simulator;
  site: HostSite;
}

interface TestFixtures {
  context: BrowserContext;
  extension: LoadedExtension;
}

/** The `test` of the extension specs. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  tokenTtlSeconds: [600, { scope: 'worker', option: true }],
  extensionDir: [async ({}, use) => use(builtExtension()), { scope: 'worker' }],
  oidc: [
    async ({ extensionDir, tokenTtlSeconds }, use) => {
      const id = unpackedExtensionId(extensionDir);
      const provider = await startKeycloakLikeProvider(`https://${id}.chromiumapp.org/`, `chrome-extension://${id}`, tokenTtlSeconds);
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
  context: async ({ playwright, extensionDir, oidcSimulator }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'meetgate-ext-'));
    const context = await playwright.chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        ...chromiumArgsFor(oidcSimulator),
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // The real toolbar popup (for activeTab) is opened through CDP's Extensions.triggerAction.
        '--remote-debugging-port=0',
        '--enable-unsafe-extension-debugging',
      ],
    });
    Object.assign(context, { meetgateUserDataDir: userDataDir });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extension: async ({ context, extensionDir }, use) => {
    const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    if (id !== unpackedExtensionId(extensionDir)) throw new Error(`extension id ${id} differs from the one computed from its path`);
    await use({
      id,
      origin: `chrome-extension://${id}`,
      userDataDir: (context as BrowserContext & { meetgateUserDataDir: string }).meetgateUserDataDir,
      worker,
      seedDeployments: (deployments) =>
        worker.evaluate((list) => (globalThis as unknown as WorkerGlobals).chrome.storage.local.set({ deployments: list }), deployments),
      walletTokens: () =>
        worker.evaluate(async () => {
          const { wallet } = await (globalThis as unknown as WorkerGlobals).chrome.storage.session.get('wallet');
          return ((wallet ?? []) as Array<{ token: string }>).map((entry) => entry.token);
        }),
    });
  },
});

export { expect } from '@playwright/test';
