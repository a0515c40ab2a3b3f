/**
 * Issue 16: token providers that fail are not "signed out". A provider that never answers offers
 * an action within 5 s and ends on "the sign-in service is not answering" (reason in onEvent and
 * the console); a site that keeps handing out a token for another room stops the "Sign in again"
 * loop and says what an admin needs to fix.
 */
import type { Page } from '@playwright/test';
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

const events = (page: Page) => page.evaluate(() => window.__host.events ?? []);

test('a provider that never answers: an action within 5 s, then "not answering" with the reason; Try again works once it answers', async ({
  page,
  openMeeting,
  tokenEndpoint,
  minting,
}, testInfo) => {
  const room = 'provider-hangs';
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const provider = tokenEndpoint(() => new Promise<string | null>(() => undefined));
  const started = Date.now();
  const meeting = await openMeeting({ room, provider: provider.path, providerTimeoutSeconds: 8 });
  await expect(meeting.button('Try again')).toBeVisible({ timeout: 7_000 });
  expect(Date.now() - started).toBeLessThan(7_000);
  await expect(meeting.screen).toContainText('Still checking your sign-in with the site…');

  await expect(meeting.screenTitle).toHaveText('The sign-in service is not answering', { timeout: 10_000 });
  await expect(meeting.screen).toContainText('The site did not provide a sign-in: no answer in time.');
  expect(await events(page)).toContainEqual(
    expect.objectContaining({ type: 'token-not-found', failures: [expect.objectContaining({ source: 'provider', code: 'timeout' })] }),
  );
  expect(warnings.join('\n')).toContain(
    'MeetGate: the sign-in service is not answering — provider: The token provider did not answer within 8000 ms (1 attempt(s)).',
  );
  await saveFinalScreen(page, testInfo, 'source-down-desktop');
  await page.setViewportSize({ width: 390, height: 760 });
  await saveFinalScreen(page, testInfo, 'source-down-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  provider.answerWith(minting({ name: 'Ann Owner', role: 'owner' }));
  await meeting.button('Try again').click();
  await meeting.expectStatus('in-meeting');
});

test('a provider that fails (HTTP 500) is not "signed out"; a 401 is', async ({ openMeeting, tokenEndpoint }) => {
  const failing = tokenEndpoint(() => Promise.reject(new Error('database down')));
  const meeting = await openMeeting({ room: 'provider-500', provider: failing.path, providerTimeoutSeconds: 5 });
  await expect(meeting.screenTitle).toHaveText('The sign-in service is not answering');
  await expect(meeting.screen).toContainText('it reported an error');
  const signedOut = tokenEndpoint(async () => null);
  const other = await openMeeting({ room: 'provider-401', provider: signedOut.path, providerTimeoutSeconds: 5 });
  await other.expectStatus('needs-token');
  await expect(other.screenTitle).not.toHaveText('The sign-in service is not answering');
});

test('a site that keeps issuing a token for another room: the second identical answer stops "Sign in again" and tells the admin why', async ({
  page,
  openMeeting,
  tokenEndpoint,
}, testInfo) => {
  const room = 'provider-wrong-room';
  const wrong = await mintToken({ name: 'Ann Owner', role: 'owner', room: 'another-room' });
  const provider = tokenEndpoint(async () => wrong);
  const meeting = await openMeeting({ room, provider: provider.path });
  await meeting.expectStatus('invalid-token');
  await meeting.button('Sign in again').click();
  await expect(meeting.screenTitle).toHaveText('The site keeps issuing a pass that cannot be used here');
  await expect(meeting.button('Sign in again')).toHaveCount(0);
  await expect(meeting.button('Leave')).toBeVisible();
  await expect(meeting.component.locator('[data-meetgate-finding="room-mismatch"]')).toContainText('provider-wrong-room');
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'reauth']);
  await saveFinalScreen(page, testInfo, 'repeated-desktop');
  await page.setViewportSize({ width: 390, height: 760 });
  await saveFinalScreen(page, testInfo, 'repeated-phone');
});
