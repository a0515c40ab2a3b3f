/**
 * Issue 9, item 3: a host permission (and so the registered bridge script) covers every port of
 * a host, but only the exact origin the person allowed may learn that MeetGate is there. A page
 * on another port of the same host hears nothing: no ready message, no reply, no marker.
 */
import { validateDeployment } from '../../../lib/deployments/index.js';
import { startHostSite, type HostSite } from '../pages/index.js';
import { builtExtension } from './build.js';
import { teamMeet } from './deployment.js';
import { expect, test as base } from './fixtures.js';
import { withHostPermission } from './host-permission.js';
import { OptionsPage } from './pages/options.js';
import { serveBridgePages } from './site/serve.js';
import { MEET_DOMAIN } from '../fixtures.js';

const test = base.extend<object, { otherPort: HostSite }>({
  // Chromium has granted http://127.0.0.1/* (all ports), as after the person accepted the prompt.
  extensionDir: [async ({}, use) => use(withHostPermission(builtExtension(), ['http://127.0.0.1/*'])), { scope: 'worker' }],
  otherPort: [
    async ({}, use) => {
      const site = await startHostSite();
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
});

/** Records every bridge message the extension could post to the page, before any page script runs. */
const RECORD_BRIDGE_MESSAGES = `window.__heard = []; addEventListener('message', (event) => {
  if (event.data && event.data.channel === 'meetgate-bridge' && event.data.kind !== 'token-request') window.__heard.push(event.data.kind);
});`;

test('the registered bridge answers the allowed origin only, never another port of the same host', async ({ context, extension, oidc, site, otherPort }) => {
  const allowed = await serveBridgePages(site);
  const elsewhere = await serveBridgePages(otherPort);
  const spare = validateDeployment({ id: 'spare', name: 'Spare', domain: 'spare.example.org', signIn: 'none' });
  if (!spare.ok) throw new Error('spare deployment invalid');
  await extension.seedDeployments([teamMeet(oidc), spare.deployment]);
  await extension.worker.evaluate(
    (origin) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        bridgeAllowances: [{ origin, deploymentId: 'team-meet', grantedAt: Date.now() }],
      }),
    site.origin,
  );
  // Removing a deployment re-registers the bridge script for the allowed sites (the real code path).
  const options = await OptionsPage.open(context, extension.id);
  await options.deployment('spare.example.org').getByRole('button', { name: 'Remove' }).click();
  await expect(options.status).toHaveText('Removed Spare.');

  const ask = `?domain=${MEET_DOMAIN}&room=standup&timeout=4000`;
  // The allowed origin: the registered script answers at once, without a toolbar click.
  const page = await context.newPage();
  await page.addInitScript(RECORD_BRIDGE_MESSAGES);
  await page.goto(`${allowed.portal}${ask}`);
  await expect(page.locator('#outcome')).toHaveAttribute('data-outcome', 'no-token');
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toContain('bridge-ready');

  // Same host, another port: matched by the registered pattern, yet nothing is revealed.
  const stranger = await context.newPage();
  await stranger.addInitScript(RECORD_BRIDGE_MESSAGES);
  await stranger.goto(`${elsewhere.portal}${ask}`);
  expect(new URL(elsewhere.portal).hostname).toBe(new URL(allowed.portal).hostname);
  await expect(stranger.locator('#outcome')).toHaveAttribute('data-outcome', 'unavailable', { timeout: 10_000 });
  expect(await stranger.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
  const attributes = await stranger.evaluate(() => document.documentElement.getAttributeNames());
  expect(attributes.filter((name) => !name.startsWith('data-meetgate-ask') && name !== 'lang')).toEqual([]);
});
