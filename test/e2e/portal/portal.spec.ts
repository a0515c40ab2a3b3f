/**
 * The demo portal as a newcomer meets it after `npm start`, in real Chromium: two people sign in
 * with the passwords shown on the sign-in page, meet, the owner removes the member and signs out;
 * and a browser that has never seen the simulator is walked through trusting it once.
 */
import { expect, test } from './portal-fixtures.js';
import { PortalRooms, PortalSignIn, seriousViolations } from './pages/index.js';
import { saveFinalScreen } from '../fixtures.js';

test.describe('demo portal', () => {
  test('member and owner sign in and meet; the owner kicks the member, who sees by whom and rejoins; the owner signs out', async ({
    browser,
    demo,
  }, testInfo) => {
    const origin = demo.portal.origin;
    // Two contexts are two separate browsers as far as cookies go: a normal and a private window.
    const memberContext = await browser.newContext();
    const ownerContext = await browser.newContext();
    try {
      const memberSignIn = await new PortalSignIn(await memberContext.newPage()).openPortal(origin);
      await memberSignIn.signInAs('max');
      await expect(memberSignIn.page).toHaveURL(`${origin}/rooms`);
      const member = await new PortalRooms(memberSignIn.page).join('Team stand-up');
      await member.expectStatus('waiting-for-host');
      await member.page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

      const ownerSignIn = await new PortalSignIn(await ownerContext.newPage()).openPortal(origin);
      await ownerSignIn.signInAs('olivia');
      const owner = await new PortalRooms(ownerSignIn.page).join('Team stand-up');
      await owner.expectStatus('in-meeting');
      await expect(owner.tokenCard).toContainText('Olivia Owner');
      await expect(owner.tokenCard).toContainText('team-standup');

      // The member is let in by the component's own retry, without a reload.
      await expect(member.component).toHaveAttribute('data-meetgate-state', 'in-meeting', { timeout: 40_000 });
      expect(await member.page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
      await expect(member.tokenCard).toContainText('Max Member');

      await owner.meeting().expectParticipant('Max Member');
      await owner.meeting().kick('Max Member');
      await member.expectStatus('kicked');
      await expect(member.screenTitle).toHaveText('You were removed from the meeting by Olivia Owner');
      await expect(member.frames).toHaveCount(0);
      await expect(member.component.getByRole('button', { name: 'Sign in again' })).toBeVisible();
      await member.page.screenshot({ path: testInfo.outputPath('member-kicked.png') });
      await expect(owner.meeting().participants).toHaveCount(1);

      // Still signed in to the portal, "Sign in again" gets a new token and rejoins, on the same page.
      await member.component.getByRole('button', { name: 'Sign in again' }).click();
      await member.expectStatus('in-meeting');
      await owner.meeting().expectParticipant('Max Member');
      expect(await member.page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

      const signIn = await (await owner.leaveAndSignOut()).confirm();
      await expect(signIn.page).toHaveURL(`${origin}/login?signedOut=1`);
      await expect(signIn.signedOutNotice).toHaveText('You are signed out.');
      await expect(signIn.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await signIn.page.screenshot({ path: testInfo.outputPath('portal-final.png'), fullPage: true });

      // Signed out for real: the browser gets no more tokens, and rooms ask for a sign-in again.
      expect((await ownerContext.request.get(`${origin}/api/meeting-token?room=team-standup`)).status()).toBe(401);
      await signIn.page.goto(`${origin}/rooms/team-standup`);
      await expect(signIn.page).toHaveURL(`${origin}/login?returnTo=%2Frooms%2Fteam-standup`);
      await expect(signIn.page.getByRole('heading', { name: 'Sign in to join “Team stand-up”' })).toBeVisible();
    } finally {
      await memberContext.close();
      await ownerContext.close();
    }
  });

  test('short tokens: when the simulator drops a connection whose token has run out, the room fetches a new one from the portal and rejoins; signed out meanwhile, it goes through the sign-in page and back', async ({
    browser,
    demo,
  }, testInfo) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const tokenRequests: number[] = [];
      const expiries: number[] = [];
      page.on('response', async (response) => {
        if (new URL(response.url()).pathname !== '/api/meeting-token') return;
        tokenRequests.push(response.status());
        if (response.ok()) expiries.push(Date.parse(((await response.json()) as { expiresAt: string }).expiresAt));
      });
      await (await new PortalSignIn(page).openPortal(demo.portal.origin)).signInAs('olivia');
      const room = await new PortalRooms(page).join('Short tokens (2 minutes)');
      await room.expectStatus('in-meeting');
      await expect(room.tokenCard).toContainText(/Time left\s*1 min \d+ s/);
      expect(tokenRequests).toEqual([200]);

      // The demo's own control: a person drops their connection and watches the silent rejoin, same token.
      await room.meeting().dropConnection();
      await expect(room.meeting().status).toHaveText('Reconnected; still in the meeting.');
      await room.expectStatus('in-meeting');
      expect(tokenRequests).toEqual([200]);

      const simulator = demo.simulator;
      if (!simulator) throw new Error('The portal specs need the embedded simulator.');
      const [olivia] = simulator.control.participants('token-expiry');
      expect(olivia?.displayName).toBe('Olivia Owner');
      // Token times are whole seconds: a token minted in the same second as the first would be the
      // very same token, which the component rightly does not retry. Real expiry never is that quick.
      await expect.poll(() => expiries.length).toBe(1);
      const issuedAt = (expiries[0] ?? 0) - 120_000;
      await page.waitForTimeout(Math.max(0, issuedAt + 1100 - Date.now()));
      // As Prosody: the meeting goes on with an expired token, but a reconnect is refused.
      expect(simulator.control.expireToken(olivia?.id ?? '')).toBe(true);
      expect(simulator.control.dropConnection(olivia?.id ?? '')).toBe(true);

      await expect.poll(() => tokenRequests.length, { timeout: 20_000 }).toBe(2);
      expect(tokenRequests).toEqual([200, 200]);
      await room.expectStatus('in-meeting');
      await expect.poll(() => simulator.control.participants('token-expiry').map((p) => p.displayName)).toEqual(['Olivia Owner']);
      await room.page.screenshot({ path: testInfo.outputPath('short-token-rejoined.png') });

      // Signed out meanwhile (another tab): the next refusal leads to the portal's sign-in page and back.
      await context.clearCookies();
      const again = simulator.control.participants('token-expiry').find((p) => p.displayName === 'Olivia Owner' && p.id !== olivia?.id);
      simulator.control.expireToken(again?.id ?? '');
      simulator.control.dropConnection(again?.id ?? '');
      // The provider now answers "not signed in": the refusal is explained, with the way to sign in.
      await room.expectStatus('rejected');
      await expect(room.component).toContainText('Your sign-in has expired.');
      await room.component.getByRole('button', { name: 'Sign in again' }).click();
      await expect(page).toHaveURL(`${demo.portal.origin}/login?returnTo=${encodeURIComponent(`${demo.portal.origin}/rooms/token-expiry`)}`);
      await expect(page.getByRole('heading', { name: 'Sign in to join “Short tokens (2 minutes)”' })).toBeVisible();
      await new PortalSignIn(page).signInAs('olivia');
      await expect(page).toHaveURL(`${demo.portal.origin}/rooms/token-expiry`);
      await room.expectStatus('in-meeting');
    } finally {
      await context.close();
    }
  });

  test('a browser that does not trust the simulator yet is shown how, once; then the meeting starts by itself', async ({ newcomerBrowser, demo }, testInfo) => {
    const context = await newcomerBrowser.newContext();
    try {
      const signIn = await new PortalSignIn(await context.newPage()).openPortal(demo.portal.origin);
      await signIn.signInAs('gwen');
      const room = await new PortalRooms(signIn.page).join('Team stand-up');
      await expect(room.trustScreen).toBeVisible();
      await expect(room.frames).toHaveCount(0);
      const link = room.trustScreen.getByRole('link', { name: 'Open the simulator in a new tab' });
      await expect(link).toHaveAttribute('href', demo.meeting.simulatorUrl ?? '');

      const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await expect(tab.getByText('Your connection is not private')).toBeVisible();
      // Chromium's own warning page: "Advanced", then "Proceed to localhost (unsafe)".
      await tab.locator('#details-button').click();
      await tab.locator('#proceed-link').click();
      await expect(tab.getByRole('heading', { name: /Jitsi simulator/ })).toBeVisible();
      // It says what to do next, and shows addresses as the browser reaches them (with the port).
      await expect(tab.getByRole('status')).toContainText('go back to its tab');
      await expect(tab.locator('main')).toContainText(`https://${new URL(demo.meeting.simulatorUrl ?? '').host}/<room>?jwt=`);
      await tab.close();

      // Back on the room page, the next probe succeeds and the meeting starts (no host yet: Gwen waits).
      await room.expectStatus('waiting-for-host');
      await expect(room.trustScreen).toHaveCount(0);
      await room.page.screenshot({ path: testInfo.outputPath('newcomer-after-trust.png') });
    } finally {
      await context.close();
    }
  });

  test("the portal's own pages have no serious or critical accessibility problem (axe-core)", async ({ newcomerBrowser, demo }, testInfo) => {
    const context = await newcomerBrowser.newContext();
    try {
      const page = await context.newPage();
      const signIn = await new PortalSignIn(page).openPortal(demo.portal.origin);
      expect(await seriousViolations(page), 'sign-in page').toEqual([]);
      await signIn.signInAs('max');
      expect(await seriousViolations(page), 'room list').toEqual([]);
      const room = await new PortalRooms(page).join('Board room');
      await expect(room.trustScreen).toBeVisible();
      expect(await seriousViolations(page), 'certificate step').toEqual([]);
      await page.goto(`${demo.portal.origin}/logout`);
      expect(await seriousViolations(page), 'sign-out question').toEqual([]);
      await saveFinalScreen(page, testInfo);
    } finally {
      await context.close();
    }
  });
});

test.describe('demo portal layout', () => {
  /** Boxes overlap when they share any area. */
  const intersects = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  test('every page saved at 1280×800 and 390×844; the token card never covers the meeting; nothing scrolls sideways from 360 px', async ({
    browser,
    demo,
  }, testInfo) => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
      [360, 740],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height } });
      try {
        const page = await context.newPage();
        const sideways = async (what: string) =>
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${what} at ${width} px`).toBeLessThanOrEqual(0);
        const save = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}-${width}x${height}.png`), fullPage: true });
        const signIn = await new PortalSignIn(page).openPortal(demo.portal.origin);
        await sideways('sign-in page');
        await save('portal-sign-in');
        await signIn.signInAs('olivia');
        await expect(page.getByRole('heading', { name: 'Meeting rooms' })).toBeVisible();
        await sideways('room list');
        await save('portal-rooms');
        const room = await new PortalRooms(page).join('Team stand-up');
        await room.expectStatus('in-meeting');
        await room.meeting().expectState('joined');
        await sideways('room page');
        await save('portal-room-in-meeting');
        const card = await room.tokenCard.boundingBox();
        const frame = await page.locator('iframe[name^="jitsiConferenceFrame"]').boundingBox();
        if (!card || !frame) throw new Error('no token card or meeting frame on the page');
        expect(intersects(card, frame), `token card ${JSON.stringify(card)} over the meeting ${JSON.stringify(frame)} at ${width} px`).toBe(false);
        await room.meeting().hangUp();
        await expect(page.getByRole('heading', { name: 'Sign out of the portal?' })).toBeVisible();
        await sideways('sign-out question');
        await save('portal-sign-out');
      } finally {
        await context.close();
      }
    }
  });
});
