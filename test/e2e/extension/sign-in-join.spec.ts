/**
 * Sign in with the deployment's OpenID provider (Authorization Code + PKCE in the background
 * worker) and join the simulator's meeting from the extension's meeting page; kicked → sign in
 * again → back in; ended → logout redirect.
 */
import { saveFinalScreen } from '../fixtures.js';
import { teamMeet } from './deployment.js';
import { expect, test } from './fixtures.js';
import { IdentityProviderLogin } from './pages/identity-provider.js';
import { ExtensionMeetingPage } from './pages/meeting-page.js';
import { PopupPage } from './pages/popup.js';

test('sign in from the popup and join; kicked, sign in again, back in', async ({ context, extension, oidc, oidcSimulator }, testInfo) => {
  await extension.seedDeployments([teamMeet(oidc)]);
  const popup = await PopupPage.open(context, extension.id);

  const login = await IdentityProviderLogin.waitFor(context, oidc.issuer, () => popup.signIn('standup'));
  const meetingPage = await ExtensionMeetingPage.waitFor(context, extension.origin, () => login.signIn('ann'));
  await meetingPage.expectState('in-meeting');
  await meetingPage.meeting.expectState('joined');
  await expect(meetingPage.cardName).toHaveText('Ann Owner');
  await expect(meetingPage.page.locator('.meetgate-card span[data-meetgate-verification]')).toHaveText('Signature verified');
  expect(await extension.walletTokens()).toHaveLength(1);

  const [ann] = oidcSimulator.control.participants('standup');
  expect(ann?.displayName).toBe('Ann Owner');
  oidcSimulator.control.kick(ann?.id ?? '');
  await meetingPage.expectState('kicked');
  expect(await meetingPage.iframeCount()).toBe(0);

  const again = await IdentityProviderLogin.waitFor(context, oidc.issuer, () => meetingPage.button('Sign in again').click());
  await again.signIn('mod');
  await meetingPage.expectState('in-meeting');
  await meetingPage.meeting.expectState('joined');
  await expect(meetingPage.cardName).toHaveText('Mo Derator');
  await saveFinalScreen(meetingPage.page, testInfo);
});

test("when the host ends the meeting, the page says so; leaving goes to the provider's logout and the token is forgotten", async ({
  context,
  extension,
  oidc,
  oidcSimulator,
}, testInfo) => {
  await extension.seedDeployments([teamMeet(oidc)]);
  const popup = await PopupPage.open(context, extension.id);
  const login = await IdentityProviderLogin.waitFor(context, oidc.issuer, () => popup.signIn('retro'));
  const meetingPage = await ExtensionMeetingPage.waitFor(context, extension.origin, () => login.signIn('ann'));
  await meetingPage.expectState('in-meeting');

  // Ended by the host is not "you left" (issue 15): no sign-out until the person chooses it.
  oidcSimulator.control.end('retro');
  await expect(meetingPage.page.getByRole('heading', { name: 'The host ended the meeting' })).toBeVisible();
  expect(meetingPage.page.url().startsWith(oidc.logoutUrl)).toBe(false);
  await meetingPage.button('Leave and sign out').click();
  await meetingPage.page.waitForURL((url) => url.href.startsWith(oidc.logoutUrl), { timeout: 20_000 });
  expect(new URL(meetingPage.page.url()).searchParams.get('id_token_hint')).toMatch(/^ey/);
  await expect(meetingPage.page.getByRole('heading', { name: 'Do you want to log out?' })).toBeVisible();
  expect(await extension.walletTokens()).toEqual([]);
  await saveFinalScreen(meetingPage.page, testInfo);
});

test('a recent meeting without a token says so and offers sign-in, which rejoins it', async ({ context, extension, oidc }, testInfo) => {
  await extension.seedDeployments([teamMeet(oidc)]);
  await extension.worker.evaluate(
    (recent) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ recentMeetings: recent }),
    [
      {
        key: 'meet.meetgate.test//standup',
        deploymentId: 'team-meet',
        domain: 'meet.meetgate.test',
        tenant: null,
        room: 'standup',
        displayName: 'Ann Owner',
        lastUsedAt: Date.now() - 86_400_000,
      },
    ],
  );
  const popup = await PopupPage.open(context, extension.id);
  await expect(popup.recent('standup')).toHaveAttribute('data-mg-state', 'signed-out');
  await expect(popup.recent('standup')).toContainText('Signed out');

  const login = await IdentityProviderLogin.waitFor(context, oidc.issuer, () => popup.recent('standup').locator('[data-mg="recent-sign-in"]').click());
  const meetingPage = await ExtensionMeetingPage.waitFor(context, extension.origin, () => login.signIn('ann'));
  expect(new URL(meetingPage.page.url()).searchParams.get('room')).toBe('standup');
  await expect(popup.recent('standup')).toHaveAttribute('data-mg-state', 'ready');
  await expect(popup.recent('standup')).toContainText(/\d+ min left/);
  await saveFinalScreen(popup.page, testInfo);
});
