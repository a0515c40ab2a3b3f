/**
 * Flow 9: axe-core scans every screen of the component in real Chromium, with the real layout
 * (so colour contrast counts): needs-token, invalid-token, joining, in-meeting with the token card
 * and its full report open, waiting-for-host, kicked (with its countdown), rejected, ended and
 * logged-out. No serious or critical violation is allowed on any of them.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';
import { seriousViolations, type SecureMeetingPage } from '../pages/index.js';

/** Scans the page as it is now and keeps a screenshot of what was scanned. */
async function expectAccessible(meeting: SecureMeetingPage, testInfo: TestInfo, name: string): Promise<void> {
  expect(await seriousViolations(meeting.page), `axe on the ${name} screen`).toEqual([]);
  await saveFinalScreen(meeting.page, testInfo, name);
}

/** Holds back the simulator's meeting page for `ms` (the request still reaches the simulator), so `joining` lasts. */
async function slowMeetingPage(page: Page, room: string, ms: number): Promise<void> {
  await page.route(`https://meet.meetgate.test/${room}?**`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test.describe('accessibility of every screen', () => {
  test('needs-token and invalid-token (with the inspection report open)', async ({ context, openMeeting, tokenEndpoint, hostPage }, testInfo) => {
    const room = 'a11y-sign-in';
    const provider = tokenEndpoint(async () => null);
    const signIn = await openMeeting({ room, provider: provider.path, loginUrl: `${hostPage.site.origin}/login` });
    await expect(signIn.screenTitle).toHaveText('Sign in to join');
    await expect(signIn.button('Sign in')).toBeVisible();
    await expectAccessible(signIn, testInfo, 'needs-token');

    const invalid = await openMeeting({ room, token: await mintToken({ name: 'Old Pass', role: 'member', room, expiresIn: -60 }) }, await context.newPage());
    await invalid.expectStatus('invalid-token');
    await invalid.openInspectionReport();
    await expectAccessible(invalid, testInfo, 'invalid-token');
  });

  test('joining, in-meeting with the token card and report open, ended, logged-out', async ({ page, openMeeting }, testInfo) => {
    const room = 'a11y-meeting';
    await slowMeetingPage(page, room, 2_000);
    const meeting = await openMeeting({
      room,
      token: await mintToken({
        name: 'Ann Owner',
        role: 'owner',
        room,
        claims: { context: { user: { name: 'Ann Owner', affiliation: 'owner' }, features: { recording: true, livestreaming: false } } },
      }),
    });
    await expect(meeting.joiningBar).toHaveText(`Joining ${room}…`);
    await expectAccessible(meeting, testInfo, 'joining');

    await meeting.expectStatus('in-meeting');
    // Wide enough for the docked panel: its details show without a toggle.
    await expect(meeting.tokenCard).toHaveAttribute('data-meetgate-card', 'auto');
    await expect(meeting.tokenCard.locator('.meetgate-card-name')).toBeVisible();
    await meeting.openInspectionReport();
    await expectAccessible(meeting, testInfo, 'in-meeting');

    await meeting.meeting().hangUp();
    await meeting.expectStatus('ended');
    await expect(meeting.button('Rejoin')).toBeVisible();
    await expectAccessible(meeting, testInfo, 'ended');

    await meeting.button('Leave and sign out').click();
    await meeting.expectStatus('logged-out');
    await expect(meeting.screenTitle).toHaveText('You are signed out');
    await expectAccessible(meeting, testInfo, 'logged-out');
  });

  test('waiting-for-host, and kicked with its countdown', async ({ page, context, openMeeting, otherSite, simulator }, testInfo) => {
    const room = 'a11y-waiting';
    const member = await openMeeting({
      room,
      token: await mintToken({ name: 'Bob Member', role: 'member', room }),
      waitingRetryFirstSeconds: 1,
      waitingRetryMaxSeconds: 2,
      afterKickUrl: `${otherSite.origin}/goodbye`,
      allowedRedirectOrigins: [otherSite.origin],
      autoRedirectAfterKickSeconds: 60,
    });
    const memberUrl = page.url();
    await member.expectStatus('waiting-for-host');
    await expectAccessible(member, testInfo, 'waiting-for-host');

    const owner = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
    await owner.expectStatus('in-meeting');
    await member.expectStatus('in-meeting', 15_000);
    const bob = simulator.control.participants(room).find((p) => p.displayName === 'Bob Member');
    const ann = simulator.control.participants(room).find((p) => p.displayName === 'Ann Owner');
    expect(simulator.control.kick(bob?.id ?? '', { by: ann?.id ?? '' })).toBe(true);
    await member.expectStatus('kicked');
    await expect(member.screen.locator('[data-meetgate-countdown]')).toContainText(`Taking you to ${new URL(otherSite.origin).hostname} in`);
    await expectAccessible(member, testInfo, 'kicked');
    await member.button('Stay on this page').click();
    await expect(member.screen.locator('[data-meetgate-countdown]')).toHaveCount(0);
    await page.waitForTimeout(1_200);
    expect(page.url()).toBe(memberUrl);
  });

  test('rejected', async ({ openMeeting }, testInfo) => {
    const room = 'a11y-rejected';
    const meeting = await openMeeting({ room, token: await mintToken({ name: 'Eve', role: 'owner', room, secret: 'a-secret-the-simulator-does-not-know' }) });
    await meeting.expectStatus('rejected');
    await expect(meeting.screenTitle).toHaveText('The meeting server did not let you in');
    await expectAccessible(meeting, testInfo, 'rejected');
  });
});
