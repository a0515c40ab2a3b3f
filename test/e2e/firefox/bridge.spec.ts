/**
 * Firefox: the web-page bridge. A page asks for a token; the person answers in the real toolbar
 * popup (Firefox's own toolbar click, which grants activeTab); the bridge content script relays
 * the answer. The same flows as extension/bridge.spec.ts.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { RunningOidcProvider } from '../../../server/dev/oidc/index.js';
import { teamMeet } from '../extension/deployment.js';
import { serveBridgePages, type BridgeSite } from '../extension/site/serve.js';
import { MEET_DOMAIN } from '../fixtures.js';
import { answerPermissionPrompt, openPage } from './browser.js';
import { expect, test, type FirefoxExtension } from './fixtures.js';
import { FirefoxIdentityProviderLogin } from './pages/identity-provider.js';
import { FirefoxMeetingPage } from './pages/meeting-page.js';
import { FirefoxPopup } from './pages/popup.js';
import { FirefoxToolbarPopup } from './pages/toolbar-popup.js';

let pages: BridgeSite;
test.beforeAll(async ({ site }) => {
  pages = await serveBridgePages(site);
});

const ask = `?domain=${MEET_DOMAIN}&room=standup`;

/** Signs in to Team Meet from the popup (no meeting opened), leaving a token in the wallet. */
async function signedIn(firefox: Browser, extension: FirefoxExtension, oidc: RunningOidcProvider): Promise<string> {
  await extension.seedDeployments([teamMeet(oidc)]);
  const popup = await FirefoxPopup.open(firefox, extension.origin);
  const login = await FirefoxIdentityProviderLogin.waitFor(firefox, oidc.issuer, () => popup.signIn());
  await login.signIn('ann');
  await expect.poll(() => popup.signInStatus()).toBe('Signed in.');
  await popup.page.close();
  const [token] = await extension.walletTokens();
  return token ?? '';
}

/** Opens a bridge page in a new tab. */
async function visit(firefox: Browser, url: string): Promise<Page> {
  const page = await firefox.newPage();
  await openPage(page, url);
  return page;
}

/** The page's outcome element: its data-outcome, data-token and text. */
function outcome(page: Page): Promise<{ outcome: string; token: string; text: string }> {
  return page.evaluate(() => {
    const element = document.getElementById('outcome') as HTMLElement;
    return { outcome: element.dataset.outcome ?? '', token: element.dataset.token ?? '', text: element.textContent ?? '' };
  });
}

test('the site the person allows gets the token; a site they refuse is told no; an unanswered one gets nothing', async ({ firefox, extension, oidc }) => {
  const token = await signedIn(firefox, extension, oidc);

  const silent = await visit(firefox, `${pages.other}${ask}&timeout=1500`);
  await expect.poll(async () => (await outcome(silent)).outcome).toBe('unavailable');

  const portal = await visit(firefox, `${pages.portal}${ask}`);
  await expect.poll(async () => (await outcome(portal)).text).toBe('Click MeetGate in the toolbar to allow this site.');
  const popup = await FirefoxToolbarPopup.openOver(firefox, portal, extension.control);
  const prompt = await popup.waitFor('[data-mg="site-ask"]', new URL(pages.portal).origin);
  expect(prompt).toContain('standup');
  expect(prompt).toContain('Team Meet');
  await popup.click('[data-mg="allow-site"]');
  await expect.poll(async () => (await outcome(portal)).outcome, { timeout: 20_000 }).toBe('granted');
  expect((await outcome(portal)).token).toBe(token);

  const other = await visit(firefox, `${pages.other}${ask}`);
  const otherPopup = await FirefoxToolbarPopup.openOver(firefox, other, extension.control);
  await otherPopup.waitFor('[data-mg="site-ask"]', new URL(pages.other).origin);
  await otherPopup.click('[data-mg="deny-site"]');
  await expect.poll(async () => (await outcome(other)).outcome).toBe('denied');
  expect((await outcome(other)).text).toContain('not allowed');
  expect((await outcome(other)).token).toBe('');

  // Back on the allowed site later: no second prompt, the token comes at the toolbar click.
  const again = await visit(firefox, `${pages.portal}${ask}`);
  const quiet = await FirefoxToolbarPopup.openOver(firefox, again, extension.control);
  await expect.poll(async () => (await outcome(again)).outcome, { timeout: 20_000 }).toBe('granted');
  expect(await quiet.has('[data-mg="site-ask"]')).toBe(false);
});

test('a page embedding <SecureMeeting> with the extension as token source joins once allowed', async ({
  firefox,
  extension,
  oidc,
  oidcSimulator,
}, testInfo) => {
  await signedIn(firefox, extension, oidc);
  const page = await visit(firefox, `${pages.component}${ask}`);
  const popup = await FirefoxToolbarPopup.openOver(firefox, page, extension.control);
  await popup.click('[data-mg="allow-site"]');
  const embedded = new FirefoxMeetingPage(page);
  await expect.poll(() => embedded.state(), { timeout: 20_000 }).toBe('in-meeting');
  await expect.poll(() => embedded.meetingState(MEET_DOMAIN)).toBe('joined');
  expect(await embedded.cardName()).toBe('Ann Owner');
  expect(oidcSimulator.control.participants('standup').map((p) => p.displayName)).toContain('Ann Owner');
  await page.screenshot({ path: testInfo.outputPath('final-screen.png') });
});

test("allowing a site with Firefox's own host-permission prompt: later visits get the token without a click", async ({ firefox, extension, oidc }) => {
  const token = await signedIn(firefox, extension, oidc);
  const portal = await visit(firefox, `${pages.portal}${ask}`);
  const popup = await FirefoxToolbarPopup.openOver(firefox, portal, extension.control);
  // Firefox asks for host permissions only from a person's click, and shows its own prompt.
  await popup.clickAsPerson('[data-mg="allow-site"]');
  expect(await answerPermissionPrompt(firefox, true)).toContain('127.0.0.1');
  await expect.poll(async () => (await outcome(portal)).outcome, { timeout: 20_000 }).toBe('granted');
  await expect
    .poll(() =>
      extension.control.evaluate(() =>
        (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).browser.permissions
          .getAll()
          .then((all) => all.origins ?? []),
      ),
    )
    .toContain('http://127.0.0.1/*');

  // A later visit: the registered bridge answers at once, without opening MeetGate.
  const later = await visit(firefox, `${pages.portal}${ask}`);
  await expect.poll(async () => (await outcome(later)).outcome, { timeout: 20_000 }).toBe('granted');
  expect((await outcome(later)).token).toBe(token);
});
