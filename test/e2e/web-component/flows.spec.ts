/**
 * The one-script-tag web component as it ships (`meetgate-meeting.js`, built on Preact by the same
 * definition as `npm run build:lib`), on a page with no React: the component flows of
 * test/e2e/component/ — owner joins, a member waits for the host, kicked and back, refused by the
 * server, a token renewed ahead of expiry — through the element's attributes and `token-url`,
 * read by the same page object from its `meetgate-statechange` events; and the element on a page
 * that runs React 19 itself.
 */
import { SecureMeetingPage } from '../pages/index.js';
import { installReactPortal } from './element-host/index.js';
import { expect, MEET_DOMAIN, mintToken, saveFinalScreen, test } from './element-fixtures.js';

test('an owner joins from token-url; the token card and the statuses are those of <SecureMeeting>; no React on the page', async ({
  page,
  openMeeting,
  tokenEndpoint,
  minting,
  simulator,
}, testInfo) => {
  const room = 'element-owner-joins';
  const provider = tokenEndpoint(minting({ name: 'Ann Owner', role: 'owner', expiresIn: 2 * 3600 }));
  const meeting = await openMeeting({ room, provider: provider.path });

  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  await meeting.meeting().expectParticipant('Ann Owner');
  expect(simulator.control.participants(room).map((p) => [p.displayName, p.role])).toEqual([['Ann Owner', 'moderator']]);
  await expect(page.locator('meetgate-meeting > .meetgate')).toHaveCount(1);
  await expect(meeting.frames).toHaveCount(1);
  await expect(meeting.frames.first()).toHaveAttribute('title', `Video meeting ${room}`);
  await expect(meeting.tokenCard.locator('.meetgate-card-name')).toHaveText('Ann Owner');
  await expect(meeting.tokenCard.locator('[data-meetgate-role]')).toHaveText('Owner');
  await expect(meeting.tokenCard.locator('[data-meetgate-time-left]')).toHaveText(/^1 h 59 min$/);
  await expect(meeting.announcement).toHaveText(`You are in the meeting ${room}.`);
  expect(await meeting.statuses()).toEqual(['checking', 'joining', 'in-meeting']);
  expect(provider.calls.map((c) => [c.room, c.reason])).toEqual([[room, 'initial']]);
  // The element carries Preact, not React 19 (whose client internals every React DOM build exports).
  const script = await (await page.request.get(`${meeting.page.url().split('/element/')[0]}/element/meetgate-meeting.js`)).text();
  expect(script).toContain('meetgate-meeting');
  expect(script).not.toContain('__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE');

  await saveFinalScreen(page, testInfo, 'in-meeting-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(meeting.tokenCard.locator('.meetgate-card-chip')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveFinalScreen(page, testInfo, 'in-meeting-390');
});

test('a member waits for the host and is let in without a reload when the owner joins', async ({
  page,
  context,
  openMeeting,
  tokenEndpoint,
  minting,
  simulator,
}, testInfo) => {
  const room = 'element-waiting';
  const member = await openMeeting({ room, provider: tokenEndpoint(minting({ name: 'Bob Member', role: 'member' })).path });
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  await member.expectStatus('waiting-for-host');
  await expect(member.screenTitle).toHaveText('Waiting for the host');
  await expect(member.button('Check now')).toBeVisible();
  await expect(member.component.locator('[data-meetgate-frame]:not([data-meetgate-hidden])')).toHaveCount(0);
  expect(simulator.control.participants(room)).toEqual([]);
  await saveFinalScreen(page, testInfo, 'waiting-1280');

  const owner = await openMeeting({ room, provider: tokenEndpoint(minting({ name: 'Ann Owner', role: 'owner' })).path }, await context.newPage());
  await owner.expectStatus('in-meeting');
  // The default backoff (2 s, doubling) brings the next knock within seconds.
  await member.expectStatus('in-meeting', 20_000);
  await member.meeting().expectParticipant('Ann Owner');
  await owner.meeting().expectParticipant('Bob Member');
  await expect(member.frames).toHaveCount(1);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect((await member.statuses()).slice(0, 3)).toEqual(['checking', 'joining', 'waiting-for-host']);
});

test('kicked by the owner: who did it, no iframe left; "Sign in again" asks token-url again and rejoins', async ({
  page,
  context,
  openMeeting,
  tokenEndpoint,
  simulator,
}, testInfo) => {
  const room = 'element-kicked';
  const provider = tokenEndpoint(async ({ room: asked, reason }) =>
    mintToken({ name: reason === 'kicked' ? 'Bea Member' : 'Bob Member', role: 'member', room: asked }),
  );
  const owner = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) }, await context.newPage());
  await owner.expectStatus('in-meeting');
  const member = await openMeeting({ room, provider: provider.path }, page);
  await member.expectStatus('in-meeting');
  await owner.meeting().expectParticipant('Bob Member');

  await owner.meeting().kick('Bob Member');

  await member.expectStatus('kicked');
  await expect(member.screenTitle).toHaveText('You were removed from the meeting by Ann Owner');
  await expect(member.screenTitle).toBeFocused();
  await expect(page.locator('iframe')).toHaveCount(0);
  const [screenBox, componentBox] = await Promise.all([member.screen.boundingBox(), member.component.boundingBox()]);
  expect(screenBox).toEqual(componentBox);
  await saveFinalScreen(page, testInfo, 'kicked-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(member.button('Sign in again')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await saveFinalScreen(page, testInfo, 'kicked-390');

  await member.button('Sign in again').click();
  await member.expectStatus('in-meeting');
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'kicked']);
  await expect(member.tokenCard.locator('.meetgate-card-name')).toHaveText('Bea Member');
  await owner.meeting().expectParticipant('Bea Member');
  expect(
    simulator.control
      .participants(room)
      .map((p) => p.displayName)
      .sort(),
  ).toEqual(['Ann Owner', 'Bea Member']);
});

