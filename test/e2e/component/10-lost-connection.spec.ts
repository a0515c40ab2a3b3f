/**
 * Issue 16: a lost connection is a state. The simulator cuts connections the way a deployment
 * fails (no resume, an outage) and its meeting page answers like Jitsi: a fatal
 * `connection.droppedError`, then the page-reload overlay (shortened to 2–3 s here). Every case
 * ends on a screen with a way forward, and none waits more than 10 s without one.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test.use({ simulatorOptions: { reloadOverlaySeconds: [2, 3] } });

test.afterEach(({ simulator }) => simulator.faults.clear());

const FAST = { frameWatchdogSeconds: 3, reconnectRetryFirstSeconds: 2, reconnectRetryMaxSeconds: 4 };

test('every connection cut without resume: "reconnecting" at once, Jitsi reloads itself and rejoins', async ({ page, openMeeting, simulator }, testInfo) => {
  const room = 'lost-no-resume';
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }), ...FAST });
  await meeting.expectStatus('in-meeting');

  expect(simulator.faults.dropAll()).toBe(1);
  await meeting.expectStatus('reconnecting', 10_000);
  const bar = meeting.component.locator('[data-meetgate-screen="reconnecting"]');
  await expect(bar).toHaveAttribute('data-meetgate-jitsi-reloading', 'true');
  await expect(meeting.button('Rejoin now')).toBeVisible();
  await expect(meeting.button('Leave')).toBeVisible();
  // Jitsi's own overlay stays visible in the frame (the bar covers only its strip).
  await expect(meeting.meeting().root.locator('#reload-overlay')).toBeVisible();
  await saveFinalScreen(page, testInfo, 'reconnecting-desktop');

  await meeting.expectStatus('in-meeting', 15_000);
  await meeting.meeting().expectState('joined');
  expect(simulator.control.participants(room)).toMatchObject([{ displayName: 'Ann Owner', connected: true }]);
  // Jitsi's reload happened inside the same iframe: MeetGate did not have to step in.
  expect(await meeting.iframesEverInserted()).toBe(1);
  expect((await meeting.statuses()).slice(-3)).toEqual(['in-meeting', 'reconnecting', 'in-meeting']);
});

test('the deployment away for 16 s: MeetGate remounts with backoff until it is back; "Rejoin now" is there all along', async ({
  page,
  openMeeting,
  simulator,
}, testInfo) => {
  test.setTimeout(60_000);
  const room = 'lost-outage';
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }), ...FAST });
  await meeting.expectStatus('in-meeting');

  const started = Date.now();
  simulator.faults.outage(16);
  await meeting.expectStatus('reconnecting', 10_000);
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(meeting.button('Rejoin now')).toBeVisible();
  // Jitsi's reload lands on an error page (the server is gone): MeetGate steps in with its own attempts.
  await page.setViewportSize({ width: 390, height: 760 });
  await expect(meeting.component.locator('[data-meetgate-screen="reconnecting"]')).toContainText(/attempt \d+/, { timeout: 20_000 });
  await saveFinalScreen(page, testInfo, 'reconnecting-attempt-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  await meeting.expectStatus('in-meeting', 25_000);
  await meeting.meeting().expectState('joined');
  expect(Date.now() - started).toBeGreaterThan(16_000);
  expect(simulator.control.participants(room)).toMatchObject([{ displayName: 'Ann Owner', connected: true }]);
  await expect(meeting.frames).toHaveCount(1);
});

test('the connection lost after the token expired: no reload with the dead token — a fresh one, then a clean remount', async ({
  page,
  openMeeting,
  tokenEndpoint,
  simulator,
}, testInfo) => {
  test.setTimeout(60_000);
  const room = 'lost-expired';
  let expiringAsked = 0;
  const provider = tokenEndpoint(async ({ room: asked, reason }) => {
    if (reason === 'initial') return mintToken({ name: 'Ann Owner', role: 'owner', room: asked, expiresIn: 12 });
    // The refresh ahead of exp fails (the site is busy); the one after the drop works.
    expiringAsked += 1;
    return expiringAsked === 1 ? null : mintToken({ name: 'Ann Owner', role: 'owner', room: asked });
  });
  const started = Date.now();
  const meeting = await openMeeting({ room, provider: provider.path, expiringLeadSeconds: 6, ...FAST });
  await meeting.expectStatus('in-meeting');
  // Wait until the first token is past its exp (the card itself shows the renewed pass by then).
  await expect.poll(() => Date.now(), { timeout: 15_000 }).toBeGreaterThan(started + 13_000);

  simulator.faults.dropAll();
  await expect.poll(() => meeting.statuses(), { timeout: 15_000 }).toEqual(['checking', 'joining', 'in-meeting', 'reconnecting', 'joining', 'in-meeting']);
  const renewing = (await meeting.states()).find((s) => s.state.status === 'reconnecting');
  expect(renewing?.state).toMatchObject({ renewing: true, jitsiReloading: false });
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'expiring', 'expiring']);
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^59 min \d+ s$/);
  await meeting.meeting().expectState('joined');
  await saveFinalScreen(page, testInfo);
});

test("the meeting page answers 502: the bar says it did not load without covering the page's text; Try again works once fixed", async ({
  page,
  openMeeting,
  simulator,
}, testInfo) => {
  const room = 'page-502';
  simulator.faults.meetingPage({ kind: 'status', status: 502 });
  const started = Date.now();
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }), ...FAST });
  const bar = meeting.joiningBar;
  await expect(bar).toHaveAttribute('data-meetgate-silent', 'true', { timeout: 10_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(bar).toContainText('The meeting page did not load from meet.meetgate.test');
  await expect(meeting.button('Try again')).toBeVisible();
  // The page's own error text is visible below the bar.
  const errorText = meeting.meeting().root.getByRole('heading', { name: '502 Bad Gateway' });
  await expect(errorText).toBeVisible();
  const barBox = await bar.boundingBox();
  const textBox = await page.frameLocator('.meetgate iframe').locator('h1').boundingBox();
  expect(barBox && textBox && textBox.y + textBox.height <= barBox.y).toBe(true);
  await saveFinalScreen(page, testInfo, 'page-502-desktop');
  await page.setViewportSize({ width: 390, height: 760 });
  await saveFinalScreen(page, testInfo, 'page-502-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  simulator.faults.clear();
  await meeting.button('Try again').click();
  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
});

test('"Leave and sign out" ends on a screen with "Sign in again" and "Back"; signing in again joins', async ({
  page,
  openMeeting,
  tokenEndpoint,
  minting,
}, testInfo) => {
  const room = 'signed-out-ways';
  const provider = tokenEndpoint(minting({ name: 'Ann Owner', role: 'owner' }));
  const meeting = await openMeeting({ room, provider: provider.path });
  await meeting.expectStatus('in-meeting');
  await meeting.tokenCard.getByRole('button', { name: 'Leave and sign out' }).click();
  await meeting.expectStatus('logged-out');
  await expect(meeting.button('Sign in again')).toBeVisible();
  await expect(meeting.button('Back')).toBeVisible();
  await saveFinalScreen(page, testInfo, 'signed-out-desktop');
  await page.setViewportSize({ width: 390, height: 760 });
  await saveFinalScreen(page, testInfo, 'signed-out-phone');
  await page.setViewportSize({ width: 1280, height: 720 });
  await meeting.button('Sign in again').click();
  await meeting.expectStatus('in-meeting');
});
