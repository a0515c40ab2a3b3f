/**
 * The flows of a page whose Content-Security-Policy refuses inline styles (`style-src 'self'`), as
 * many intranet portals send, shared by `<SecureMeeting>` (16-content-security-policy.spec.ts) and
 * `<meetgate-meeting>` (web-component/content-security-policy.spec.ts): MeetGate's `<style>` is
 * refused there, and without a fallback every screen was unstyled, the "visually hidden"
 * announcements showed and the meeting iframe was 300×150. Without a nonce MeetGate adopts its
 * stylesheet as a constructed one (one refusal, its own); with the page's nonce nothing is
 * refused; on a page without such a policy nothing is adopted.
 */
import { randomBytes } from 'node:crypto';
import type { HostPage } from '../host/index.js';
import { adoptedSheets, expectEndedStyled, expectLaidOut, recordRefusals, refusals, strictPolicy } from '../pages/index.js';
import { expect, mintToken, saveFinalScreen, type test as componentTest } from './component-fixtures.js';

/** Defines the flows on `test` (the component's or the element's); `name` prefixes rooms and screenshots. */
export function strictPolicyFlows(test: typeof componentTest, name: string): void {
  const strict = test.extend<{ strictHostPage: HostPage }>({
    strictHostPage: async ({ installPolicyHost }, use) =>
      use(await installPolicyHost({ path: `/${name}-strict.html`, policy: (config) => strictPolicy(config.domain, config.nonce) })),
  });

  strict(
    'without a nonce: the stylesheet is adopted; the meeting fills the component, later screens are styled',
    async ({ page, openMeeting, strictHostPage }, testInfo) => {
      await recordRefusals(page);
      const room = `${name}-strict-policy`;
      const meeting = await openMeeting({
        room,
        token: await mintToken({ name: 'Ann Owner', role: 'owner', room }),
        tokenCard: 'overlay',
        host: strictHostPage,
      });

      await meeting.expectStatus('in-meeting');
      await meeting.meeting().expectState('joined');
      await expectLaidOut(meeting);
      await expect(meeting.tokenCard).toHaveCSS('position', 'absolute');
      expect(await adoptedSheets(page)).toBe(1);
      // One refusal, MeetGate's <style>; the script, the frame and the requests were allowed.
      expect(await refusals(page)).toEqual(['style-src-elem']);
      await saveFinalScreen(page, testInfo, `${name}-strict-policy-in-meeting-1280`);
      await expectEndedStyled(page, meeting, testInfo, `${name}-strict-policy-ended-390`);
      expect(await adoptedSheets(page)).toBe(1);
    },
  );

  strict("with the page's nonce: MeetGate's <style> carries it and the policy refuses nothing", async ({ page, openMeeting, strictHostPage }) => {
    await recordRefusals(page);
    const room = `${name}-strict-policy-nonce`;
    const nonce = randomBytes(16).toString('base64url');
    const meeting = await openMeeting({
      room,
      token: await mintToken({ name: 'Ann Owner', role: 'owner', room }),
      tokenCard: 'overlay',
      nonce,
      host: strictHostPage,
    });

    await meeting.expectStatus('in-meeting');
    await expectLaidOut(meeting);
    expect(await refusals(page)).toEqual([]);
    expect(await adoptedSheets(page)).toBe(0);
  });

  test('on a page without such a policy, the stylesheet stays a <style> and nothing is adopted', async ({ page, openMeeting }) => {
    const room = `${name}-open-policy`;
    const meeting = await openMeeting({ room, token: await mintToken({ name: 'Ann Owner', role: 'owner', room }) });
    await meeting.expectStatus('in-meeting');
    expect(await adoptedSheets(page)).toBe(0);
    expect(await page.locator('style[data-href="meetgate-styles"], style[href="meetgate-styles"]').count()).toBeGreaterThan(0);
  });
}
