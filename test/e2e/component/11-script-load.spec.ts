/**
 * Issue 16: loading the deployment's `external_api.js` is honest and recoverable. The SDK caches
 * a failed load for the page's life; MeetGate loads it itself, says what failed, and "Try again"
 * really loads it again once the cause is gone. With a bundled fallback, it says it used it.
 */
import type { Page } from '@playwright/test';
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

test.afterEach(({ simulator }) => simulator.faults.clear());

const events = (page: Page) => page.evaluate(() => window.__host.events ?? []);

test('external_api.js answers 404: the screen says the server answered with an error; Try again works once it is fixed', async ({
  page,
  openMeeting,
  simulator,
}, testInfo) => {
  const room = 'script-404';
  simulator.faults.externalApi({ kind: 'status', status: 404 });
  const started = Date.now();
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) });
  await meeting.expectStatus('meeting-unavailable');
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(meeting.screenTitle).toHaveText('The meeting could not be loaded');
  await expect(meeting.screen).toContainText(
    'MeetGate could not load the meeting from meet.meetgate.test: the server answered with an error page instead of the meeting.',
  );
  await expect(meeting.frames).toHaveCount(0);
  await saveFinalScreen(page, testInfo, 'script-404-desktop');
  await page.setViewportSize({ width: 390, height: 760 });
  await saveFinalScreen(page, testInfo, 'script-404-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Still broken: Try again tries again (a new request) and says so again.
  const before = meeting.meetingRequests.filter((url) => url.endsWith('/external_api.js')).length;
  await meeting.button('Try again').click();
  await expect.poll(() => meeting.meetingRequests.filter((url) => url.endsWith('/external_api.js')).length).toBeGreaterThan(before);
  await meeting.expectStatus('meeting-unavailable');

  simulator.faults.clear();
  await meeting.button('Try again').click();
  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  expect(await events(page)).toContainEqual({ type: 'script-failed', failure: { kind: 'http-error', status: null } });
});

test('external_api.js too slow: after the timeout the screen says so; Try again joins once it is fast again', async ({ openMeeting, simulator }) => {
  const room = 'script-slow';
  simulator.faults.externalApi({ kind: 'slow', delayMs: 15_000 });
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }), scriptTimeoutSeconds: 3 });
  await meeting.expectStatus('meeting-unavailable');
  await expect(meeting.screen).toContainText('there was no answer within 3 s');
  simulator.faults.clear();
  await meeting.button('Try again').click();
  await meeting.expectStatus('in-meeting');
});

test('a deployment that cannot be reached: "no answer … or its certificate is not trusted"', async ({ openMeeting }) => {
  const room = 'script-unreachable';
  const domain = 'meet.unreachable.invalid';
  const meeting = await openMeeting({
    room,
    token: await mintToken({ name: 'Ann Owner', role: 'owner', room, claims: { sub: domain } }),
    ...({ domain } as object),
  });
  await meeting.expectStatus('meeting-unavailable');
  await expect(meeting.screen).toContainText('there was no answer — the server may be down or unreachable, or its certificate is not trusted by this browser');
  await expect(meeting.button('Try again')).toBeVisible();
  await expect(meeting.button('Leave')).toBeVisible();
});

test("with a bundled fallback, a 404 joins with MeetGate's IFrame API, and onEvent says which was used", async ({ page, openMeeting, simulator }) => {
  const room = 'script-fallback';
  simulator.faults.externalApi({ kind: 'status', status: 404 });
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }), externalApiFallback: true });
  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  expect(await events(page)).toContainEqual({ type: 'script-loaded', source: 'fallback', failure: { kind: 'http-error', status: null } });
  expect(warnings.join('\n')).toContain('MeetGate could not load https://meet.meetgate.test/external_api.js: the server answered with an error page.');
  expect(warnings.join('\n')).toContain('using the bundled IFrame API');
});
