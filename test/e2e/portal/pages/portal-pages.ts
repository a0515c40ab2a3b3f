/**
 * Page objects of the demo portal: the sign-in page, the room list, a room (the MeetGate
 * component and the simulator's meeting inside it) and the sign-out question.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { SimulatorMeeting } from '../../pages/index.js';

/** The sign-in page. */
export class PortalSignIn {
  constructor(readonly page: Page) {}

  /** Opens the portal's address as printed by `npm start`; a newcomer lands on the sign-in page. */
  async openPortal(origin: string): Promise<this> {
    await this.page.goto(origin);
    await expect(this.page).toHaveURL(/\/login/);
    return this;
  }

  /** The password shown next to `username` in the demo accounts table. */
  async passwordOf(username: string): Promise<string> {
    const password = (await this.page.getByTestId(`password-${username}`).textContent())?.trim();
    if (!password) throw new Error(`No password shown for ${username}`);
    return password;
  }

  /** Reads the password off the page, types both, and signs in. */
  async signInAs(username: string): Promise<void> {
    const password = await this.passwordOf(username);
    await this.page.getByLabel('User name').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** The "You are signed out." notice. */
  get signedOutNotice(): Locator {
    return this.page.getByTestId('signed-out');
  }
}

/** The room list. */
export class PortalRooms {
  constructor(readonly page: Page) {}

  /** Clicks "Join" on the room titled `title`. */
  async join(title: string): Promise<PortalRoom> {
    await this.page
      .locator('li[data-room]', { has: this.page.getByRole('heading', { name: title }) })
      .getByRole('link', { name: 'Join' })
      .click();
    return new PortalRoom(this.page);
  }
}

/** A room page: `<SecureMeeting>` and, inside it, the simulator's meeting page. */
export class PortalRoom {
  constructor(readonly page: Page) {}

  /** The component's root, carrying `data-meetgate-state`. */
  get component(): Locator {
    return this.page.locator('.meetgate');
  }

  /** Waits for the meeting session to reach `status` (`waiting-for-host`, `in-meeting`, `kicked`…). */
  async expectStatus(status: string): Promise<void> {
    await expect(this.component).toHaveAttribute('data-meetgate-state', status);
  }

  /** The screen's title (kicked, ended…). */
  get screenTitle(): Locator {
    return this.component.getByRole('heading').first();
  }

  /** Meeting iframes still in the page. */
  get frames(): Locator {
    return this.page.locator('iframe');
  }

  /** The token card shown during the meeting. */
  get tokenCard(): Locator {
    return this.page.locator('.meetgate-card');
  }

  /** The first-run explanation for a browser that does not trust the simulator yet. */
  get trustScreen(): Locator {
    return this.page.getByTestId('trust-screen');
  }

  /** The simulator's meeting page in the iframe. */
  meeting(): SimulatorMeeting {
    return SimulatorMeeting.inFrameOf(this.page);
  }

  /** "Leave and sign out" on the token card. */
  async leaveAndSignOut(): Promise<PortalSignOut> {
    await this.tokenCard.getByRole('button', { name: 'Leave and sign out' }).click();
    return new PortalSignOut(this.page);
  }
}

/** `GET /logout`: the portal asks before signing out. */
export class PortalSignOut {
  constructor(readonly page: Page) {}

  /** Confirms; the portal then shows its sign-in page. */
  async confirm(): Promise<PortalSignIn> {
    await expect(this.page.getByRole('heading', { name: 'Sign out of the portal?' })).toBeVisible();
    await this.page.locator('main').getByRole('button', { name: 'Sign out' }).click();
    return new PortalSignIn(this.page);
  }
}
