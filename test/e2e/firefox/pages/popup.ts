/**
 * Page object of the toolbar popup in Firefox, opened as a tab (`moz-extension://<uuid>/popup.html`).
 * Reads are plain values for `expect.poll`: puppeteer pages have no auto-waiting locators.
 */
import type { Browser, Page } from 'puppeteer-core';
import { openPage } from '../browser.js';

/** The popup. */
export class FirefoxPopup {
  constructor(readonly page: Page) {}

  /** Opens the popup of the extension at `origin` in a new tab. */
  static async open(browser: Browser, origin: string): Promise<FirefoxPopup> {
    const page = await browser.newPage();
    await openPage(page, `${origin}/popup.html`);
    await page.waitForSelector('[data-mg="popup"][data-mg-loaded]', { timeout: 10_000 });
    return new FirefoxPopup(page);
  }

  /**
   * Types `text` into the token field. Typed, not set: a React textarea whose value is set by a
   * script fires no onChange.
   */
  async paste(text: string): Promise<void> {
    await this.page.type('[data-mg="paste"]', text);
  }

  /** The text of the first element matching `selector` in the token card, or null. */
  private cardText(selector: string): Promise<string | null> {
    return this.page.evaluate((inner) => {
      const card = document.querySelector('[data-mg="token-panel"] .meetgate-card');
      return card?.querySelector(inner)?.textContent ?? null;
    }, selector);
  }

  cardName(): Promise<string | null> {
    return this.cardText('.meetgate-card-name');
  }
  cardRole(): Promise<string | null> {
    return this.cardText('[data-meetgate-role]');
  }
  cardRoom(): Promise<string | null> {
    return this.cardText('[data-meetgate-room]');
  }
  cardTimeLeft(): Promise<string | null> {
    return this.cardText('[data-meetgate-time-left]');
  }
  cardFeaturesOn(): Promise<string | null> {
    return this.cardText('[data-meetgate-features="on"]');
  }
  cardVerification(): Promise<string | null> {
    return this.cardText('span[data-meetgate-verification]');
  }

  /** The value of a form field of the popup (`data-mg` name). */
  fieldValue(name: string): Promise<string | null> {
    return this.page.evaluate((mg) => (document.querySelector(`[data-mg="${mg}"]`) as HTMLInputElement | null)?.value ?? null, name);
  }

  /** The full inspection report's text (opened first). */
  async findingsText(): Promise<string> {
    return this.page.evaluate(() => {
      const report = document.querySelector('[data-mg="token-panel"] .meetgate-card details') as HTMLDetailsElement | null;
      if (!report) return '';
      report.open = true;
      return report.innerText;
    });
  }

  /** Whether a token action button (join, open-jitsi, …) is enabled; null when absent. */
  actionEnabled(name: 'join' | 'open-jitsi' | 'copy' | 'copy-token' | 'forget'): Promise<boolean | null> {
    return this.page.evaluate((mg) => {
      const button = document.querySelector(`[data-mg="token-panel"] [data-mg="${mg}"]`) as HTMLButtonElement | null;
      return button ? !button.disabled : null;
    }, name);
  }

  /** Signs in with the first (or chosen) deployment, joining `room` afterwards when given. */
  async signIn(room?: string): Promise<void> {
    if (room) await this.page.type('[data-mg="signin-room"]', room);
    await this.page.click('[data-mg="sign-in"]');
  }

  /** The sign-in status line's text. */
  signInStatus(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector('[data-mg="signin-status"]')?.textContent ?? null);
  }

  /** Whether the token panel is shown. */
  hasTokenPanel(): Promise<boolean> {
    return this.page.evaluate(() => document.querySelector('[data-mg="token-panel"]') !== null);
  }
}
