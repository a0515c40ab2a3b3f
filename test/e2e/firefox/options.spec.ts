/**
 * Firefox: the options page shows the redirect URL to register at the provider — Firefox's
 * `https://<sha1 of the add-on id>.extensions.allizom.org/`, the one the sign-in flow uses.
 */
import { openPage } from './browser.js';
import { expect, FIREFOX_REDIRECT_URI, test } from './fixtures.js';

test('the options page shows Firefox\'s identity redirect URL', async ({ firefox, extension }) => {
  const page = await firefox.newPage();
  await openPage(page, `${extension.origin}/options.html`);
  const shown = await page.waitForSelector('[data-mg="redirect-uri"]', { timeout: 10_000 });
  expect(await shown?.evaluate((element) => element.textContent)).toBe(FIREFOX_REDIRECT_URI);
  expect(FIREFOX_REDIRECT_URI).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
});
