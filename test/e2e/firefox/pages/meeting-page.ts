/**
 * Page object of the extension's meeting page (`moz-extension://<uuid>/meeting.html`) in Firefox:
 * `<SecureMeeting>` around the deployment's Jitsi page, which Firefox frames in a moz-extension://
 * page. Reads are plain values for `expect.poll`.
 */
import type { Browser, Page } from 'puppeteer-core';
import { childFrames, evaluateInFrame } from '../browser.js';
import { waitForPage } from './wait-for-page.js';

/** The meeting page. */
export class FirefoxMeetingPage {
  constructor(readonly page: Page) {}

  /** Waits for the extension to open its meeting page while `action` runs. */
  static async waitFor(browser: Browser, extensionOrigin: string, action: () => Promise<unknown>): Promise<FirefoxMeetingPage> {
    return new FirefoxMeetingPage(await waitForPage(browser, (url) => url.startsWith(`${extensionOrigin}/meeting.html`), action));
  }

  /** The session state `<SecureMeeting>` shows (`data-meetgate-state`). */
  state(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector('.meetgate[data-meetgate-state]')?.getAttribute('data-meetgate-state') ?? null);
  }

  /** The state of the deployment's meeting page in the frame (`main#meeting[data-state]`), or null. */
  async meetingState(domain: string): Promise<string | null> {
    const frame = (await childFrames(this.page)).find(({ url }) => url.startsWith(`https://${domain}/`));
    if (!frame) return null;
    const state = await evaluateInFrame(this.page.browser(), frame, `document.querySelector('main#meeting')?.getAttribute('data-state') ?? null`).catch(
      () => null,
    );
    return typeof state === 'string' ? state : null;
  }

  /** The token card's name during the meeting. */
  cardName(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector('.meetgate-card .meetgate-card-name')?.textContent ?? null);
  }

  /** The card's verification badge. */
  cardVerification(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector('.meetgate-card span[data-meetgate-verification]')?.textContent ?? null);
  }

  /** Clicks the button of the current screen whose text is `name`. */
  async clickButton(name: string): Promise<void> {
    const button = await this.page.waitForSelector(`xpath///*[contains(@class,"meetgate-screen")]//button[normalize-space()="${name}"]`, { timeout: 10_000 });
    await button?.click();
  }

  /** How many iframes are left in the page. */
  iframeCount(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('iframe').length);
  }
}
