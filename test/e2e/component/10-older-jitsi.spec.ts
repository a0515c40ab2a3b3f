/**
 * The same screens with a 2021-era Jitsi build (the simulator's older-release mode): its web app
 * sends no `ready`, no `errorOccurred`, kickers named by id only, and its host script (served as
 * /external_api.js, lib/jitsi/host-2021.ts) would drop them anyway. The component reads what such a build does emit:
 * its error log lines (CONFERENCE FAILED / CONNECTION FAILED, asked for with `apiLogLevels`) and
 * the names of the participants it saw join (lib/jitsi/RELEASES.md).
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test.describe('an older Jitsi build (2021)', () => {
  test.beforeEach(({ simulator }) => {
    simulator.control.setRelease('2021');
  });
  test.afterEach(({ simulator }) => {
    simulator.control.setRelease('2026');
  });

  test('waiting for the host, then let in when the owner arrives', async ({ page, context, openMeeting, simulator }, testInfo) => {
    const room = 'old-build-waiting';
    const member = await openMeeting({
      room,
      token: await mintToken({ name: 'Bob Member', role: 'member', room }),
      waitingRetryFirstSeconds: 1,
      waitingRetryMaxSeconds: 2,
    });
    await member.expectStatus('waiting-for-host');
    await expect(member.screenTitle).toHaveText('Waiting for the host');
    expect(simulator.control.participants(room)).toEqual([]);
    const owner = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
    await owner.expectStatus('in-meeting');
    await member.expectStatus('in-meeting', 15_000);
    await member.meeting().expectParticipant('Ann Owner');
    await saveFinalScreen(page, testInfo);
  });

  test('a refused token: the rejected screen, in the words the inspector has (no server text reaches the page)', async ({
    page,
    openMeeting,
    simulator,
  }, testInfo) => {
    const room = 'old-build-refused';
    // Valid for two days: the inspector has a warning to show in place of the server's missing words.
    const meeting = await openMeeting({
      room,
      token: await mintToken({ name: 'Eve', role: 'owner', room, expiresIn: 48 * 3600, secret: 'not-the-app-secret-at-all-0123456789' }),
    });
    await meeting.expectStatus('rejected');
    await expect(meeting.screenTitle).toHaveText('The meeting server did not let you in');
    await expect(meeting.screen.locator('[data-meetgate-reason="refused"]')).toHaveText('The meeting server refused your sign-in.');
    await expect(meeting.screen.locator('[data-meetgate-inspector]')).toContainText('What MeetGate sees in your sign-in:');
    await expect(meeting.screen.locator('[data-meetgate-inspector] [data-meetgate-finding="long-lived"]')).toContainText('The token is valid for 48 hours.');
    await expect(meeting.frames).toHaveCount(0);
    expect(simulator.control.participants(room)).toEqual([]);
    await saveFinalScreen(page, testInfo);
    await page.setViewportSize({ width: 390, height: 844 });
    await saveFinalScreen(page, testInfo, 'final-screen-390');
  });

  test("a refused token on a build that forwards no logs (log collector off): the bounded join ends on the rejected screen with the inspector's explanation and Try again", async ({
    page,
    openMeeting,
    simulator,
  }, testInfo) => {
    simulator.control.setRelease('2021', { logCollector: false });
    const room = 'old-build-silent';
    const meeting = await openMeeting({
      room,
      joinTimeoutSeconds: 3,
      token: await mintToken({ name: 'Eve', role: 'owner', room, secret: 'not-the-app-secret-at-all-0123456789' }),
    });
    await meeting.expectStatus('joining');
    await expect(page.frameLocator('iframe').locator('main#meeting')).toHaveAttribute('data-log-collector', 'off');
    await meeting.expectStatus('rejected', 15_000);
    await expect(meeting.screenTitle).toHaveText('The meeting server did not let you in');
    await expect(meeting.screen.locator('[data-meetgate-reason="no-answer"]')).toContainText(
      'The meeting did not start in time, and the server did not say why',
    );
    await expect(meeting.screen.locator('[data-meetgate-inspector]')).toContainText('MeetGate found nothing wrong with your sign-in itself');
    await expect(meeting.frames).toHaveCount(0);
    expect(simulator.control.participants(room)).toEqual([]);
    await saveFinalScreen(page, testInfo);
    // Try again: a new frame with the same token, and the same end.
    await meeting.button('Try again').click();
    await meeting.expectStatus('joining');
    await meeting.expectStatus('rejected', 15_000);
    expect(await meeting.iframesEverInserted()).toBe(2);
  });

  test('kicked: the kicker named from the participants seen, though the payload names nobody', async ({ page, context, openMeeting }, testInfo) => {
    const room = 'old-build-kick';
    const owner = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
    await owner.expectStatus('in-meeting');
    const member = await openMeeting({ room, token: await mintToken({ name: 'Bob Member', role: 'member', room }) }, page);
    await member.expectStatus('in-meeting');
    await owner.meeting().expectParticipant('Bob Member');
    await expect(page.frameLocator('iframe').locator('main#meeting')).toHaveAttribute('data-release', '2021');
    // The deployment's own /external_api.js is the 2021 host (its permission list), not the current one.
    await expect(member.frames).toHaveAttribute('allow', 'camera; microphone; display-capture; autoplay; clipboard-write');
    await owner.meeting().kick('Bob Member');
    await member.expectStatus('kicked');
    await expect(member.screenTitle).toHaveText('You were removed from the meeting by Ann Owner');
    await expect(member.frames).toHaveCount(0);
    await saveFinalScreen(page, testInfo);
  });
  test('a connection lost for good: the frame reloads itself (nothing is sent to the host) — "reconnecting", then back in the same frame', async ({
    page,
    openMeeting,
    simulator,
  }) => {
    const room = 'old-build-dropped';
    const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) });
    await meeting.expectStatus('in-meeting');
    expect(simulator.faults.dropAll()).toBe(1);
    // Jitsi's own overlay (2021 too) has "Rejoin now", which reloads at once rather than after 10–30 s.
    await page.frameLocator('.meetgate iframe').locator('#reload-overlay').getByRole('button', { name: 'Rejoin now' }).click();
    await expect.poll(() => meeting.statuses(), { timeout: 15_000 }).toEqual(['checking', 'joining', 'in-meeting', 'reconnecting', 'in-meeting']);
    await meeting.meeting().expectState('joined');
    expect(await meeting.iframesEverInserted()).toBe(1);
    simulator.faults.clear();
  });
});
