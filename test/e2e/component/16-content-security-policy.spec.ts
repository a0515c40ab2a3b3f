/**
 * A host page whose Content-Security-Policy refuses inline styles (`style-src 'self'`), as many
 * intranet portals send: MeetGate's `<style>` is refused there, and without a fallback every screen
 * was unstyled, the "visually hidden" announcements showed, and the meeting iframe was 300×150.
 * Without a nonce MeetGate adopts its stylesheet as a constructed one (one refusal in the console,
 * its own); with the page's nonce (`nonce` prop) nothing is refused at all; on a page without such
 * a policy nothing changes (no adopted sheet). And a policy that forgot the deployment: the screen
 * says the page's policy refused Jitsi's script (it said "no answer, the server may be down"), or
 * the meeting's frame (the joining bar said "did not load, check your connection").
 */
import { randomBytes } from 'node:crypto';
import { handOverToken, installHostPage, type HostPage } from '../host/index.js';
import { adoptedSheets, recordRefusals, refusals, SecureMeetingPage, strictPolicy } from '../pages/index.js';
import { expect, MEET_DOMAIN, mintToken, saveFinalScreen, test } from './component-fixtures.js';

/** The host page, sent with the strict policy (and the configuration's nonce, if any). */
const strictHost = test.extend<{ strictHostPage: HostPage }>({
  strictHostPage: async ({ hostSite, renderer }, use) =>
    use(await installHostPage(hostSite, renderer, { path: '/meeting/strict.html', policy: (config) => strictPolicy(config.domain, config.nonce) })),
});

strictHost(
  'without a nonce: MeetGate adopts its stylesheet; the meeting fills the component, the screens are styled',
  async ({ page, hostSite, strictHostPage }, testInfo) => {
    await recordRefusals(page);
    const room = 'strict-policy';
    const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
    const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(strictHostPage, {
      domain: MEET_DOMAIN,
      room,
      tokenRef: handOverToken(hostSite, token),
      tokenCard: 'overlay',
    });

    await meeting.expectStatus('in-meeting');
    await meeting.meeting().expectState('joined');
    // The frame covers the whole component (refused CSS left it at the iframe default, 300×150).
    const component = await meeting.component.boundingBox();
    const frame = await meeting.frames.first().boundingBox();
    expect(component?.height).toBeGreaterThan(400);
    expect(frame).toEqual(component);
    // The live region stays visually hidden; the card is a styled overlay.
    expect(await meeting.announcement.boundingBox()).toMatchObject({ width: 1, height: 1 });
    await expect(meeting.tokenCard).toHaveCSS('position', 'absolute');
    expect(await adoptedSheets(page)).toBe(1);
    // One refusal, MeetGate's <style>; the script, the frame and the requests were allowed.
    expect(await refusals(page)).toEqual(['style-src-elem']);
    await saveFinalScreen(page, testInfo, 'strict-policy-in-meeting-1280');

    // A later screen is styled too (the same adopted sheet): leaving shows "You left the meeting".
    await meeting.meeting().hangUp();
    await meeting.expectStatus('ended');
    await expect(meeting.screen).toHaveCSS('position', 'absolute');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveFinalScreen(page, testInfo, 'strict-policy-ended-390');
    expect(await adoptedSheets(page)).toBe(1);
  },
);

strictHost("with the page's nonce: MeetGate's <style> carries it and the policy refuses nothing", async ({ page, hostSite, strictHostPage }) => {
  await recordRefusals(page);
  const room = 'strict-policy-nonce';
  const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
  const nonce = randomBytes(16).toString('base64url');
  const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(strictHostPage, {
    domain: MEET_DOMAIN,
    room,
    tokenRef: handOverToken(hostSite, token),
    tokenCard: 'overlay',
    nonce,
  });

  await meeting.expectStatus('in-meeting');
  expect(await meeting.frames.first().boundingBox()).toEqual(await meeting.component.boundingBox());
  expect(await refusals(page)).toEqual([]);
  expect(await adoptedSheets(page)).toBe(0);
});

test('on a page without such a policy, the stylesheet stays a <style> and nothing is adopted', async ({ page, openMeeting }) => {
  const room = 'open-policy';
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) });
  await meeting.expectStatus('in-meeting');
  expect(await adoptedSheets(page)).toBe(0);
  expect(await page.locator('style[data-href="meetgate-styles"], style[href="meetgate-styles"]').count()).toBeGreaterThan(0);
});

/** Host pages under a policy that forgot the deployment everywhere (script, frame, requests), or in frame-src only. */
const refusingHost = test.extend<{ refusingHostPage: HostPage; frameRefusingHostPage: HostPage }>({
  refusingHostPage: async ({ hostSite, renderer }, use) =>
    use(
      await installHostPage(hostSite, renderer, {
        path: '/meeting/refusing.html',
        policy: (config) => strictPolicy(config.domain, config.nonce, { forgets: 'all' }),
      }),
    ),
  frameRefusingHostPage: async ({ hostSite, renderer }, use) =>
    use(
      await installHostPage(hostSite, renderer, {
        path: '/meeting/refusing-frames.html',
        policy: (config) => strictPolicy(config.domain, config.nonce, { forgets: 'frame' }),
      }),
    ),
});

