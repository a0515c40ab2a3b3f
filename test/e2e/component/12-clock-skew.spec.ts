/**
 * Issue 16: a valid token is never refused because of the viewer's clock. The viewer's clock is
 * moved 10 minutes (Playwright's clock in the host page only; the simulator keeps real time, as
 * Prosody does); MeetGate learns the offset from the host server's `Date` header and judges exp,
 * nbf and the time left with it — or, with no Date header to be had, from a fresh provider token's `iat`.
 */
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';

const TEN_MINUTES = 10 * 60_000;

test("the viewer's clock 10 minutes ahead: a 5-minute token joins, and the card shows the real time left", async ({ page, openMeeting }, testInfo) => {
  const room = 'clock-ahead';
  await page.clock.install({ time: Date.now() + TEN_MINUTES });
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room, expiresIn: 300 }) });
  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^4 min \d+ s$/);
  expect(await meeting.statuses()).not.toContain('invalid-token');
  await saveFinalScreen(page, testInfo);
});

test("the viewer's clock 10 minutes behind: a token with nbf = now joins, with 4 min 5x s left, not 14 min", async ({ page, openMeeting }) => {
  const room = 'clock-behind';
  await page.clock.install({ time: Date.now() - TEN_MINUTES });
  const nbf = Math.floor(Date.now() / 1000);
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room, expiresIn: 300, claims: { nbf } }) });
  await meeting.expectStatus('in-meeting');
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^4 min \d+ s$/);
});

test('a token that really expired is still refused before Jitsi loads, with the clock checked', async ({ openMeeting }) => {
  const room = 'clock-really-expired';
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room, expiresIn: -120 }) });
  await meeting.expectStatus('invalid-token');
  await expect(meeting.frames).toHaveCount(0);
});

test("no Date header anywhere, the clock 10 minutes ahead: a fresh provider token's iat gives the offset, so it joins with about 5 min left", async ({
  page,
  openMeeting,
  tokenEndpoint,
  minting,
  hostPage,
}) => {
  const room = 'clock-by-iat';
  const { origin } = hostPage.site;
  const provider = tokenEndpoint(minting({ name: 'Ann Owner', role: 'owner', expiresIn: 300 }));
  // The host page's HEAD fails; the token endpoint answers without a Date header.
  await page.route(
    (url) => url.origin === origin && url.pathname !== provider.path,
    (route) => (route.request().method() === 'HEAD' ? route.abort() : route.fallback()),
  );
  await page.route(
    (url) => url.origin === origin && url.pathname === provider.path,
    async (route) => {
      const response = await route.fetch();
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== 'date'));
      await route.fulfill({ response, headers });
    },
  );
  await page.clock.install({ time: Date.now() + TEN_MINUTES });
  const meeting = await openMeeting({ room, provider: provider.path });
  await meeting.expectStatus('in-meeting');
  // iat is a lower bound of the issuer's time (the test minter backdates it 5 s): about 5 minutes, not "expired".
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^(4 min 5\d|5 min \d) s$/);
  expect(await meeting.statuses()).not.toContain('invalid-token');
});

test("the host page's Date unavailable, the clock 10 minutes ahead: the token endpoint's Date (reported by the provider) gives the offset", async ({
  page,
  openMeeting,
  tokenEndpoint,
  minting,
  hostPage,
}) => {
  const room = 'clock-by-endpoint';
  const { origin } = hostPage.site;
  const provider = tokenEndpoint(minting({ name: 'Ann Owner', role: 'owner', expiresIn: 300 }));
  await page.route(
    (url) => url.origin === origin,
    (route) => (route.request().method() === 'HEAD' ? route.abort() : route.fallback()),
  );
  await page.clock.install({ time: Date.now() + TEN_MINUTES });
  const meeting = await openMeeting({ room, provider: provider.path });
  await meeting.expectStatus('in-meeting');
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^4 min \d+ s$/);
});