test('refused by the server (wrong secret): said in plain words, no iframe, no retry loop; a 401 from token-url asks to sign in', async ({
  page,
  context,
  openMeeting,
  tokenEndpoint,
  hostPage,
  simulator,
}, testInfo) => {
  const room = 'element-rejected';
  // The site keeps answering the same token: asked once more after the refusal, then left alone.
  const refused = await mintToken({ name: 'Eve', role: 'owner', room, secret: 'not-the-app-secret-at-all-0123456789' });
  const provider = tokenEndpoint(async () => refused);
  const meeting = await openMeeting({ room, provider: provider.path });
  await meeting.expectStatus('rejected');
  await expect(meeting.screenTitle).toHaveText('The meeting server did not let you in');
  await expect(meeting.screen.locator('[data-meetgate-reason="bad-signature"]')).toContainText('signed with a key or secret the server does not use');
  await expect(meeting.frames).toHaveCount(0);
  await page.waitForTimeout(1000);
  expect(await meeting.iframesEverInserted()).toBe(1);
  expect(await meeting.statuses()).toEqual(['checking', 'joining', 'rejected']);
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'rejected']);
  expect(simulator.control.participants(room)).toEqual([]);
  await saveFinalScreen(page, testInfo, 'rejected-1280');

  const signedOut = tokenEndpoint(async () => null);
  const signIn = await openMeeting({ room, provider: signedOut.path, loginUrl: `${hostPage.site.origin}/login` }, await context.newPage());
  await signIn.expectStatus('needs-token');
  await expect(signIn.screenTitle).toHaveText('Sign in to join');
  await expect(signIn.button('Sign in')).toBeVisible();
  expect(await signIn.statuses()).toEqual(['checking', 'needs-token']);
});

