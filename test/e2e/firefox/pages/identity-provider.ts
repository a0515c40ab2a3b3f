/** Page object of the dev OpenID provider's sign-in window in Firefox (opened by launchWebAuthFlow). */
import type { Browser, Page } from 'puppeteer-core';
import { waitForPage } from './wait-for-page.js';

/** The provider's sign-in form. */
export class FirefoxIdentityProviderLogin {
  constructor(readonly page: Page) {}

  /** Waits for the sign-in window of the provider at `issuer` to open while `action` runs. */
  static async waitFor(browser: Browser, issuer: string, action: () => Promise<unknown>): Promise<FirefoxIdentityProviderLogin> {
    const page = await waitForPage(browser, (url) => url.startsWith(issuer), action, 15_000);
    await page.waitForSelector('xpath///h1[text()="Sign in to your account"]', { timeout: 10_000 });
    return new FirefoxIdentityProviderLogin(page);
  }

  /** Signs in; the window closes when the provider redirects to the extension's redirect URL. */
  async signIn(username: string, password = username): Promise<void> {
    await this.page.type('#username', username);
    await this.page.type('#password', password);
    const closed = new Promise<void>((resolve) => this.page.once('close', () => resolve()));
    await this.page.click('button[type="submit"]');
    await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('the sign-in window did not close')), 15_000))]);
  }
}
