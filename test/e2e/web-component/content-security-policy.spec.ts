/**
 * `<meetgate-meeting>` on a portal page whose Content-Security-Policy refuses inline styles
 * (`style-src 'self'`): the element adopts its stylesheet as a constructed one, so the meeting fills
 * it and its screens are styled; with the page's nonce in its `nonce` attribute nothing is refused;
 * on a page without such a policy nothing is adopted. (The same for `<SecureMeeting>`:
 * test/e2e/component/16-content-security-policy.spec.ts.)
 */
import { randomBytes } from 'node:crypto';
import type { HostPage } from '../host/index.js';
import { adoptedSheets, recordRefusals, refusals, SecureMeetingPage, strictPolicy } from '../pages/index.js';
import { installElementHost } from './element-host/index.js';
import { expect, MEET_DOMAIN, mintToken, saveFinalScreen, test } from './element-fixtures.js';

/** The element's host page, sent with the strict policy (and the configuration's nonce, if any). */
const strict = test.extend<{ strictHostPage: HostPage }>({
  strictHostPage: async ({ hostSite }, use) =>
    use(await installElementHost(hostSite, { path: '/element/strict.html', policy: (config) => strictPolicy(config.domain, config.nonce) })),
});

strict(
  'without a nonce: the element adopts its stylesheet; the meeting fills it and its screens are styled',
  async ({ page, strictHostPage, tokenEndpoint }, testInfo) => {
    await recordRefusals(page);
    const room = 'element-strict-policy';
    const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
    const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(strictHostPage, {
      domain: MEET_DOMAIN,
      room,
      provider: tokenEndpoint(async () => token).path,
      tokenCard: 'overlay',
    });

    await meeting.expectStatus('in-meeting');
    await meeting.meeting().expectState('joined');
    const component = await meeting.component.boundingBox();
    expect(component?.height).toBeGreaterThan(400);
    expect(await meeting.frames.first().boundingBox()).toEqual(component);
    expect(await meeting.announcement.boundingBox()).toMatchObject({ width: 1, height: 1 });
    expect(await adoptedSheets(page)).toBe(1);
    expect(await refusals(page)).toEqual(['style-src-elem']);
    await saveFinalScreen(page, testInfo, 'element-strict-policy-in-meeting-1280');

    await meeting.meeting().hangUp();
    await meeting.expectStatus('ended');
    await expect(meeting.screen).toHaveCSS('position', 'absolute');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveFinalScreen(page, testInfo, 'element-strict-policy-ended-390');
  },
);

strict("with the page's nonce in its nonce attribute: nothing is refused, nothing adopted", async ({ page, strictHostPage, tokenEndpoint }) => {
  await recordRefusals(page);
  const room = 'element-strict-policy-nonce';
  const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
  const nonce = randomBytes(16).toString('base64url');
  const meeting = await new SecureMeetingPage(page, MEET_DOMAIN).open(strictHostPage, {
    domain: MEET_DOMAIN,
    room,
    provider: tokenEndpoint(async () => token).path,
    tokenCard: 'overlay',
    nonce,
  });

  await meeting.expectStatus('in-meeting');
  expect(await meeting.frames.first().boundingBox()).toEqual(await meeting.component.boundingBox());
  expect(await refusals(page)).toEqual([]);
  expect(await adoptedSheets(page)).toBe(0);
});

test('on a page without such a policy, nothing is adopted', async ({ page, openMeeting }) => {
  const room = 'element-open-policy';
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) });
  await meeting.expectStatus('in-meeting');
  expect(await adoptedSheets(page)).toBe(0);
});