test('a short-lived token is renewed from token-url ahead of exp; after a dropped connection the element rejoins with it', async ({
  page,
  openMeeting,
  tokenEndpoint,
  simulator,
}, testInfo) => {
  const lifetime = 16;
  const room = 'element-refresh';
  const provider = tokenEndpoint(async ({ room: asked, reason }) =>
    mintToken({ name: 'Ann Owner', role: 'owner', room: asked, expiresIn: reason === 'initial' ? lifetime : 3600 }),
  );
  const started = Date.now();
  const meeting = await openMeeting({ room, provider: provider.path });
  await meeting.expectStatus('in-meeting');
  const [first] = simulator.control.participants(room);
  if (!first) throw new Error('the owner is not in the simulated room');

  // The default lead (5 min) is capped at half the token's life: fetched after about 8 s.
  await expect(meeting.component).toHaveAttribute('data-meetgate-expiring', 'ready', { timeout: lifetime * 1000 });
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'expiring']);
  await expect(meeting.tokenCard.locator('[data-meetgate-renewed]')).toContainText('Renewed — valid until');
  await expect.poll(() => Date.now(), { timeout: lifetime * 1000 }).toBeGreaterThan(started + (lifetime + 1) * 1000);
  await meeting.expectStatus('in-meeting');

  expect(simulator.control.dropConnection(first.id)).toBe(true);
  await expect.poll(() => simulator.control.participants(room).map((p) => p.id), { timeout: 15_000 }).not.toContain(first.id);
  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  expect(simulator.control.participants(room)).toMatchObject([{ displayName: 'Ann Owner', connected: true }]);
  expect((await meeting.statuses()).slice(2)).toEqual(['in-meeting', 'joining', 'in-meeting']);
  expect(provider.calls.map((c) => c.reason)).toEqual(['initial', 'expiring']);
  expect(await meeting.iframesEverInserted()).toBe(2);
  await saveFinalScreen(page, testInfo);
});

test('removing the room attribute leaves and disposes the meeting; removing the element leaves no iframe', async ({
  page,
  openMeeting,
  tokenEndpoint,
  minting,
  simulator,
}, testInfo) => {
  const room = 'element-room-removed';
  const meeting = await openMeeting({ room, provider: tokenEndpoint(minting({ name: 'Ann Owner', role: 'owner' })).path });
  await meeting.expectStatus('in-meeting');
  await page.locator('meetgate-meeting').evaluate((element) => element.removeAttribute('room'));
  await meeting.expectStatus('ended');
  await expect(meeting.screen).toContainText('This page no longer names a room, so you left the meeting.');
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect.poll(() => simulator.control.participants(room)).toEqual([]);
  await saveFinalScreen(page, testInfo, 'room-removed-1280');

  await page.locator('meetgate-meeting').evaluate((element, name) => element.setAttribute('room', name), room);
  await meeting.expectStatus('in-meeting');
  await page.locator('meetgate-meeting').evaluate((element) => element.remove());
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect.poll(() => simulator.control.participants(room)).toEqual([]);
});

test('on a React 19 page that renders the element and re-renders four times a second: one meeting, kept; a room change from React switches it', async ({
  page,
  hostPage,
  tokenEndpoint,
  minting,
  simulator,
}, testInfo) => {
  const open = await installReactPortal(hostPage.site);
  const provider = tokenEndpoint(minting({ name: 'Ann Owner', role: 'owner' }));
  const meeting = new SecureMeetingPage(page, MEET_DOMAIN);
  await page.goto(open({ domain: MEET_DOMAIN, room: 'react-portal-a', next: 'react-portal-b', provider: provider.path }));

  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectParticipant('Ann Owner');
  const ticks = page.locator('[data-ticks]');
  const before = Number(await ticks.getAttribute('data-ticks'));
  // React keeps re-rendering its tree around the element; the element keeps its meeting.
  await expect.poll(async () => Number(await ticks.getAttribute('data-ticks'))).toBeGreaterThan(before + 8);
  await meeting.expectStatus('in-meeting');
  await expect(meeting.frames).toHaveCount(1);
  expect(await meeting.iframesEverInserted()).toBe(1);
  expect(simulator.control.participants('react-portal-a').map((p) => p.displayName)).toEqual(['Ann Owner']);

  await page.getByRole('button', { name: 'Switch room' }).click();
  await expect.poll(() => simulator.control.participants('react-portal-b').map((p) => p.displayName)).toEqual(['Ann Owner']);
  await expect.poll(() => simulator.control.participants('react-portal-a')).toEqual([]);
  await meeting.expectStatus('in-meeting');
  await expect(meeting.frames).toHaveCount(1);
  expect(provider.calls.map((c) => c.room)).toEqual(['react-portal-a', 'react-portal-b']);
  await saveFinalScreen(page, testInfo, 'react-portal-1280');
});
