/**
 * The simulator seen by a plain integrator's page, in real Chromium: /external_api.js from the
 * simulated domain, Jitsi's IFrame API events for joining, waiting, kicking and refusals.
 */
import { MEET_DOMAIN, expect, saveFinalScreen, test } from './fixtures.js';
import { PlainHost, seriousViolations } from './pages/index.js';

test.describe('simulator protocol', () => {
  test('owner joins, member joins, owner kicks member from the meeting page', async ({ page, context, hostSite, mintToken }, testInfo) => {
    const room = 'Protocol Check';
    const owner = await new PlainHost(page).open(hostSite, {
      domain: MEET_DOMAIN,
      roomName: room,
      jwt: await mintToken({ name: 'Ann Owner', role: 'owner', room: 'protocol%20check' }),
    });
    const ownerJoined = await owner.waitForEvent('videoConferenceJoined');
    expect(ownerJoined).toMatchObject({ roomName: 'protocol%20check', displayName: 'Ann Owner', formattedDisplayName: 'Ann Owner (me)', breakoutRoom: false });
    expect(await owner.waitForEvent('participantRoleChanged')).toEqual({ id: ownerJoined.id, role: 'moderator' });
    await expect(owner.meeting().banner).toContainText('no audio or video');

    const member = await new PlainHost(await context.newPage()).open(hostSite, {
      domain: MEET_DOMAIN,
      roomName: room,
      jwt: await mintToken({ name: 'Bob Member', role: 'member', room: 'protocol%20check' }),
    });
    const memberJoined = await member.waitForEvent('videoConferenceJoined');
    expect(memberJoined.displayName).toBe('Bob Member');
    expect(await owner.waitForEvent('participantJoined')).toMatchObject({ id: memberJoined.id, displayName: 'Bob Member' });

    await owner.meeting().expectParticipant('Bob Member');
    expect(await seriousViolations(await owner.meetingFrame())).toEqual([]);
    await owner.meeting().kick('Bob Member');

    const kicked = await member.waitForEvent('participantKickedOut');
    expect(kicked).toEqual({
      kicked: { id: memberJoined.id, name: 'Bob Member', local: true },
      kicker: { id: ownerJoined.id, name: 'Ann Owner' },
    });
    await member.waitForEvent('readyToClose');
    const names = await member.eventNames();
    expect(names.slice(names.indexOf('participantKickedOut'))).toEqual(['participantKickedOut', 'videoConferenceLeft', 'readyToClose']);
    await member.meeting().expectState('kicked');
    await expect(member.meeting().status).toContainText('removed from the meeting by Ann Owner');
    await expect(member.meeting().hangUpButton).toBeHidden();
    expect(await seriousViolations(await member.meetingFrame())).toEqual([]);

    expect(await owner.waitForEvent('participantKickedOut')).toEqual({
      kicked: { id: memberJoined.id, local: false, name: 'Bob Member' },
      kicker: { id: ownerJoined.id, local: true, name: 'Ann Owner' },
    });
    await expect(owner.meeting().participants).toHaveCount(1);
    await saveFinalScreen(owner.page, testInfo, 'owner-after-kick');
    await saveFinalScreen(member.page, testInfo, 'final-screen');
  });

  test('a member waits for the host and is let in when the owner arrives', async ({ page, context, hostSite, mintToken }, testInfo) => {
    const room = 'waiting-room';
    const member = await new PlainHost(page).open(hostSite, {
      domain: MEET_DOMAIN,
      roomName: room,
      jwt: await mintToken({ name: 'Bob Member', role: 'member', room }),
    });
    const waiting = await member.waitForEvent('errorOccurred');
    expect(waiting).toEqual({
      error: { name: 'conference.connectionError.membersOnly', params: [`${room}@lobby.${MEET_DOMAIN}`, true], type: 'CONFERENCE', isFatal: false },
    });
    await member.meeting().expectState('waiting');
    expect(await seriousViolations(await member.meetingFrame())).toEqual([]);

    const owner = await new PlainHost(await context.newPage()).open(hostSite, {
      domain: MEET_DOMAIN,
      roomName: room,
      jwt: await mintToken({ name: 'Ann Owner', role: 'owner', room }),
    });
    await owner.waitForEvent('videoConferenceJoined');
    expect((await member.waitForEvent('videoConferenceJoined')).displayName).toBe('Bob Member');
    await member.meeting().expectState('joined');
    await saveFinalScreen(page, testInfo);
  });

  test('a token signed with the wrong secret is refused with connection.passwordRequired', async ({ page, hostSite, mintToken }, testInfo) => {
    const host = await new PlainHost(page).open(hostSite, {
      domain: MEET_DOMAIN,
      roomName: 'standup',
      jwt: await mintToken({ name: 'Eve', role: 'owner', room: 'standup', secret: 'not-the-app-secret' }),
    });
    expect(await host.waitForEvent('errorOccurred')).toEqual({
      error: { name: 'connection.passwordRequired', message: 'Invalid signature', type: 'CONNECTION', isFatal: false },
    });
    await host.meeting().expectState('refused');
    expect(await seriousViolations(await host.meetingFrame())).toEqual([]);
    await expect(host.meeting().status).toContainText('Invalid signature');
    expect(await host.eventNames()).not.toContain('videoConferenceJoined');
    await saveFinalScreen(page, testInfo);
  });

  test('hang-up leaves; End meeting destroys the room for everyone', async ({ page, context, hostSite, mintToken }, testInfo) => {
    const room = 'hangup-and-end';
    const open = async (name: string, role: 'owner' | 'member', target = page) =>
      new PlainHost(target).open(hostSite, { domain: MEET_DOMAIN, roomName: room, jwt: await mintToken({ name, role, room }) });
    const owner = await open('Ann Owner', 'owner');
    await owner.waitForEvent('videoConferenceJoined');
    const leaver = await open('Lee Leaver', 'member', await context.newPage());
    const leaverId = (await leaver.waitForEvent('videoConferenceJoined')).id;
    const stayer = await open('Sue Stayer', 'member', await context.newPage());
    await stayer.waitForEvent('videoConferenceJoined');

    await leaver.page.evaluate(() => (window as unknown as { __meetApi: { executeCommand(name: string): void } }).__meetApi.executeCommand('hangup'));
    expect(await leaver.waitForEvent('videoConferenceLeft')).toEqual({ roomName: room });
    await leaver.waitForEvent('readyToClose');
    expect((await owner.waitForEvent('participantLeft')).id).toBe(leaverId);

    await owner.meeting().endMeeting();
    expect(await stayer.waitForEvent('errorOccurred')).toEqual({
      error: { name: 'conference.destroyed', params: ['The meeting has been terminated'], type: 'CONFERENCE', isFatal: false },
    });
    await stayer.waitForEvent('readyToClose');
    const names = await stayer.eventNames();
    expect(names.slice(names.indexOf('errorOccurred'))).toEqual(['errorOccurred', 'videoConferenceLeft', 'readyToClose']);
    await owner.waitForEvent('readyToClose');
    await stayer.meeting().expectState('ended');
    await saveFinalScreen(stayer.page, testInfo);
  });

  test('a dropped connection resumes silently; with an expired token the resume is refused', async ({
    page,
    context,
    hostSite,
    mintToken,
    simulator,
  }, testInfo) => {
    const room = 'resume';
    const owner = await new PlainHost(page).open(hostSite, {
      domain: MEET_DOMAIN,
      roomName: room,
      jwt: await mintToken({ name: 'Ann Owner', role: 'owner', room, expiresIn: 600 }),
    });
    const ownerId = (await owner.waitForEvent('videoConferenceJoined')).id;
    const member = await new PlainHost(await context.newPage()).open(hostSite, {
      domain: MEET_DOMAIN,
      roomName: room,
      jwt: await mintToken({ name: 'Bob Member', role: 'member', room }),
    });
    await member.waitForEvent('videoConferenceJoined');

    expect(simulator.control.dropConnection(ownerId)).toBe(true);
    await expect(owner.meeting().status).toHaveText('Reconnected; still in the meeting.');
    await expect.poll(() => simulator.control.participants(room).find((p) => p.id === ownerId)?.connected).toBe(true);
    await owner.meeting().expectState('joined');
    expect((await owner.eventNames()).filter((name) => name === 'videoConferenceJoined')).toHaveLength(1);
    expect(await member.eventNames()).not.toContain('participantLeft');

    // Prosody never cuts a live meeting when exp passes; only the next resume is judged.
    expect(simulator.control.expireToken(ownerId)).toBe(true);
    await owner.meeting().expectState('joined');
    simulator.control.dropConnection(ownerId);
    const refused = await owner.waitForEvent('errorOccurred');
    expect(refused.error).toMatchObject({ name: 'connection.passwordRequired', type: 'CONNECTION', isFatal: false });
    expect(refused.error.message).toMatch(/^Not acceptable by exp \(0 sec since expired, valid for:605 sec\)$/);
    expect((await member.waitForEvent('participantLeft')).id).toBe(ownerId);
    await owner.meeting().expectState('refused');
    await saveFinalScreen(page, testInfo);
  });
});
