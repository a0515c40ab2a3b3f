/**
 * Flow 1: an owner's token → the meeting opens, and the token card says who the pass is for,
 * "Owner", the features it grants and how long it is still valid.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test('an owner token joins; the token card shows the name, the role, the features granted and the time left', async ({ openMeeting, simulator }, testInfo) => {
  const room = 'owner-joins';
  const token = await mintToken({
    name: 'Ann Owner',
    role: 'owner',
    room,
    expiresIn: 2 * 3600,
    claims: {
      context: {
        user: { id: 'ann', name: 'Ann Owner', affiliation: 'owner' },
        features: { recording: true, 'screen-sharing': true, livestreaming: false },
      },
    },
  });
  const meeting = await openMeeting({ room, token });

  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  await meeting.meeting().expectParticipant('Ann Owner');
  expect(simulator.control.participants(room).map((p) => [p.displayName, p.role])).toEqual([['Ann Owner', 'moderator']]);
  await expect(meeting.frames).toHaveCount(1);
  await expect(meeting.frames.first()).toHaveAttribute('title', `Video meeting ${room}`);

  const card = meeting.tokenCard;
  await expect(card).toBeVisible();
  await expect(card.locator('.meetgate-card-name')).toHaveText('Ann Owner');
  await expect(card.locator('[data-meetgate-role]')).toHaveText('Owner');
  await expect(card.locator('.meetgate-badge[data-meetgate-verification]')).toHaveText('Unverified');
  await expect(card.locator('[data-meetgate-room]')).toHaveText(room);
  await expect(card.locator('[data-meetgate-features="on"]')).toHaveText('Recording, Screen sharing');
  await expect(card.locator('[data-meetgate-features="off"]')).toHaveText('Live streaming');
  // Two hours minus the few seconds the test has run.
  await expect(card.locator('[data-meetgate-time-left]')).toHaveText(/^1 h 59 min$/);
  await expect(card).toContainText('In the meeting: moderator');
  await expect(meeting.announcement).toHaveText(`You are in the meeting ${room}.`);
  expect(await meeting.statuses()).toEqual(['checking', 'joining', 'in-meeting']);

  await saveFinalScreen(meeting.page, testInfo);
});
