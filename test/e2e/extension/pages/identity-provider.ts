/** Page object of the dev OpenID provider's sign-in window (opened by launchWebAuthFlow). */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { waitForPage } from './wait-for-page.js';

/** The provider's sign-in form. */
export class IdentityProviderLogin {
  constructor(readonly page: Page) {}

  /** Waits for the sign-in window of the provider at `issuer` to open in `context`. */
  static async waitFor(context: BrowserContext, issuer: string, action: () => Promise<unknown>): Promise<IdentityProviderLogin> {
    const page = await waitForPage(context, (url) => url.startsWith(issuer), action, 15_000);
    await expect(page.getByRole('heading', { name: 'Sign in to your account' })).toBeVisible();
    return new IdentityProviderLogin(page);
  }

  /** Signs in; the window closes when the provider redirects back to the extension. */
  async signIn(username: string, password = username): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    const closed = this.page.waitForEvent('close', { timeout: 15_000 });
    await this.page.getByRole('button', { name: 'Sign In' }).click();
    await closed;
  }
}
