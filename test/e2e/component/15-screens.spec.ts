/**
 * Issue 15's proof for the component: every screen of <SecureMeeting> saved at 1280×800 and at
 * 390×844, one page per viewport, states driven by the simulator's control API. Fails when the
 * token card's box intersects the meeting frame's box in the default layout, or when any screen
 * scrolls horizontally at 360 px.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, mintToken, saveFinalScreen, test } from './component-fixtures.js';
import type { SecureMeetingPage } from '../pages/index.js';

test.use({ simulatorOptions: { reloadOverlaySeconds: [20, 25] } });
test.afterEach(({ simulator }) => {
  simulator.faults.clear();
  simulator.control.setRelease('2026');
});

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The screens that stay undisplayed for their first 0.4 s (styles.tsx: no flash of "Checking…" on a fast path). */
const QUIET_SCREENS = new Set(['checking', 'joining']);

/** The screen and the live announcement run the quiet animation, and the screen is shown once it is over. */
async function expectQuietThenShown(page: Page, screen: string): Promise<void> {
  const shown = page.locator(`[data-meetgate-screen="${screen}"]`).first();
  await expect(shown).toHaveCSS('animation-name', 'meetgate-quiet');
  await expect(shown).toHaveCSS('animation-duration', '0.4s');
  await expect(page.locator('[data-meetgate-live]').first()).toHaveCSS('animation-name', 'meetgate-quiet');
  await expect(shown).toBeVisible();
  await expect(page.locator('[data-meetgate-live]').first()).toHaveText(/\S/);
}

/** Saves the screen at the viewport, then checks it has no sideways scroll at 360 px. */
async function keep(page: Page, testInfo: TestInfo, viewport: (typeof VIEWPORTS)[number], screen: string, label = screen): Promise<void> {
  // README: every state, in-meeting included, names its screen.
  await expect(page.locator(`[data-meetgate-screen="${screen}"]`).first(), `data-meetgate-screen="${screen}"`).toBeAttached();
  if (QUIET_SCREENS.has(screen)) await expectQuietThenShown(page, screen);
  await saveFinalScreen(page, testInfo, `screen-${label}-${viewport.name}`);
  await page.setViewportSize({ width: 360, height: viewport.height });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll on the ${screen} screen at 360 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
}

/** Fails when the token card's box intersects the meeting iframe's box. */
async function expectCardBesideMeeting(meeting: SecureMeetingPage, where: string): Promise<void> {
  const card = await meeting.tokenCard.boundingBox();
  const frame = await meeting.frames.first().boundingBox();
  expect(card, 'token card box').not.toBeNull();
  expect(frame, 'meeting frame box').not.toBeNull();
  if (!card || !frame) return;
  const overlaps = card.x < frame.x + frame.width && frame.x < card.x + card.width && card.y < frame.y + frame.height && frame.y < card.y + card.height;
  expect(overlaps, `token card ${JSON.stringify(card)} covers the meeting ${JSON.stringify(frame)} (${where})`).toBe(false);
}

