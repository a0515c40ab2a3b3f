/**
 * Page object of the toolbar popup, opened as a tab (`chrome-extension://<id>/popup.html`). For
 * the real popup over a web page (needed for `activeTab`), see real-popup.ts.
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The popup. */
export class PopupPage {
  /** Every Content-Security-Policy complaint the page logged. */
  readonly cspErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) this.cspErrors.push(message.text());
    });
  }

  /** Opens the popup page of extension `id` in a new tab of `context`. */
  static async open(context: BrowserContext, id: string): Promise<PopupPage> {
    const popup = new PopupPage(await context.newPage());
    await popup.page.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.page.locator('[data-mg="popup"][data-mg-loaded]')).toBeVisible();
    return popup;
  }

  /** Pastes `text` into the token field. */
  async paste(text: string): Promise<void> {
    await this.page.locator('[data-mg="paste"]').fill(text);
  }

  /** The token card (the component's own markup). */
  get card(): Locator {
    return this.page.locator('[data-mg="token-panel"] .meetgate-card').first();
  }

  /** The card's name, role badge, room and time-left cells. */
  get cardName(): Locator {
    return this.card.locator('.meetgate-card-name');
  }
  get cardRole(): Locator {
    return this.card.locator('[data-meetgate-role]');
  }
  get cardRoom(): Locator {
    return this.card.locator('[data-meetgate-room]');
  }
  get cardTimeLeft(): Locator {
    return this.card.locator('[data-meetgate-time-left]');
  }
  get cardFeaturesOn(): Locator {
    return this.card.locator('[data-meetgate-features="on"]');
  }

  /** The full inspection report's text (opened first). */
  async findingsText(): Promise<string> {
    const report = this.card.locator('details');
    if (!(await report.getAttribute('open').then((value) => value !== null))) await report.locator('summary').click();
    return report.innerText();
  }

  /** A token action button: join, open-jitsi, copy, copy-token, forget. */
  action(name: 'join' | 'open-jitsi' | 'copy' | 'copy-token' | 'forget'): Locator {
    return this.page.locator(`[data-mg="token-panel"] [data-mg="${name}"]`).first();
  }

  /** Signs in with the first (or chosen) deployment, joining `room` afterwards when given. */
  async signIn(room?: string): Promise<void> {
    if (room) await this.page.locator('[data-mg="signin-room"]').fill(room);
    await this.page.locator('[data-mg="sign-in"]').click();
  }

  /** The sign-in status line. */
  get signInStatus(): Locator {
    return this.page.locator('[data-mg="signin-status"]');
  }

  /** The row of a recent meeting. */
  recent(room: string): Locator {
    return this.page.locator(`[data-mg-recent="${room}"]`);
  }
}
