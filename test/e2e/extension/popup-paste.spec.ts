/**
 * Paste a token or a tokenized link into the popup: the component's token card and findings
 * show before anything is stored or opened.
 */
import type { Locator, Page } from '@playwright/test';
import { SignJWT } from 'jose';
import { MEET_DOMAIN, saveFinalScreen } from '../fixtures.js';
import { expect, test } from './fixtures.js';
import { PopupPage } from './pages/popup.js';

/** Fails unless `locator`'s box lies wholly inside the (unscrolled) viewport. */
async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box).not.toBeNull();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(size?.height ?? 0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size?.width ?? 0);
}

/** A real HS256 token as a site's backend would mint it. */
async function siteToken(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: 'intranet', aud: 'jitsi', sub: MEET_DOMAIN, room: 'standup', iat: now - 5, exp: now + 1800, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode('a-site-secret-for-this-test-only'));
}

test('a pasted tokenized link shows who, role, room, features and time left', async ({ context, extension }, testInfo) => {
  const token = await siteToken({ context: { user: { name: 'Ann Owner', affiliation: 'owner' }, features: { recording: true, livestreaming: false } } });
  const popup = await PopupPage.open(context, extension.id);
  await popup.paste(`https://${MEET_DOMAIN}/standup?jwt=${token}`);

  await expect(popup.cardName).toHaveText('Ann Owner');
  await expect(popup.cardRole).toHaveText('Owner');
  await expect(popup.cardRoom).toHaveText('standup');
  await expect(popup.cardTimeLeft).toHaveText(/^(29|30) min/);
  await expect(popup.cardFeaturesOn).toContainText('Recording');
  await expect(popup.card.locator('span[data-meetgate-verification]')).toHaveText('Unverified');
  await expect(popup.page.locator('[data-mg="domain"]')).toHaveValue(MEET_DOMAIN);
  await expect(popup.page.locator('[data-mg="room"]')).toHaveValue('standup');
  await expect(popup.action('join')).toBeEnabled();
  // Nothing is kept before the person acts.
  expect(await extension.walletTokens()).toEqual([]);
  expect(popup.cspErrors).toEqual([]);
  await saveFinalScreen(popup.page, testInfo);
});

test('an expired token for another room shows what is wrong, and cannot be joined', async ({ context, extension }, testInfo) => {
  const now = Math.floor(Date.now() / 1000);
  const token = await siteToken({ room: 'board', iat: now - 7200, exp: now - 600, context: { user: { name: 'Bob Member' } } });
  const popup = await PopupPage.open(context, extension.id);
  await popup.page.setViewportSize({ width: 400, height: 600 });
  await popup.paste(`https://${MEET_DOMAIN}/standup#jwt=${token}`);
  await expect(popup.cardTimeLeft).toHaveText(/^expired$/i);
  await popup.page.screenshot({ path: testInfo.outputPath('popup-400x600.png') });
  // In a 400×600 popup the verdict and its first error are readable without scrolling.
  const verdict = popup.page.locator('[data-mg="verdict"]');
  await expect(verdict).toContainText(/expired/i);
  await expectInViewport(popup.page, verdict);
  // The last row of buttons is never cut off: the page scrolls to it and shows it whole, and nothing scrolls sideways.
  const last = popup.action('forget');
  await last.scrollIntoViewIfNeeded();
  const lastBox = await last.boundingBox();
  expect(lastBox && lastBox.y >= 0 && lastBox.y + lastBox.height <= 600).toBe(true);
  expect(await popup.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await popup.page.evaluate(() => window.scrollTo(0, 0));

  await expect(popup.cardName).toHaveText('Bob Member');
  await expect(popup.cardTimeLeft).toHaveText(/^expired$/i);
  const findings = await popup.findingsText();
  expect(findings).toMatch(/expired/i);
  expect(findings).toMatch(/board/);
  await expect(popup.action('join')).toBeDisabled();
  await expect(popup.action('open-jitsi')).toBeDisabled();
  await saveFinalScreen(popup.page, testInfo);
});

test('something that is not a token says so', async ({ context, extension }, testInfo) => {
  const popup = await PopupPage.open(context, extension.id);
  await popup.paste('hello there');
  await expect(popup.page.locator('[data-mg="token-panel"]')).toBeVisible();
  expect(await popup.findingsText()).toMatch(/not a readable JWT/);
  await expect(popup.action('join')).toBeDisabled();
  await saveFinalScreen(popup.page, testInfo);
});
