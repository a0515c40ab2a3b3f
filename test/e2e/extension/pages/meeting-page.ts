/** Page object of the extension's meeting page (`meeting.html`), which hosts `<SecureMeeting>`. */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { SimulatorMeeting } from '../../pages/index.js';
import { waitForPage } from './wait-for-page.js';

/** The meeting page. */
export class ExtensionMeetingPage {
  constructor(readonly page: Page) {}

  /** Waits for the extension to open its meeting page in `context` while `action` runs. */
  static async waitFor(context: BrowserContext, extensionOrigin: string, action: () => Promise<unknown>): Promise<ExtensionMeetingPage> {
    return new ExtensionMeetingPage(await waitForPage(context, (url) => url.startsWith(`${extensionOrigin}/meeting.html`), action));
  }

  /** The session state `<SecureMeeting>` shows. */
  async expectState(status: string): Promise<void> {
    await expect(this.page.locator(`.meetgate[data-meetgate-state="${status}"]`)).toBeVisible({ timeout: 20_000 });
  }

  /** The simulator's meeting inside the iframe. */
  get meeting(): SimulatorMeeting {
    return SimulatorMeeting.inFrameOf(this.page);
  }

  /** The token card's name during the meeting. */
  get cardName(): Locator {
    return this.page.locator('.meetgate-card .meetgate-card-name');
  }

  /** A button of the current screen, by its text. */
  button(name: string | RegExp): Locator {
    return this.page.locator('.meetgate-screen').getByRole('button', { name });
  }

  /** The screen's title. */
  get title(): Locator {
    return this.page.locator('.meetgate-screen .meetgate-title');
  }

  /** How many iframes are left in the page. */
  iframeCount(): Promise<number> {
    return this.page.locator('iframe').count();
  }
}
