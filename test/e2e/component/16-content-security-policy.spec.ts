/**
 * `<SecureMeeting>` on a host page with a strict Content-Security-Policy: the flows of
 * strict-policy-flows.ts (styles refused, with and without the `nonce` prop); and policies that
 * refuse what MeetGate cannot do without — Jitsi's script (the screen said "no answer, the server
 * may be down"), the meeting's frame (the joining bar said "did not load, check your connection"),
 * a Trusted Types policy (the meeting hung in "joining") — now named on the screen, with what the
 * site's admin must allow.
 */
import { randomBytes } from 'node:crypto';
import { recordRefusals, refusals, strictPolicy } from '../pages/index.js';
import { type ComponentFixtures, expect, MEET_DOMAIN, mintToken, saveFinalScreen, test } from './component-fixtures.js';
import { strictPolicyFlows } from './strict-policy-flows.js';

strictPolicyFlows(test, 'component');

/**
 * Opens an owner's meeting in `room` on the host page sent with `policy`, with the page's nonce
 * (so that MeetGate's own `<style>` is not among the refusals).
 */
async function openUnder(
  { installPolicyHost, openMeeting }: Pick<ComponentFixtures, 'installPolicyHost' | 'openMeeting'>,
  room: string,
  policy: (config: { domain: string; nonce?: string }) => string,
) {
  const host = await installPolicyHost({ path: `/meeting/${room}.html`, policy });
  const token = await mintToken({ name: 'Ann Owner', role: 'owner', room });
  return openMeeting({ room, token, nonce: randomBytes(16).toString('base64url'), host });
}

test("a policy that does not allow the deployment's script: the screen names the policy, not the server", async ({
  page,
  installPolicyHost,
  openMeeting,
}, testInfo) => {
  await recordRefusals(page);
  const meeting = await openUnder({ installPolicyHost, openMeeting }, 'refused-script', (config) =>
    strictPolicy(config.domain, config.nonce, { forgets: 'all' }),
  );

  await meeting.expectStatus('meeting-unavailable');
  const reason = meeting.screen.locator('[data-meetgate-failure]');
  await expect(reason).toHaveAttribute('data-meetgate-failure', 'blocked');
  await expect(reason).toContainText(`this page’s Content-Security-Policy (script-src-elem) does not allow scripts from https://${MEET_DOMAIN}`);
  await expect(meeting.screen).toContainText(`allow https://${MEET_DOMAIN} in this page’s Content-Security-Policy (script-src, frame-src, connect-src)`);
  expect(await refusals(page)).toContain('script-src-elem');
  await saveFinalScreen(page, testInfo, 'refused-script-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await saveFinalScreen(page, testInfo, 'refused-script-390');
});

test("a policy that allows the script but not the meeting's frame: the screen names frame-src", async ({ page, installPolicyHost, openMeeting }) => {
  await recordRefusals(page);
  const meeting = await openUnder({ installPolicyHost, openMeeting }, 'refused-frame', (config) =>
    strictPolicy(config.domain, config.nonce, { forgets: 'frame' }),
  );

  // Said at once, not after the joining bar's "did not load, check your connection".
  await meeting.expectStatus('meeting-unavailable', 5000);
  const reason = meeting.screen.locator('[data-meetgate-failure]');
  await expect(reason).toHaveAttribute('data-meetgate-failure', 'blocked');
  await expect(reason).toContainText(`Content-Security-Policy (frame-src) does not allow the meeting from https://${MEET_DOMAIN} in a frame`);
  await expect(meeting.frames).toHaveCount(0);
  expect(await refusals(page)).toEqual(['frame-src']);
});

test("a page that enforces Trusted Types: Jitsi's script loads through MeetGate's policy, and the meeting opens", async ({
  page,
  installPolicyHost,
  openMeeting,
}) => {
  await recordRefusals(page);
  const meeting = await openUnder(
    { installPolicyHost, openMeeting },
    'trusted-types',
    (config) => `${strictPolicy(config.domain, config.nonce)}; require-trusted-types-for 'script'`,
  );

  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  expect(await refusals(page)).toEqual([]);
});

test('a trusted-types directive without "meetgate": said at once, with the name to add (it hung in "joining")', async ({ installPolicyHost, openMeeting }) => {
  const meeting = await openUnder(
    { installPolicyHost, openMeeting },
    'trusted-types-other',
    (config) => `${strictPolicy(config.domain, config.nonce)}; require-trusted-types-for 'script'; trusted-types portal-policy`,
  );

  await meeting.expectStatus('meeting-unavailable', 5000);
  await expect(meeting.screen.locator('[data-meetgate-failure]')).toContainText('Content-Security-Policy (trusted-types) does not allow scripts from');
  await expect(meeting.screen).toContainText('add meetgate to the trusted-types directive');
});

test('a report-only policy that leaves out the meeting\'s frame refuses nothing: the meeting opens (it was torn down as "blocked")', async ({
  page,
  installPolicyHost,
  openMeeting,
}) => {
  await recordRefusals(page);
  const room = 'report-only-frame';
  // Admins often send a new policy as report-only first, to see what it would break.
  const host = await installPolicyHost({
    path: `/meeting/${room}.html`,
    policy: (config) => strictPolicy(config.domain, config.nonce, { forgets: 'frame' }),
    reportOnly: true,
  });
  const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }), host });

  await meeting.expectStatus('in-meeting');
  await meeting.meeting().expectState('joined');
  // The browser did report the frame (and MeetGate's <style>) as it would have refused them.
  expect(await refusals(page)).toContain('frame-src');
});