refusingHost(
  "a policy that does not allow the deployment's script: the screen names the policy, not the server",
  async ({ page, hostSite, refusingHostPage }, testInfo) => {
    await recordRefusals(page);
    const room = 'refused-script';
    const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
    const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(refusingHostPage, {
      domain: MEET_DOMAIN,
      room,
      tokenRef: handOverToken(hostSite, token),
    });

    await meeting.expectStatus('meeting-unavailable');
    const reason = meeting.screen.locator('[data-meetgate-failure]');
    await expect(reason).toHaveAttribute('data-meetgate-failure', 'blocked');
    await expect(reason).toContainText(`this page’s Content-Security-Policy (script-src-elem) does not allow scripts from https://${MEET_DOMAIN}`);
    await expect(meeting.screen).toContainText(`allow https://${MEET_DOMAIN} in this page’s Content-Security-Policy (script-src, frame-src, connect-src)`);
    expect(await refusals(page)).toContain('script-src-elem');
    await saveFinalScreen(page, testInfo, 'refused-script-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveFinalScreen(page, testInfo, 'refused-script-390');
  },
);

refusingHost("a policy that allows the script but not the meeting's frame: the screen names frame-src", async ({ page, hostSite, frameRefusingHostPage }) => {
  await recordRefusals(page);
  const room = 'refused-frame';
  const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
  // With the nonce, the frame is the only thing refused.
  const nonce = randomBytes(16).toString('base64url');
  const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(frameRefusingHostPage, {
    domain: MEET_DOMAIN,
    room,
    tokenRef: handOverToken(hostSite, token),
    nonce,
  });

  // Said at once, not after the joining bar's "did not load, check your connection".
  await meeting.expectStatus('meeting-unavailable', 5000);
  const reason = meeting.screen.locator('[data-meetgate-failure]');
  await expect(reason).toHaveAttribute('data-meetgate-failure', 'blocked');
  await expect(reason).toContainText(`Content-Security-Policy (frame-src) does not allow the meeting from https://${MEET_DOMAIN} in a frame`);
  await expect(meeting.frames).toHaveCount(0);
  expect(await refusals(page)).toEqual(['frame-src']);
});

/** Host pages that enforce Trusted Types, allowing MeetGate's policy name or only another one. */
const trustedTypesHost = test.extend<{ enforcingHostPage: HostPage; otherPolicyHostPage: HostPage }>({
  enforcingHostPage: async ({ hostSite, renderer }, use) =>
    use(
      await installHostPage(hostSite, renderer, {
        path: '/meeting/trusted-types.html',
        policy: (config) => `${strictPolicy(config.domain, config.nonce)}; require-trusted-types-for 'script'`,
      }),
    ),
  otherPolicyHostPage: async ({ hostSite, renderer }, use) =>
    use(
      await installHostPage(hostSite, renderer, {
        path: '/meeting/trusted-types-other.html',
        policy: (config) => `${strictPolicy(config.domain, config.nonce)}; require-trusted-types-for 'script'; trusted-types portal-policy`,
      }),
    ),
});

trustedTypesHost(
  "a page that enforces Trusted Types: Jitsi's script loads through MeetGate's policy, and the meeting opens",
  async ({ page, hostSite, enforcingHostPage }) => {
    await recordRefusals(page);
    const room = 'trusted-types';
    const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
    const nonce = randomBytes(16).toString('base64url');
    const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(enforcingHostPage, {
      domain: MEET_DOMAIN,
      room,
      tokenRef: handOverToken(hostSite, token),
      nonce,
    });

    await meeting.expectStatus('in-meeting');
    await meeting.meeting().expectState('joined');
    expect(await refusals(page)).toEqual([]);
  },
);

trustedTypesHost(
  'a trusted-types directive without "meetgate": said at once, with the name to add (it hung in "joining")',
  async ({ page, hostSite, otherPolicyHostPage }) => {
    const room = 'trusted-types-other';
    const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
    const nonce = randomBytes(16).toString('base64url');
    const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(otherPolicyHostPage, {
      domain: MEET_DOMAIN,
      room,
      tokenRef: handOverToken(hostSite, token),
      nonce,
    });

    await meeting.expectStatus('meeting-unavailable', 5000);
    await expect(meeting.screen.locator('[data-meetgate-failure]')).toContainText('Content-Security-Policy (trusted-types) does not allow scripts from');
    await expect(meeting.screen).toContainText('add meetgate to the trusted-types directive');
  },
);
