/**
 * Expiring → silent refresh: ahead of `exp` the meeting page gets a fresh token from the
 * extension (the OIDC refresh token, no window); when the connection then drops after the old
 * token expired, the meeting resumes with the fresh one, without asking the person.
 */
import { saveFinalScreen } from '../fixtures.js';
import { teamMeet } from './deployment.js';
import { expect, test } from './fixtures.js';
import { IdentityProviderLogin } from './pages/identity-provider.js';
import { ExtensionMeetingPage } from './pages/meeting-page.js';
import { PopupPage } from './pages/popup.js';

test.use({ tokenTtlSeconds: 30 });

test('a token about to expire is renewed with the refresh token; a dropped connection rejoins with it', async ({
  context,
  extension,
  oidc,
  oidcSimulator,
}, testInfo) => {
  test.setTimeout(90_000);
  await extension.seedDeployments([teamMeet(oidc)]);
  const popup = await PopupPage.open(context, extension.id);
  const login = await IdentityProviderLogin.waitFor(context, oidc.issuer, () => popup.signIn('planning'));
  const meetingPage = await ExtensionMeetingPage.waitFor(context, extension.origin, () => login.signIn('ann'));
  await meetingPage.expectState('in-meeting');
  const [first] = await extension.walletTokens();
  const windows = context.pages().length;

  // Half the 30 s lifetime before exp, the session asks for a fresh token; the extension refreshes.
  await expect.poll(async () => (await extension.walletTokens())[0], { timeout: 30_000 }).not.toBe(first);
  expect(context.pages().length).toBe(windows);
  await meetingPage.expectState('in-meeting');

  const [ann] = oidcSimulator.control.participants('planning');
  oidcSimulator.control.expireToken(ann?.id ?? '');
  oidcSimulator.control.dropConnection(ann?.id ?? '');
  await expect.poll(() => oidcSimulator.control.participants('planning').map((p) => p.connected), { timeout: 20_000 }).toEqual([true]);
  await meetingPage.expectState('in-meeting');
  await meetingPage.meeting.expectState('joined');
  expect(context.pages().length).toBe(windows);
  await saveFinalScreen(meetingPage.page, testInfo);
});
