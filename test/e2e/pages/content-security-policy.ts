/**
 * Host pages under a strict Content-Security-Policy, as an intranet portal often sends one: no
 * inline script or style anywhere, the deployment allowed for its script, its frame and its
 * requests. And a record of what the policy refused on the page.
 */
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { SecureMeetingPage } from './secure-meeting.js';

/**
 * The policy for a page that embeds the deployment at `domain`; `nonce` lets through the elements
 * that carry it; `forgets` leaves the deployment out everywhere (`all`, only 'self' then) or only
 * from `frame-src` (`frame`), as a portal's admin might.
 */
export function strictPolicy(domain: string, nonce?: string, { forgets }: { forgets?: 'all' | 'frame' } = {}): string {
  const deployment = forgets === 'all' ? '' : ` https://${domain}`;
  return [
    "default-src 'self'",
    `script-src 'self'${deployment}`,
    `frame-src 'self'${forgets === 'frame' ? '' : deployment}`,
    `connect-src 'self'${deployment}`,
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "img-src 'self' data:",
  ].join('; ');
}

/** Records, from the page's first script on, every `securitypolicyviolation` as "directive" (read with `refusals`). */
export async function recordRefusals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __refusals: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
  });
}

/** What the policy refused so far, by directive. */
export const refusals = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __refusals: string[] }).__refusals);

/** How many constructed stylesheets the document has adopted. */
export const adoptedSheets = (page: Page): Promise<number> => page.evaluate(() => document.adoptedStyleSheets.length);

/**
 * Once joined, the meeting is laid out by MeetGate's CSS: the frame covers the whole component
 * (where the CSS was refused it stayed at the iframe default, 300×150) and the announcements stay
 * visually hidden.
 */
export async function expectLaidOut(meeting: SecureMeetingPage): Promise<void> {
  const component = await meeting.component.boundingBox();
  expect(component?.height).toBeGreaterThan(400);
  expect(await meeting.frames.first().boundingBox()).toEqual(component);
  expect(await meeting.announcement.boundingBox()).toMatchObject({ width: 1, height: 1 });
}

/** Hangs up: the "ended" screen is styled as well; saved at a phone's width as `name`. */
export async function expectEndedStyled(page: Page, meeting: SecureMeetingPage, testInfo: TestInfo, name: string): Promise<void> {
  await meeting.meeting().hangUp();
  await meeting.expectStatus('ended');
  await expect(meeting.screen).toHaveCSS('position', 'absolute');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}