for (const viewport of VIEWPORTS) {
  test(`every screen at ${viewport.width}×${viewport.height}`, async ({
    page,
    context,
    simulator,
    hostPage,
    tokenEndpoint,
    otherSite,
    openMeeting,
  }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const shot = (screen: string, label?: string) => keep(page, testInfo, viewport, screen, label);
    const tag = viewport.name;
    {
      // checking, then needs-token: an endpoint that takes its time and then has no token.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const provider = tokenEndpoint(async () => {
        await held;
        return null;
      });
      let meeting = await openMeeting({ room: `screens-sign-in-${tag}`, provider: provider.path, loginUrl: `${hostPage.site.origin}/login` }, page);
      await meeting.expectStatus('checking');
      await shot('checking');
      release();
      await meeting.expectStatus('needs-token');
      await shot('needs-token');

      // invalid-token, with its report.
      meeting = await openMeeting(
        { room: `screens-invalid-${tag}`, token: await mintToken({ name: 'Old Pass', role: 'member', room: `screens-invalid-${tag}`, expiresIn: -60 }) },
        page,
      );
      await meeting.expectStatus('invalid-token');
      await shot('invalid-token');

      // rejected: signed with a secret the simulator does not know.
      meeting = await openMeeting(
        {
          room: `screens-rejected-${tag}`,
          token: await mintToken({ name: 'Eve', role: 'owner', room: `screens-rejected-${tag}`, secret: 'a-secret-the-simulator-does-not-know' }),
        },
        page,
      );
      await meeting.expectStatus('rejected');
      await shot('rejected');

      // rejected, no answer: a 2021 build forwarding no logs refuses the same token in silence; the join timeout ends it.
      simulator.control.setRelease('2021', { logCollector: false });
      meeting = await openMeeting(
        {
          room: `screens-silent-${tag}`,
          joinTimeoutSeconds: 2,
          token: await mintToken({ name: 'Eve', role: 'owner', room: `screens-silent-${tag}`, secret: 'a-secret-the-simulator-does-not-know' }),
        },
        page,
      );
      await meeting.expectStatus('rejected', 15_000);
      await expect(meeting.screen.locator('[data-meetgate-reason="no-answer"]')).toBeVisible();
      await shot('rejected', 'rejected-no-answer');
      simulator.control.setRelease('2026');

      // joining (meeting page held back), in-meeting with the card, reconnecting, ended, logged-out.
      const room = `screens-meeting-${tag}`;
      let hold: () => void = () => {};
      const meetingHeld = new Promise<void>((resolve) => (hold = resolve));
      await page.route(`https://meet.meetgate.test/${room}?**`, async (route) => {
        await meetingHeld;
        await route.continue();
      });
      meeting = await openMeeting(
        {
          room,
          token: await mintToken({ name: 'Ann Owner', role: 'owner', room }),
          frameWatchdogSeconds: 60,
          reconnectRetryFirstSeconds: 30,
          reconnectRetryMaxSeconds: 60,
        },
        page,
      );
      await expect(meeting.joiningBar).toBeVisible();
      await shot('joining');
      hold();
      await meeting.expectStatus('in-meeting');
      await expect(meeting.tokenCard).toBeVisible();
      await expectCardBesideMeeting(meeting, `${viewport.width}×${viewport.height}`);
      await shot('in-meeting');
      await page.setViewportSize({ width: 360, height: 740 });
      await expectCardBesideMeeting(meeting, '360 px');
      await page.setViewportSize({ width: viewport.width, height: viewport.height });

      expect(simulator.faults.dropAll()).toBe(1);
      await meeting.expectStatus('reconnecting', 10_000);
      await shot('reconnecting');
      await meeting.button('Rejoin now').click();
      await meeting.expectStatus('in-meeting', 15_000);
      await meeting.meeting().hangUp();
      await meeting.expectStatus('ended');
      await shot('ended');
      await meeting.button('Leave and sign out').click();
      await meeting.expectStatus('logged-out');
      await shot('logged-out');

      // waiting-for-host, then kicked with its countdown (the owner joins in a second tab).
      const waitRoom = `screens-waiting-${tag}`;
      meeting = await openMeeting(
        {
          room: waitRoom,
          token: await mintToken({ name: 'Bob Member', role: 'member', room: waitRoom }),
          waitingRetryFirstSeconds: 1,
          waitingRetryMaxSeconds: 2,
          afterKickUrl: `${otherSite.origin}/goodbye`,
          allowedRedirectOrigins: [otherSite.origin],
          autoRedirectAfterKickSeconds: 60,
        },
        page,
      );
      await meeting.expectStatus('waiting-for-host');
      await shot('waiting-for-host');
      const ownerPage = await context.newPage();
      const owner = await openMeeting({ room: waitRoom, token: await mintToken({ name: 'Ann Owner', role: 'owner', room: waitRoom }) }, ownerPage);
      await owner.expectStatus('in-meeting');
      await meeting.expectStatus('in-meeting', 15_000);
      const bob = simulator.control.participants(waitRoom).find((p) => p.displayName === 'Bob Member');
      const ann = simulator.control.participants(waitRoom).find((p) => p.displayName === 'Ann Owner');
      expect(simulator.control.kick(bob?.id ?? '', { by: ann?.id ?? '' })).toBe(true);
      await meeting.expectStatus('kicked');
      await expect(meeting.screen.locator('[data-meetgate-countdown]')).toBeVisible();
      await shot('kicked');
      // A way to go now, named by the destination's site name (not its raw address).
      const site = new URL(otherSite.origin).hostname;
      await expect(meeting.screen.locator('[data-meetgate-countdown]')).toContainText(`Taking you to ${site} in`);
      await expect(meeting.screen.locator('[data-meetgate-countdown]')).not.toContainText('http');
      await meeting.button(`Go to ${site} now`).click();
      await page.waitForURL(`${otherSite.origin}/goodbye`);
      await ownerPage.close();

      // meeting-unavailable: the deployment's external_api.js answers 404.
      simulator.faults.externalApi({ kind: 'status', status: 404 });
      meeting = await openMeeting(
        { room: `screens-unavailable-${tag}`, token: await mintToken({ name: 'Ann Owner', role: 'owner', room: `screens-unavailable-${tag}` }) },
        page,
      );
      await meeting.expectStatus('meeting-unavailable');
      await shot('meeting-unavailable');
    }
  });
}
