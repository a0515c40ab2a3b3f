/**
 * The options page fills a deployment's server profile from its Prosody config (Docker layout
 * pasted, Debian layout picked as a file), shows what it read, keeps no secret; the popup's token
 * card then judges tokens by that profile.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { MEET_DOMAIN, saveFinalScreen } from '../fixtures.js';
import { seriousViolations } from '../pages/index.js';
import { expect, test } from './fixtures.js';
import { OptionsPage } from './pages/options.js';
import { PopupPage } from './pages/popup.js';

const FIXTURES = new URL('../../../fixtures/prosody/', import.meta.url);
const fixturePath = (name: string) => fileURLToPath(new URL(name, FIXTURES));
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token as the Docker deployment's backend would mint it (the popup inspects, it does not verify). */
function dockerToken(claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: 'my_web_client',
    aud: 'my_server1',
    sub: 'meet.jitsi',
    room: 'standup',
    iat: now - 5,
    exp: now + 1800,
    context: { user: { name: 'Dee Docker' } },
    ...claims,
  };
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}.c2lnbmF0dXJl`;
}

/** The extension's stored deployments, read in its service worker. */
type Stored = Array<{ profile?: Record<string, unknown> }>;
const storedDeployments = (worker: import('@playwright/test').Worker): Promise<Stored> =>
  worker.evaluate(
    async () =>
      (
        await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(
          'deployments',
        )
      ).deployments as Stored,
  );

test('a pasted Docker config fills the profile, no secret is kept, and the popup judges tokens by it', async ({ context, extension }, testInfo) => {
  const options = await OptionsPage.open(context, extension.id);
  await options.add();
  await options.fill({ name: 'Docker Meet', domain: MEET_DOMAIN });
  await options.pasteConfig(readFileSync(fixturePath('docker.cfg.lua'), 'utf8'));

  await expect(options.configStatus).toHaveText(/^Read the pasted config \([\d,]+ characters\)\. One secret was left out\./);
  await expect(options.form.locator('[data-mg="prosody-config"]')).toHaveValue('');
  await expect(options.configSecrets).toContainText('Not kept: app_secret (line 24).');
  await expect(options.configHost).toHaveValue('meet.jitsi');
  await expect(options.setting('asap_accepted_issuers')).toHaveText(['asap_accepted_issuersmy_web_client, my_app_clientline 12 (global)']);
  await expect(options.setting('token_verification')).toContainText('true');
  expect(await options.page.content()).not.toContain('my_jitsi_app_secret');
  expect(await seriousViolations(options.page)).toEqual([]);
  // The page with what it read, at desktop and phone width, never scrolling sideways.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await options.page.setViewportSize(size);
    expect(await options.page.evaluate(() => document.documentElement.scrollWidth), `options at ${size.width} px`).toBeLessThanOrEqual(size.width);
    await options.page.screenshot({ path: testInfo.outputPath(`server-rules-${size.width}x${size.height}.png`), fullPage: true });
    await options.form.locator('[data-mg="server-rules"]').screenshot({ path: testInfo.outputPath(`server-rules-part-${size.width}.png`) });
  }

  await options.save();
  await expect(options.status).toContainText('Saved Docker Meet.');
  await expect(options.deployment(MEET_DOMAIN)).toContainText('rules read from its Prosody config (meet.jitsi)');
  const stored = await storedDeployments(extension.worker);
  expect(JSON.stringify(stored)).not.toContain('my_jitsi_app_secret');
  expect(stored[0]?.profile).toMatchObject({
    domain: 'meet.jitsi',
    app_id: 'my_jitsi_app_id',
    asap_accepted_audiences: ['my_server1', 'my_server2'],
    key_kind: 'secret',
  });

  // The popup's token card: a token for Prosody's XMPP domain meet.jitsi is good…
  const popup = await PopupPage.open(context, extension.id);
  await popup.paste(`https://${MEET_DOMAIN}/standup?jwt=${dockerToken()}`);
  await expect(popup.cardName).toHaveText('Dee Docker');
  await expect(popup.page.locator('[data-mg="checked-against"]')).toHaveText(
    'Checked against Docker Meet, by rules read from its Prosody config (meet.jitsi).',
  );
  await expect(popup.action('join')).toBeEnabled();
  // …one naming the web host instead is refused as that server would (domain verification on), and one from another issuer too.
  await popup.paste(`https://${MEET_DOMAIN}/standup?jwt=${dockerToken({ sub: MEET_DOMAIN })}`);
  await expect(popup.action('join')).toBeDisabled();
  expect(await popup.findingsText()).toMatch(/not the XMPP domain "meet\.jitsi"/);
  await popup.paste(`https://${MEET_DOMAIN}/standup?jwt=${dockerToken({ iss: 'intranet' })}`);
  await expect(popup.action('join')).toBeDisabled();
  expect(await popup.findingsText()).toMatch(/asap_accepted_issuers: "my_web_client", "my_app_client"/);
  await saveFinalScreen(popup.page, testInfo, 'popup-refused');
});

test('a Debian config picked as a file: the VirtualHost can be chosen, and the choice is stored', async ({ context, extension }, testInfo) => {
  const options = await OptionsPage.open(context, extension.id);
  await options.add();
  await options.fill({ domain: 'meet.example.org' });
  await options.chooseConfigFile(fixturePath('debian.cfg.lua'));
  await expect(options.configStatus).toHaveText(/^Read debian\.cfg\.lua \([\d,]+ characters\)\. 2 secrets were left out\./);
  await expect(options.configSecrets).toContainText('external_service_secret (line 8), app_secret (line 27)');
  await expect(options.configHost).toHaveValue('meet.example.org');
  await expect(options.setting('app_id')).toContainText('example_app_id');

  await options.configHost.selectOption('guest.meet.example.org');
  await expect(options.configReport).toContainText('authentication = "jitsi-anonymous", not "token"');
  await options.configHost.selectOption('meet.example.org');
  await options.form.getByRole('radio', { name: /Jitsi 2025 and earlier/ }).check();
  // 2025 code already verifies the domain by default (jitsi/jitsi-meet 412aa83, run locally).
  await expect(options.setting('enable_domain_verification')).toContainText(/^enable_domain_verificationtruedefault/);
  await saveFinalScreen(options.page, testInfo, 'debian-read');
  await options.form.locator('[data-mg="server-rules"]').screenshot({ path: testInfo.outputPath('debian-read-part.png') });
  await options.save();
  await expect(options.deployment('meet.example.org')).toContainText('rules read from its Prosody config (meet.example.org)');
  const stored = await storedDeployments(extension.worker);
  expect(stored[0]?.profile).toMatchObject({
    domain: 'meet.example.org',
    app_id: 'example_app_id',
    room_pattern_case: 'lowercased',
    muc_mapper_domain_base: 'meet.example.org',
  });
  expect(JSON.stringify(stored)).not.toMatch(/example_app_secret|turn-secret/);
});
