/**
 * Paste a token or a tokenized link into the popup: the component's token card and findings
 * show before anything is stored or opened.
 */
import { SignJWT } from 'jose';
import { MEET_DOMAIN, saveFinalScreen } from '../fixtures.js';
import { expect, test } from './fixtures.js';
import { PopupPage } from './pages/popup.js';

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
  await popup.paste(`https://${MEET_DOMAIN}/standup#jwt=${token}`);

  await expect(popup.cardName).toHaveText('Bob Member');
  await expect(popup.cardTimeLeft).toHaveText(/^expired$/i);
  const findings = await popup.findingsText();
  expect(findings).toMatch(/expired/i);
  expect(findings).toMatch(/board/);
  await expect(popup.action('join')).toBeDisabled();
  await expect(popup.action('open-jitsi')).toBeDisabled();
  await saveFinalScreen(popup.page, testInfo);
});

test('something that is not a token says so', async ({ context, extension }) => {
  const popup = await PopupPage.open(context, extension.id);
  await popup.paste('hello there');
  await expect(popup.page.locator('[data-mg="token-panel"]')).toBeVisible();
  expect(await popup.findingsText()).toMatch(/not a readable JWT/);
  await expect(popup.action('join')).toBeDisabled();
});
