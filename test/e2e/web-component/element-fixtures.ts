/**
 * Fixtures of the web-component specs: the component specs' fixtures (simulator, browser, host
 * site, token endpoints) with the host page replaced by the web-component host page, which loads
 * the shipped `meetgate-meeting.js` (on Preact) and no React. `openMeeting` takes the same
 * configuration; a `token` is served from a token URL, since the element takes tokens only from
 * its `token-url` (as a site's endpoint would answer for a signed-in person).
 */
import { test as componentTest } from '../component/component-fixtures.js';
import { MEET_DOMAIN } from '../fixtures.js';
import { SecureMeetingPage } from '../pages/index.js';
import { installElementHost } from './element-host/index.js';

/** The `test` of the web-component specs. */
export const test = componentTest.extend({
  hostPage: [async ({ hostSite }, use) => use(await installElementHost(hostSite)), { scope: 'worker' }],
  openMeeting: async ({ page, hostPage, tokenEndpoint }, use) => {
    await use(async ({ token, link, host = hostPage, ...config }, target = page) => {
      const provider = token === undefined ? config.provider : tokenEndpoint(async () => token).path;
      return new SecureMeetingPage(target, MEET_DOMAIN).open(host, { domain: MEET_DOMAIN, ...config, provider }, link);
    });
  },
  installPolicyHost: async ({ hostSite }, use) => use((policy) => installElementHost(hostSite, policy)),
});

export { expect, MEET_DOMAIN, mintToken, saveFinalScreen } from '../component/component-fixtures.js';
