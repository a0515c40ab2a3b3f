/**
 * Firefox: sign in with the deployment's OpenID provider (launchWebAuthFlow with Firefox's
 * allizom.org redirect URL) and join the simulator's meeting, framed by the moz-extension://
 * meeting page; kicked → sign in again → back in. The same flow as extension/sign-in-join.spec.ts.
 */
import { MEET_DOMAIN } from '../fixtures.js';
import { teamMeet } from '../extension/deployment.js';
import { expect, test } from './fixtures.js';
import { FirefoxIdentityProviderLogin } from './pages/identity-provider.js';
import { FirefoxMeetingPage } from './pages/meeting-page.js';
import { FirefoxPopup } from './pages/popup.js';

test('sign in from the popup and join; kicked, sign in again, back in', async ({ firefox, extension, oidc, oidcSimulator }, testInfo) => {
  await extension.seedDeployments([teamMeet(oidc)]);
  const popup = await FirefoxPopup.open(firefox, extension.origin);

  const login = await FirefoxIdentityProviderLogin.waitFor(firefox, oidc.issuer, () => popup.signIn('standup'));
  const meetingPage = await FirefoxMeetingPage.waitFor(firefox, extension.origin, () => login.signIn('ann'));
  await expect.poll(() => meetingPage.state(), { timeout: 20_000 }).toBe('in-meeting');
  await expect.poll(() => meetingPage.meetingState(MEET_DOMAIN)).toBe('joined');
  expect(await meetingPage.cardName()).toBe('Ann Owner');
  expect(await meetingPage.cardVerification()).toBe('Signature verified');
  expect(await extension.walletTokens()).toHaveLength(1);

  const [ann] = oidcSimulator.control.participants('standup');
  expect(ann?.displayName).toBe('Ann Owner');
  oidcSimulator.control.kick(ann?.id ?? '');
  await expect.poll(() => meetingPage.state()).toBe('kicked');
  expect(await meetingPage.iframeCount()).toBe(0);

  const again = await FirefoxIdentityProviderLogin.waitFor(firefox, oidc.issuer, () => meetingPage.clickButton('Sign in again'));
  await again.signIn('mod');
  await expect.poll(() => meetingPage.state(), { timeout: 20_000 }).toBe('in-meeting');
  await expect.poll(() => meetingPage.meetingState(MEET_DOMAIN)).toBe('joined');
  expect(await meetingPage.cardName()).toBe('Mo Derator');
  await meetingPage.page.screenshot({ path: testInfo.outputPath('final-screen.png') });
});
