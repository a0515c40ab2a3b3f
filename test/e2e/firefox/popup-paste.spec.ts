/**
 * Firefox: paste a token or a tokenized link into the popup; the component's token card and
 * findings show before anything is stored or opened (the same flow as extension/popup-paste.spec.ts).
 */
import { SignJWT } from 'jose';
import { MEET_DOMAIN } from '../fixtures.js';
import { expect, test } from './fixtures.js';
import { FirefoxPopup } from './pages/popup.js';

/** A real HS256 token as a site's backend would mint it. */
async function siteToken(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: 'intranet', aud: 'jitsi', sub: MEET_DOMAIN, room: 'standup', iat: now - 5, exp: now + 1800, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode('a-site-secret-for-this-test-only'));
}

test('a pasted tokenized link shows who, role, room, features and time left', async ({ firefox, extension }, testInfo) => {
  const token = await siteToken({ context: { user: { name: 'Ann Owner', affiliation: 'owner' }, features: { recording: true, livestreaming: false } } });
  const popup = await FirefoxPopup.open(firefox, extension.origin);
  await popup.paste(`https://${MEET_DOMAIN}/standup?jwt=${token}`);

  await expect.poll(() => popup.cardName()).toBe('Ann Owner');
  expect(await popup.cardRole()).toBe('Owner');
  expect(await popup.cardRoom()).toBe('standup');
  expect(await popup.cardTimeLeft()).toMatch(/^(29|30) min/);
  expect(await popup.cardFeaturesOn()).toContain('Recording');
  expect(await popup.cardVerification()).toBe('Unverified');
  expect(await popup.fieldValue('domain')).toBe(MEET_DOMAIN);
  expect(await popup.fieldValue('room')).toBe('standup');
  expect(await popup.actionEnabled('join')).toBe(true);
  // Nothing is kept before the person acts.
  expect(await extension.walletTokens()).toEqual([]);
  await popup.page.screenshot({ path: testInfo.outputPath('final-screen.png'), fullPage: true });
});

test('an expired token for another room shows what is wrong, and cannot be joined', async ({ firefox, extension }) => {
  const now = Math.floor(Date.now() / 1000);
  const token = await siteToken({ room: 'board', iat: now - 7200, exp: now - 600, context: { user: { name: 'Bob Member' } } });
  const popup = await FirefoxPopup.open(firefox, extension.origin);
  await popup.paste(`https://${MEET_DOMAIN}/standup#jwt=${token}`);

  await expect.poll(() => popup.cardName()).toBe('Bob Member');
  expect(await popup.cardTimeLeft()).toMatch(/^expired$/i);
  const findings = await popup.findingsText();
  expect(findings).toMatch(/expired/i);
  expect(findings).toMatch(/board/);
  expect(await popup.actionEnabled('join')).toBe(false);
  expect(await popup.actionEnabled('open-jitsi')).toBe(false);
});

test('something that is not a token says so', async ({ firefox, extension }) => {
  const popup = await FirefoxPopup.open(firefox, extension.origin);
  await popup.paste('hello there');
  await expect.poll(() => popup.hasTokenPanel()).toBe(true);
  expect(await popup.findingsText()).toMatch(/not a readable JWT/);
  expect(await popup.actionEnabled('join')).toBe(false);
});
