/**
 * The web-page bridge: a page asks the extension for a token for its room. The person answers in
 * the toolbar popup; an allowed origin gets the token of that deployment, a refused one is told
 * so, and a page nobody answers gets nothing.
 */
import { MEET_DOMAIN, saveFinalScreen } from '../fixtures.js';
import { teamMeet } from './deployment.js';
import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import type { RunningOidcProvider } from '../../../server/dev/oidc/index.js';
import { expect, test, type LoadedExtension } from './fixtures.js';
import { IdentityProviderLogin } from './pages/identity-provider.js';
import { ExtensionMeetingPage } from './pages/meeting-page.js';
import { PopupPage } from './pages/popup.js';
import { RealPopup } from './pages/real-popup.js';
import { serveBridgePages, type BridgeSite } from './site/serve.js';

let pages: BridgeSite;
test.beforeAll(async ({ site }) => {
  pages = await serveBridgePages(site);
});

const ask = `?domain=${MEET_DOMAIN}&room=standup`;

/** Saves the bridge page's `outcome` at desktop and phone size; nothing scrolls sideways. */
async function saveBothSizes(page: Page, testInfo: TestInfo, outcome: string): Promise<void> {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `bridge ${outcome} at ${size.width} px`).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: testInfo.outputPath(`bridge-${outcome}-${size.width}x${size.height}.png`) });
  }
}

/** Signs in to Team Meet from the popup (no meeting opened), leaving a token in the wallet. */
async function signedIn({ context, extension, oidc }: { context: BrowserContext; extension: LoadedExtension; oidc: RunningOidcProvider }): Promise<string> {
  await extension.seedDeployments([teamMeet(oidc)]);
  const popup = await PopupPage.open(context, extension.id);
  const login = await IdentityProviderLogin.waitFor(context, oidc.issuer, () => popup.signIn());
  await login.signIn('ann');
  await expect(popup.signInStatus).toHaveText('Signed in.');
  await popup.page.close();
  const [token] = await extension.walletTokens();
  return token ?? '';
}

test('the site the person allows gets the token; a site they refuse is told no; an unanswered one gets nothing', async ({
  context,
  extension,
  oidc,
}, testInfo) => {
  const token = await signedIn({ context, extension, oidc });

  const silent = await context.newPage();
  await silent.goto(`${pages.other}${ask}&timeout=1500`);
  await expect(silent.locator('#outcome')).toHaveAttribute('data-outcome', 'unavailable');

  const portal = await context.newPage();
  await portal.goto(`${pages.portal}${ask}`);
  await expect(portal.locator('#outcome')).toHaveText('Click MeetGate in the toolbar to allow this site.');
  await saveBothSizes(portal, testInfo, 'waiting');
  await portal.setViewportSize({ width: 1280, height: 800 });
  const popup = await RealPopup.openOver(portal, extension.id, extension.userDataDir);
  const prompt = await popup.waitFor('[data-mg="site-ask"]', new URL(pages.portal).origin);
  expect(prompt).toContain('standup');
  expect(prompt).toContain('Team Meet');
  await popup.click('[data-mg="allow-site"]');
  popup.close();
  await expect(portal.locator('#outcome')).toHaveAttribute('data-outcome', 'granted');
  expect(await portal.locator('#outcome').getAttribute('data-token')).toBe(token);
  await saveBothSizes(portal, testInfo, 'granted');

  const other = await context.newPage();
  await other.goto(`${pages.other}${ask}`);
  const otherPopup = await RealPopup.openOver(other, extension.id, extension.userDataDir);
  await otherPopup.waitFor('[data-mg="site-ask"]', new URL(pages.other).origin);
  await otherPopup.click('[data-mg="deny-site"]');
  otherPopup.close();
  await expect(other.locator('#outcome')).toHaveAttribute('data-outcome', 'denied');
  await expect(other.locator('#outcome')).toContainText('not allowed');
  expect(await other.locator('#outcome').getAttribute('data-token')).toBe('');
  await saveFinalScreen(other, testInfo);
  // The outcome is read without scrolling, at desktop size and on a phone, and nothing scrolls sideways.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
    { width: 360, height: 640 },
  ]) {
    await other.setViewportSize(size);
    const box = await other.locator('#outcome').boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(size.height);
    expect(await other.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await other.screenshot({ path: testInfo.outputPath(`bridge-${size.width}x${size.height}.png`) });
  }

  // Back on the allowed site later: no second prompt, the token comes at the toolbar click.
  const again = await context.newPage();
  await again.goto(`${pages.portal}${ask}`);
  const quiet = await RealPopup.openOver(again, extension.id, extension.userDataDir);
  await expect(again.locator('#outcome')).toHaveAttribute('data-outcome', 'granted');
  expect(await quiet.has('[data-mg="site-ask"]')).toBe(false);
  quiet.close();
});

test('a page embedding <SecureMeeting> with the extension as token source joins once allowed', async ({
  context,
  extension,
  oidc,
  oidcSimulator,
}, testInfo) => {
  await signedIn({ context, extension, oidc });
  const page = await context.newPage();
  await page.goto(`${pages.component}${ask}`);
  const popup = await RealPopup.openOver(page, extension.id, extension.userDataDir);
  await popup.click('[data-mg="allow-site"]');
  popup.close();
  const embedded = new ExtensionMeetingPage(page);
  await embedded.expectState('in-meeting');
  await embedded.meeting.expectState('joined');
  await expect(embedded.cardName).toHaveText('Ann Owner');
  expect(oidcSimulator.control.participants('standup').map((p) => p.displayName)).toContain('Ann Owner');
  await saveFinalScreen(page, testInfo);
});
