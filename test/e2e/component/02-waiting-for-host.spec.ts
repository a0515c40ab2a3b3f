/**
 * Flow 2: a member arrives before the host → "Waiting for the host"; the owner joins from a
 * second page → the member's component lets them in by itself, without reloading the page.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test('a member waits for the host and is let in without a reload when the owner joins', async ({ page, context, openMeeting, simulator }, testInfo) => {
  const room = 'waiting-for-host';
  const member = await openMeeting({
    room,
    token: await mintToken({ name: 'Bob Member', role: 'member', room }),
    waitingRetryFirstSeconds: 1,
    waitingRetryMaxSeconds: 2,
  });
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  await member.expectStatus('waiting-for-host');
  await expect(member.screenTitle).toHaveText('Waiting for the host');
  await expect(member.screen).toContainText('You will be let in automatically.');
  await expect(member.button('Check now')).toBeVisible();
  // No grey Jitsi page and no "not authorised": the meeting is not on screen while waiting.
  await expect(member.component.locator('[data-meetgate-frame]:not([data-meetgate-hidden])')).toHaveCount(0);
  expect(simulator.control.participants(room)).toEqual([]);
  // The component keeps checking by itself (with backoff): the simulator sees it knock again.
  await expect
    .poll(
      async () =>
        (await member.states()).filter((s) => s.status === 'waiting-for-host' && s.state.status === 'waiting-for-host' && s.state.attempt >= 2).length,
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);

  const owner = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
  await owner.expectStatus('in-meeting');

  await member.expectStatus('in-meeting', 15_000);
  await member.meeting().expectState('joined');
  await member.meeting().expectParticipant('Ann Owner');
  await owner.meeting().expectParticipant('Bob Member');
  await expect(member.tokenCard.locator('.meetgate-card-name')).toHaveText('Bob Member');
  await expect(member.tokenCard.locator('[data-meetgate-role]')).toHaveText('Member');
  await expect(member.frames).toHaveCount(1);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(navigations).toBe(0);
  expect((await member.statuses()).slice(0, 3)).toEqual(['checking', 'joining', 'waiting-for-host']);
  expect((await member.statuses()).at(-1)).toBe('in-meeting');
  expect(
    simulator.control
      .participants(room)
      .map((p) => p.displayName)
      .sort(),
  ).toEqual(['Ann Owner', 'Bob Member']);

  await saveFinalScreen(page, testInfo);
});
