/**
 * Flow 3: the owner removes the member → the member's component disposes the meeting at once
 * (no grey Jitsi page, no iframe left) and says who removed them; "Sign in again" asks the site's
 * token endpoint for a new token and joins again with it.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test('kicked by the owner: who did it, no iframe left; "Sign in again" gets a new token from the provider and rejoins', async ({
  page,
  context,
  openMeeting,
  tokenEndpoint,
  simulator,
}, testInfo) => {
  const room = 'kick-and-return';
  const provider = tokenEndpoint(async ({ room: asked, reason }) =>
    mintToken({ name: reason === 'kicked' ? 'Bea Member' : 'Bob Member', role: 'member', room: asked }),
  );
  const owner = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
  await owner.expectStatus('in-meeting');
  const member = await openMeeting({ room, provider: provider.path }, page);
  await member.expectStatus('in-meeting');
  await owner.meeting().expectParticipant('Bob Member');
  expect(provider.calls.map((c) => [c.room, c.reason])).toEqual([[room, 'initial']]);

  await owner.meeting().kick('Bob Member');

  await member.expectStatus('kicked');
  await expect(member.screenTitle).toHaveText('You were removed from the meeting by Ann Owner');
  await expect(member.screenTitle).toBeFocused();
  await expect(member.announcement).toHaveText('You were removed from the meeting by Ann Owner');
  await expect(member.frames).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  // The screen covers the whole component: nothing of the meeting (or a grey page) shows through.
  const [screenBox, componentBox] = await Promise.all([member.screen.boundingBox(), member.component.boundingBox()]);
  expect(screenBox).toEqual(componentBox);
  await expect(member.button('Leave')).toBeVisible();
  await saveFinalScreen(page, testInfo, 'kicked-screen');
  await expect(owner.meeting().participants).toHaveCount(1);

  await member.button('Sign in again').click();
  await member.expectStatus('in-meeting');
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'kicked']);
  await expect(member.tokenCard.locator('.meetgate-card-name')).toHaveText('Bea Member');
  await member.meeting().expectState('joined');
  await owner.meeting().expectParticipant('Bea Member');
  await expect(member.frames).toHaveCount(1);
  expect(
    simulator.control
      .participants(room)
      .map((p) => p.displayName)
      .sort(),
  ).toEqual(['Ann Owner', 'Bea Member']);

  await saveFinalScreen(page, testInfo);
});
