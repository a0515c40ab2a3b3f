/**
 * Issue 16: the same person in two windows. Jitsi lists the other window as another participant
 * (with a Kick button aimed at oneself); MeetGate recognises the same `context.user.id` and says so.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test('two windows with the same sign-in: each says "You are also in this meeting in another window"; it goes when one leaves', async ({
  page,
  context,
  openMeeting,
}, testInfo) => {
  const room = 'two-windows';
  const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
  const first = await openMeeting({ room, token });
  await first.expectStatus('in-meeting');
  const other = await context.newPage();
  const second = await openMeeting({ room, token }, other);
  await second.expectStatus('in-meeting');

  const notice = (meeting: typeof first) => meeting.component.locator('[data-meetgate-screen="self-elsewhere"]');
  await expect(notice(first)).toContainText('You are also in this meeting in another window');
  await expect(notice(second)).toContainText('You are also in this meeting in another window');
  await saveFinalScreen(page, testInfo, 'self-elsewhere-desktop');

  await second.meeting().hangUp();
  await expect(notice(first)).toHaveCount(0);
  await other.close();
});

test('two different people are not mistaken for one', async ({ context, openMeeting }) => {
  const room = 'two-people';
  const first = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) });
  await first.expectStatus('in-meeting');
  const other = await context.newPage();
  const second = await openMeeting({ room, token: await mintToken({ name: 'Bob Owner', role: 'owner', room }) }, other);
  await second.expectStatus('in-meeting');
  await first.meeting().expectParticipant('Bob Owner');
  await expect(first.component.locator('[data-meetgate-screen="self-elsewhere"]')).toHaveCount(0);
  await other.close();
});
