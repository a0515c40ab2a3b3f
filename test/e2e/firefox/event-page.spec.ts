/**
 * Firefox MV3 runs the background as an event page and stops it when idle (pref
 * `extensions.background.idle.timeout`, 30 s by default), as Chromium stops its service worker.
 * This spec's browser cuts the timeout to 1 s. A slow sign-in (the person takes their time at the provider) still
 * completes, because Firefox keeps the page while `launchWebAuthFlow` is pending; the page is then
 * stopped, and the token survives in `storage.session`, which outlives the page until the browser closes.
 */
import { teamMeet } from '../extension/deployment.js';
import { evaluateInChrome, GECKO_ID, openPage } from './browser.js';
import { expect, test } from './fixtures.js';
import { FirefoxIdentityProviderLogin } from './pages/identity-provider.js';
import { FirefoxPopup } from './pages/popup.js';

test.use({ backgroundIdleMs: 1000 });

const backgroundState = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.backgroundState`;

test('a slow sign-in survives the idle event page; the token survives the page being stopped', async ({ firefox, extension, oidc }) => {
  await extension.seedDeployments([teamMeet(oidc)]);
  const popup = await FirefoxPopup.open(firefox, extension.origin);
  const login = await FirefoxIdentityProviderLogin.waitFor(firefox, oidc.issuer, () => popup.signIn());
  // No extension page stays open while the person signs in (the popup closes when the window opens).
  await popup.page.close();
  await openPage(extension.control, 'about:blank');
  // The person takes four idle timeouts to sign in.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  expect(await evaluateInChrome(firefox, backgroundState)).toBe('running');
  await login.signIn('ann');

  await expect.poll(() => evaluateInChrome(firefox, backgroundState), { timeout: 10_000 }).toBe('stopped');
  await openPage(extension.control, `${extension.origin}/options.html`);
  const tokens = await extension.walletTokens();
  expect(tokens).toHaveLength(1);
  expect(tokens[0]).toMatch(/^ey/);
});
