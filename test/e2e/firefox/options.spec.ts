/**
 * Firefox: the options page shows the redirect URL to register at the provider — Firefox's
 * `https://<sha1 of the add-on id>.extensions.allizom.org/`, the one the sign-in flow uses; and a
 * pasted Prosody config fills a deployment's server rules (as extension/server-rules.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MEET_DOMAIN } from '../fixtures.js';
import { openPage } from './browser.js';
import { expect, FIREFOX_REDIRECT_URI, test } from './fixtures.js';
import { FirefoxPopup } from './pages/popup.js';

test("the options page shows Firefox's identity redirect URL", async ({ firefox, extension }) => {
  const page = await firefox.newPage();
  await openPage(page, `${extension.origin}/options.html`);
  const shown = await page.waitForSelector('[data-mg="redirect-uri"]', { timeout: 10_000 });
  expect(await shown?.evaluate((element) => element.textContent)).toBe(FIREFOX_REDIRECT_URI);
  expect(FIREFOX_REDIRECT_URI).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
});

/** Sets a React-controlled field's value the way typing would (its onChange fires), without typing 2 KB. */
async function setField(page: import('puppeteer-core').Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 10_000 });
  await page.evaluate(
    (target, text) => {
      const element = document.querySelector(target) as HTMLInputElement | HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
      setter?.call(element, text);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );
}

test('a pasted Docker Prosody config fills the server rules, keeps no secret, and the popup judges by it', async ({ firefox, extension }) => {
  const page = await firefox.newPage();
  await openPage(page, `${extension.origin}/options.html`);
  await (await page.waitForSelector('[data-mg="add-deployment"]', { timeout: 10_000 }))?.click();
  await setField(page, '[data-mg="deployment-form"] input[name="domain"]', MEET_DOMAIN);
  await setField(page, '[data-mg="prosody-config"]', readFileSync(fileURLToPath(new URL('../../../fixtures/prosody/docker.cfg.lua', import.meta.url)), 'utf8'));
  await (await page.waitForSelector('[data-mg="read-config"]:not([disabled])'))?.click();
  const text = (selector: string) => page.evaluate((target) => document.querySelector(target)?.textContent ?? null, selector);
  await expect.poll(() => text('[data-mg="config-secrets"]')).toMatch(/^Not kept: app_secret \(line 24\)\./);
  expect(await text('[data-mg-setting="asap_accepted_issuers"]')).toBe('asap_accepted_issuersmy_web_client, my_app_clientline 12 (global)');
  expect(await page.evaluate(() => (document.querySelector('[data-mg="prosody-config"]') as HTMLTextAreaElement).value)).toBe('');

  await (await page.waitForSelector('[data-mg="save"]'))?.click();
  await expect.poll(() => text('[data-mg="deployment-rules"]')).toBe('rules read from its Prosody config (meet.jitsi)');
  const stored = await extension.control.evaluate(
    async () =>
      (
        await (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser.storage.local.get(
          'deployments',
        )
      ).deployments,
  );
  expect(JSON.stringify(stored)).not.toContain('my_jitsi_app_secret');
  expect(stored).toEqual([expect.objectContaining({ profile: expect.objectContaining({ domain: 'meet.jitsi', app_id: 'my_jitsi_app_id' }) })]);

  const now = Math.floor(Date.now() / 1000);
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = (sub: string) =>
    `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'my_web_client', aud: 'my_server1', sub, room: 'standup', iat: now - 5, exp: now + 1800 })}.c2ln`;
  const good = await FirefoxPopup.open(firefox, extension.origin);
  await good.paste(`https://${MEET_DOMAIN}/standup?jwt=${token('meet.jitsi')}`);
  await expect.poll(() => good.actionEnabled('join')).toBe(true);
  const refused = await FirefoxPopup.open(firefox, extension.origin);
  await refused.paste(`https://${MEET_DOMAIN}/standup?jwt=${token(MEET_DOMAIN)}`);
  await expect.poll(() => refused.actionEnabled('join')).toBe(false);
  expect(await refused.findingsText()).toMatch(/not the XMPP domain "meet\.jitsi"/);
});
