/**
 * The core flows once more, through MeetGate's bundled IFrame host API installed on the page
 * before mounting (the extension's way: no external_api.js is fetched), with the same screens and
 * words as through the SDK's remote-script path (specs 01–05). Together they show that the
 * bundled host and the deployment's script give the component the same events.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test.describe('through the bundled host API', () => {
  test('owner joins, a member waits and is let in, the owner kicks them, then hangs up', async ({ page, context, openMeeting, simulator }, testInfo) => {
    const room = 'bundled-core';
    const member = await openMeeting({ room, bundledHost: true, token: await mintToken({ name: 'Bob Member', role: 'member', room }), waitingRetryFirstSeconds: 1, waitingRetryMaxSeconds: 2 });
    await member.expectStatus('waiting-for-host');
    await expect(member.screenTitle).toHaveText('Waiting for the host');
    const owner = await openMeeting({ room, bundledHost: true, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
    await owner.expectStatus('in-meeting');
    await expect(owner.tokenCard.locator('.meetgate-card-name')).toHaveText('Ann Owner');
    await member.expectStatus('in-meeting', 15_000);
    await owner.meeting().expectParticipant('Bob Member');

    await owner.meeting().kick('Bob Member');
    await member.expectStatus('kicked');
    await expect(member.screenTitle).toHaveText('You were removed from the meeting by Ann Owner');
    await expect(member.frames).toHaveCount(0);

    await owner.meeting().hangUp();
    await owner.expectStatus('ended');
    await expect(owner.screenTitle).toHaveText('The meeting has ended');
    expect(simulator.control.participants(room)).toEqual([]);
    // Nothing was loaded from the deployment but the meeting pages themselves.
    expect(member.meetingRequests.filter((url) => url.endsWith('/external_api.js'))).toEqual([]);
    await saveFinalScreen(page, testInfo);
  });

  test('a token signed with the wrong secret: the same rejected screen and words', async ({ page, openMeeting }, testInfo) => {
    const room = 'bundled-wrong-secret';
    const meeting = await openMeeting({ room, bundledHost: true, token: await mintToken({ name: 'Eve', role: 'owner', room, secret: 'not-the-app-secret-at-all-0123456789' }) });
    await meeting.expectStatus('rejected');
    await expect(meeting.screenTitle).toHaveText('The meeting server did not let you in');
    await expect(meeting.screen.locator('[data-meetgate-reason="bad-signature"]')).toHaveText('The meeting server could not confirm your sign-in: it was signed with a key or secret the server does not use.');
    await expect(meeting.screen).toContainText('The server said: “Invalid signature”');
    expect((await meeting.statuses()).slice(-2)).toEqual(['joining', 'rejected']);
    await saveFinalScreen(page, testInfo);
  });
});
