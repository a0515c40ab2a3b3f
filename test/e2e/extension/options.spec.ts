/**
 * The options page: deployments are validated on save with a clear message per field, saved to
 * local storage, and offered for sign-in in the popup. Plus an accessibility scan of both pages.
 */
import { MEET_DOMAIN, saveFinalScreen } from '../fixtures.js';
import { expect, test } from './fixtures.js';
import { seriousViolations } from '../pages/index.js';
import { OptionsPage } from './pages/options.js';
import { PopupPage } from './pages/popup.js';

test('a deployment is refused with a reason per field, then saved and offered for sign-in', async ({ context, extension, oidc }, testInfo) => {
  const options = await OptionsPage.open(context, extension.id);
  await expect(options.redirectUri).toHaveText(`https://${extension.id}.chromiumapp.org/`);
  await expect(options.doctorHint).toContainText('npx meetgate doctor --dir /etc');

  await options.add();
  await options.fill({
    name: 'Team Meet',
    domain: `https://${MEET_DOMAIN}/standup`,
    signIn: 'OpenID Connect',
    issuer: 'http://id.example.org/realms/jitsi',
    clientId: '',
  });
  await options.save();
  await expect(options.form.getByRole('alert').first()).toHaveText('3 fields need fixing.');
  await expect(options.error('domain')).toContainText('without a room or path');
  await expect(options.error('issuer')).toContainText('must use https://');
  await expect(options.error('clientId')).toContainText('Enter the client id');
  await expect(options.form.getByLabel('Domain', { exact: true })).toBeFocused();
  await expect(options.form.getByLabel('Domain', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await saveFinalScreen(options.page, testInfo, 'refused');

  await options.fill({ domain: MEET_DOMAIN, issuer: oidc.issuer, clientId: 'jitsi', expectedAudience: 'account', jwksUrl: oidc.jwksUrl });
  await options.save();
  await expect(options.status).toContainText('Saved Team Meet.');
  await expect(options.deployment(MEET_DOMAIN)).toContainText('Team Meet');
  const stored = await extension.worker.evaluate(
    async () =>
      (
        await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(
          'deployments',
        )
      ).deployments,
  );
  expect(stored).toEqual([
    expect.objectContaining({ name: 'Team Meet', domain: MEET_DOMAIN, signIn: { kind: 'oidc', issuer: oidc.issuer, clientId: 'jitsi', scopes: ['openid'] } }),
  ]);
  expect(await seriousViolations(options.page)).toEqual([]);

  const popup = await PopupPage.open(context, extension.id);
  await expect(popup.page.locator('[data-mg="deployment"]')).toHaveValue(/.+/);
  await expect(popup.page.locator('[data-mg="deployment"] option')).toHaveText(['Team Meet']);
  expect(await seriousViolations(popup.page)).toEqual([]);
  await saveFinalScreen(options.page, testInfo);

  // Both pages saved at desktop and phone size; neither scrolls sideways from 360 px.
  for (const [name, page] of [
    ['options', options.page],
    ['popup', popup.page],
  ] as const) {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
      { width: 360, height: 640 },
    ]) {
      await page.setViewportSize(size);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${size.width} px`).toBeLessThanOrEqual(size.width);
      if (size.width !== 360) await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`), fullPage: true });
    }
  }
});
