/**
 * Flow 6: a short-lived token runs out during the meeting. As with Prosody, the live meeting goes
 * on; the component has already fetched a fresh token ahead of `exp`. When the simulator then
 * drops the connection, the resume with the expired token is refused — and the component rejoins
 * with the fresh token by itself, without asking the person anything.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

const SHORT_LIFETIME_S = 24;

test('a token expiring mid-meeting: the meeting goes on; after a dropped connection the component rejoins with the token it fetched ahead', async ({
  page,
  openMeeting,
  tokenEndpoint,
  simulator,
}, testInfo) => {
  test.setTimeout(60_000);
  const room = 'expiry-rejoin';
  const provider = tokenEndpoint(async ({ room: asked, reason }) =>
    mintToken({ name: 'Ann Owner', role: 'owner', room: asked, expiresIn: reason === 'initial' ? SHORT_LIFETIME_S : 3600 }),
  );
  const started = Date.now();
  const meeting = await openMeeting({ room, provider: provider.path, expiringLeadSeconds: 20 });
  await meeting.expectStatus('in-meeting');
  const [first] = simulator.control.participants(room);
  if (!first) throw new Error('the owner is not in the simulated room');

  // Fetched ahead of exp (the lead is capped at half the token's life), kept ready, nothing shown.
  await expect(meeting.component).toHaveAttribute('data-meetgate-expiring', 'ready', { timeout: SHORT_LIFETIME_S * 1000 });
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'expiring']);
  expect((provider.calls[1]?.at ?? 0) - started).toBeLessThan(SHORT_LIFETIME_S * 1000);
  await expect(meeting.component.locator('[data-meetgate-screen="expiring"]')).toHaveCount(0);

  // The card shows the renewed pass, quietly, not the old one running out.
  await expect(meeting.tokenCard.locator('[data-meetgate-renewed]')).toContainText('Renewed — valid until');
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^(59|60) min \d+ s$/);
  // Past exp: Prosody does not cut a live meeting, and neither does the component.
  await expect.poll(() => Date.now(), { timeout: SHORT_LIFETIME_S * 1000 }).toBeGreaterThan(started + (SHORT_LIFETIME_S + 1) * 1000);
  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  expect(simulator.control.participants(room)).toMatchObject([{ id: first.id, connected: true }]);

  expect(simulator.control.dropConnection(first.id)).toBe(true);

  await expect.poll(() => simulator.control.participants(room).map((p) => p.id), { timeout: 15_000 }).not.toContain(first.id);
  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  const [again] = simulator.control.participants(room);
  expect(again).toMatchObject({ displayName: 'Ann Owner', connected: true });
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^59 min \d+ s$/);
  // Without asking: no screen in between, no extra token request, one more iframe.
  const after = (await meeting.statuses()).slice(2);
  expect(after).toEqual(['in-meeting', 'joining', 'in-meeting']);
  const rejoin = (await meeting.states()).find((s) => s.state.status === 'joining' && s.state.rejoin);
  expect(rejoin).toBeTruthy();
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'expiring']);
  expect(await meeting.iframesEverInserted()).toBe(2);
  await expect(meeting.frames).toHaveCount(1);

  await saveFinalScreen(page, testInfo);
});
