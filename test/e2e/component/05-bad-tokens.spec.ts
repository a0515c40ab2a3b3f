/**
 * Flow 5: tokens that cannot work get a clear screen each, never a password prompt. An expired
 * token and a token for another room are caught before the meeting is opened (no meeting page
 * requested, no iframe ever created; only Jitsi's public external_api.js, which the component
 * fetches at mount in parallel with the check because it does not depend on the token); a token signed with the wrong secret is refused by the
 * simulator as Prosody refuses it, and the component says so in plain words.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';
import type { SecureMeetingPage } from '../pages/index.js';

/** Nothing anywhere on the page, frames included, asks for a password. */
async function expectNoPasswordPrompt(meeting: SecureMeetingPage): Promise<void> {
  for (const frame of meeting.page.frames()) {
    await expect(frame.locator('input[type="password"]')).toHaveCount(0);
  }
}

/** The meeting was never opened: no iframe ever, and no request to the deployment but its public script. */
async function expectJitsiNeverLoaded(meeting: SecureMeetingPage): Promise<void> {
  expect(meeting.meetingRequests).toEqual(['https://meet.meetgate.test/external_api.js']);
  expect(await meeting.iframesEverInserted()).toBe(0);
}

test.describe('tokens that cannot work', () => {
  test('an expired token: said before Jitsi is loaded', async ({ page, openMeeting }, testInfo) => {
    const room = 'expired-token';
    const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room, expiresIn: -120 }) });
    await meeting.expectStatus('invalid-token');
    await expect(meeting.screenTitle).toHaveText('Your sign-in cannot be used for this meeting');
    await expect(meeting.screen.locator('[data-meetgate-errors] [data-meetgate-finding]')).toHaveCount(1);
    await expect(meeting.screen.locator('[data-meetgate-finding="expired"]')).toContainText('The token expired on');
    await expect(meeting.screen.locator('[data-meetgate-finding="expired"]')).toContainText('Get a fresh token');
    await expect(meeting.button('Leave')).toBeVisible();
    // Let any late script load show itself before asserting that none happened.
    await page.waitForTimeout(500);
    await expectJitsiNeverLoaded(meeting);
    await expectNoPasswordPrompt(meeting);
    expect(await meeting.statuses()).toEqual(['checking', 'invalid-token']);
    await saveFinalScreen(page, testInfo);
  });

  test('a token for another room: said before Jitsi is loaded', async ({ page, openMeeting }, testInfo) => {
    const room = 'the-right-room';
    const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room: 'some-other-room' }) });
    await meeting.expectStatus('invalid-token');
    await expect(meeting.screenTitle).toHaveText('Your sign-in cannot be used for this meeting');
    await expect(meeting.screen.locator('[data-meetgate-errors] [data-meetgate-finding]')).toHaveCount(1);
    await expect(meeting.screen.locator('[data-meetgate-finding="room-mismatch"]')).toContainText(
      'The token is for room "some-other-room", not "the-right-room"',
    );
    await page.waitForTimeout(500);
    await expectJitsiNeverLoaded(meeting);
    await expectNoPasswordPrompt(meeting);
    await saveFinalScreen(page, testInfo);
  });

  test('a token signed with the wrong secret: refused by the simulator, said in plain words, no retry loop', async ({
    page,
    openMeeting,
    simulator,
  }, testInfo) => {
    const room = 'wrong-secret';
    const meeting = await openMeeting({ room, token: await mintToken({ name: 'Eve', role: 'owner', room, secret: 'not-the-app-secret-at-all-0123456789' }) });
    await meeting.expectStatus('rejected');
    await expect(meeting.screenTitle).toHaveText('The meeting server did not let you in');
    await expect(meeting.screen.locator('[data-meetgate-reason="bad-signature"]')).toHaveText(
      'The meeting server could not confirm your sign-in: it was signed with a key or secret the server does not use.',
    );
    await expect(meeting.screen).toContainText('The server said: “Invalid signature”');
    await expect(meeting.frames).toHaveCount(0);
    // It went to the simulator once, and was not sent again.
    expect(meeting.meetingRequests).toContain(`https://meet.meetgate.test/external_api.js`);
    expect(meeting.meetingRequests).toContain(`https://meet.meetgate.test/${room}`);
    await page.waitForTimeout(1000);
    expect(await meeting.iframesEverInserted()).toBe(1);
    expect(await meeting.statuses()).toEqual(['checking', 'joining', 'rejected']);
    expect(simulator.control.participants(room)).toEqual([]);
    await expectNoPasswordPrompt(meeting);
    await saveFinalScreen(page, testInfo);
  });
});
