/**
 * Fixtures of the component specs: the worker's simulator, browser and host site (../fixtures.ts)
 * plus the test host page installed on that site, a second loopback site (another origin: a
 * portal's logout page, a parent window), and helpers that hand tokens to the page without ever
 * putting them in a URL or a log.
 */
import type { Page } from '@playwright/test';
import { MEET_DOMAIN, mintToken, test as base, type TokenSpec } from '../fixtures.js';
import {
  addTokenEndpoint,
  handOverToken,
  installHostPage,
  type HostPage,
  type HostPageConfig,
  type PolicyPage,
  type Renderer,
  type TokenEndpoint,
  type TokenMinter,
} from '../host/index.js';
import { SecureMeetingPage, startHostSite, type HostSite } from '../pages/index.js';

/** Test-scoped fixtures. */
export interface ComponentFixtures {
  /**
   * Opens the host page in `page` (default: the test's page) with `config`; `token` becomes the
   * `token` prop; `link` is appended to the address as is (`&jwt=…`, the page-link flow only).
   */
  openMeeting(config: Omit<HostPageConfig, 'domain'> & { token?: string; link?: string; host?: HostPage }, page?: Page): Promise<SecureMeetingPage>;
  /** Serves this suite's host page again, under a Content-Security-Policy (see `PolicyPage`). */
  installPolicyHost(policy: PolicyPage): Promise<HostPage>;
  /** A token endpoint on the host site answering with `mint`; removed after the test. */
  tokenEndpoint(mint: TokenMinter): TokenEndpoint;
  /** A minter that signs a token per request from `spec` (the room comes from the request). */
  minting(spec: Omit<TokenSpec, 'room'>): TokenMinter;
}

/** Worker-scoped fixtures. */
export interface ComponentWorkerFixtures {
  /**
   * What renders `<SecureMeeting>` on the host page: React (default) or Preact through
   * `preact/compat`, as the web component ships; set per project in playwright.config.ts.
   */
  renderer: Renderer;
  hostPage: HostPage;
  /** Another origin on 127.0.0.1 (its own port). */
  otherSite: HostSite;
}

/** The `test` of the component specs. */
export const test = base.extend<ComponentFixtures, ComponentWorkerFixtures>({
  renderer: ['react', { scope: 'worker', option: true }],
  hostPage: [async ({ hostSite, renderer }, use) => use(await installHostPage(hostSite, renderer)), { scope: 'worker' }],
  otherSite: [
    async ({}, use) => {
      const site = await startHostSite();
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  openMeeting: async ({ page, hostPage }, use) => {
    await use(async ({ token, link, host = hostPage, ...config }, target = page) => {
      const tokenRef = token === undefined ? undefined : handOverToken(host.site, token);
      return new SecureMeetingPage(target, MEET_DOMAIN).open(host, { domain: MEET_DOMAIN, ...config, tokenRef }, link);
    });
  },
  installPolicyHost: async ({ hostSite, renderer }, use) => use((policy) => installHostPage(hostSite, renderer, policy)),
  tokenEndpoint: async ({ hostSite }, use) => {
    const opened: TokenEndpoint[] = [];
    await use((mint) => {
      const endpoint = addTokenEndpoint(hostSite, mint);
      opened.push(endpoint);
      return endpoint;
    });
    for (const endpoint of opened) endpoint.close();
  },
  minting: async ({}, use) => {
    await use(
      (spec) =>
        ({ room }) =>
          mintToken({ ...spec, room }),
    );
  },
});

export { expect, MEET_DOMAIN, mintToken, saveFinalScreen } from '../fixtures.js';
