/**
 * A full meeting: the deployment's `muc_max_occupants` (jitsi-meet's mod_muc_max_occupants) lets
 * one participant in, and Jitsi's page reports `conference.max_users` to the second. MeetGate says
 * the meeting is full (not a sign-in problem: no token findings), with Try again first; once the
 * first has left, Try again joins with the same token.
 */
import { expect, mintToken, test } from './component-fixtures.js';

test.use({ simulatorOptions: { maxOccupants: 1, waitForHost: false } });

test('a full meeting says so, and Try again joins once there is room', async ({ context, openMeeting }) => {
  const room = 'full-room';
  const owner = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) });
  await owner.expectStatus('in-meeting');
  const member = await openMeeting({ room, token: await mintToken({ name: 'Bob Member', role: 'member', room }) }, await context.newPage());

  await member.expectStatus('rejected');
  await expect(member.component.locator('[data-meetgate-reason]')).toHaveText(
    'The meeting is full: it has as many participants as this server allows. Try again later.',
  );
  await expect(member.component.locator('[data-meetgate-inspector]')).toHaveCount(0);
  await expect(member.component.locator('[data-meetgate-action]').first()).toHaveAttribute('data-meetgate-action', 'retry');
  await expect(member.frames).toHaveCount(0);

  await owner.meeting().hangUp();
  await owner.expectStatus('ended');
  await member.button('Try again').click();
  await member.expectStatus('in-meeting', 15_000);
  await member.meeting().expectState('joined');
});
