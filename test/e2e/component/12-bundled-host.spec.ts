/**
 * The core flows once more, through MeetGate's bundled IFrame host API installed on the page
 * before mounting (the extension's way: no external_api.js is fetched), with the same screens and
 * words as through the SDK's remote-script path (specs 01–06). Together they show that the
 * bundled host and the deployment's script give the component the same events. Also a 2021 build
 * met through the bundled host (the extension on an older server): waiting and refused.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';
import type { ComponentFixtures } from './component-fixtures.js';

/** A member of `room` opened through the bundled host: the room has no host yet, so they wait (same screen and words in both releases). */
async function openWaitingMember(openMeeting: ComponentFixtures['openMeeting'], room: string) {
  const member = await openMeeting({
    room,
    bundledHost: true,
    token: await mintToken({ name: 'Bob Member', role: 'member', room }),
    waitingRetryFirstSeconds: 1,
    waitingRetryMaxSeconds: 2,
  });
  await member.expectStatus('waiting-for-host');
  await expect(member.screenTitle).toHaveText('Waiting for the host');
  await expect(member.screen).toHaveAttribute('data-meetgate-screen', 'waiting-for-host');
  return member;
}

test.describe('through the bundled host API', () => {
  test('owner joins, a member waits and is let in, the owner kicks them, then hangs up', async ({ page, context, openMeeting, simulator }, testInfo) => {
    const room = 'bundled-core';
    const member = await openWaitingMember(openMeeting, room);
    const owner = await openMeeting({ room, bundledHost: true, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
    await owner.expectStatus('in-meeting');
    await expect(owner.tokenCard.locator('.meetgate-card-name')).toHaveText('Ann Owner');
    await member.expectStatus('in-meeting', 15_000);
    await owner.meeting().expectParticipant('Bob Member');

    await owner.meeting().kick('Bob Member');
    await member.expectStatus('kicked');
    await expect(member.screenTitle).toHaveText('You were removed from the meeting by Ann Owner');
    await expect(member.screen).toHaveAttribute('data-meetgate-screen', 'kicked');
    await expect(member.frames).toHaveCount(0);

    await owner.meeting().hangUp();
    await owner.expectStatus('ended');
    await expect(owner.screenTitle).toHaveText('The meeting has ended');
    await expect(owner.screen).toHaveAttribute('data-meetgate-screen', 'ended');
    expect(simulator.control.participants(room)).toEqual([]);
    // Nothing was loaded from the deployment but the meeting pages themselves.
    expect(member.meetingRequests.filter((url) => url.endsWith('/external_api.js'))).toEqual([]);
    await saveFinalScreen(page, testInfo);
  });

  test('a token signed with the wrong secret: the same rejected screen and words', async ({ page, openMeeting }, testInfo) => {
    const room = 'bundled-wrong-secret';
    const meeting = await openMeeting({
      room,
      bundledHost: true,
      token: await mintToken({ name: 'Eve', role: 'owner', room, secret: 'not-the-app-secret-at-all-0123456789' }),
    });
    await meeting.expectStatus('rejected');
    await expect(meeting.screenTitle).toHaveText('The meeting server did not let you in');
    await expect(meeting.screen).toHaveAttribute('data-meetgate-screen', 'rejected');
    await expect(meeting.screen.locator('[data-meetgate-reason="bad-signature"]')).toHaveText(
      'The meeting server could not confirm your sign-in: it was signed with a key or secret the server does not use.',
    );
    await expect(meeting.screen).toContainText('The server said: “Invalid signature”');
    expect((await meeting.statuses()).slice(-2)).toEqual(['joining', 'rejected']);
    await saveFinalScreen(page, testInfo);
  });

  test('a token expiring mid-meeting: the fresh one is fetched ahead, and a refused resume rejoins with it without asking (as spec 06)', async ({
    page,
    openMeeting,
    tokenEndpoint,
    simulator,
  }, testInfo) => {
    const room = 'bundled-expiry';
    // A short first token: the lead is capped at half its life, so the fresh one comes after ~5 s.
    const provider = tokenEndpoint(async ({ room: asked, reason }) =>
      mintToken({ name: 'Ann Owner', role: 'owner', room: asked, expiresIn: reason === 'initial' ? 10 : 3600 }),
    );
    const meeting = await openMeeting({ room, bundledHost: true, provider: provider.path, expiringLeadSeconds: 20 });
    await meeting.expectStatus('in-meeting');
    const [first] = simulator.control.participants(room);
    if (!first) throw new Error('the owner is not in the simulated room');
    await expect(meeting.component).toHaveAttribute('data-meetgate-expiring', 'ready', { timeout: 10_000 });
    expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'expiring']);
    await expect(meeting.component.locator('[data-meetgate-screen="expiring"]')).toHaveCount(0);
    await expect(meeting.tokenCard.locator('[data-meetgate-renewed]')).toContainText('Renewed — valid until');

    // Prosody judges the resume by the old token's exp: refused, so the component rejoins with the fresh one.
    expect(simulator.control.expireToken(first.id)).toBe(true);
    expect(simulator.control.dropConnection(first.id)).toBe(true);
    await expect.poll(() => simulator.control.participants(room).map((p) => p.id), { timeout: 15_000 }).not.toContain(first.id);
    await meeting.expectStatus('in-meeting');
    await meeting.meeting().expectState('joined');
    expect(simulator.control.participants(room)).toMatchObject([{ displayName: 'Ann Owner', connected: true }]);
    await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^59 min \d+ s$/);
    expect((await meeting.statuses()).slice(2)).toEqual(['in-meeting', 'joining', 'in-meeting']);
    expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'expiring']);
    expect(await meeting.iframesEverInserted()).toBe(2);
    expect(meeting.meetingRequests.filter((url) => url.endsWith('/external_api.js'))).toEqual([]);
    await saveFinalScreen(page, testInfo);
  });

  test.describe('with a 2021 build', () => {
    test.beforeEach(({ simulator }) => simulator.control.setRelease('2021'));
    test.afterEach(({ simulator }) => simulator.control.setRelease('2026'));

    test('waiting for the host, and a refused token: the same screens and words as through its own host script (spec 10)', async ({
      page,
      openMeeting,
    }, testInfo) => {
      const room = 'bundled-old-waiting';
      await openWaitingMember(openMeeting, room);
      const refusedRoom = 'bundled-old-refused';
      const refused = await openMeeting({
        room: refusedRoom,
        bundledHost: true,
        token: await mintToken({ name: 'Eve', role: 'owner', room: refusedRoom, secret: 'not-the-app-secret-at-all-0123456789' }),
      });
      await refused.expectStatus('rejected');
      await expect(refused.screenTitle).toHaveText('The meeting server did not let you in');
      await expect(refused.screen).toHaveAttribute('data-meetgate-screen', 'rejected');
      await expect(refused.screen.locator('[data-meetgate-reason="refused"]')).toHaveText('The meeting server refused your sign-in.');
      await expect(refused.frames).toHaveCount(0);
      await saveFinalScreen(page, testInfo);
    });
  });
});
