/**
 * Page object of the simulator's meeting page, inside whatever iframe (or tab) shows it.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The meeting page's visible states (`data-state` of its <main>). */
export type MeetingState = 'connecting' | 'waiting' | 'joined' | 'reconnecting' | 'left' | 'kicked' | 'ended' | 'refused' | 'failed';

/** The simulator's meeting page. */
export class SimulatorMeeting {
  constructor(readonly root: FrameLocator | Page) {}

  /** The meeting iframe of a page that embeds it with the IFrame API. */
  static inFrameOf(page: Page): SimulatorMeeting {
    return new SimulatorMeeting(page.frameLocator('iframe[name^="jitsiConferenceFrame"]'));
  }

  /** The status line (role=status). */
  get status(): Locator {
    return this.root.getByRole('status');
  }

  /** The simulator notice at the top. */
  get banner(): Locator {
    return this.root.getByRole('note');
  }

  /** The participant list rows. */
  get participants(): Locator {
    return this.root.locator('#participants li');
  }

  /** Waits for the page to reach `state`. */
  async expectState(state: MeetingState): Promise<void> {
    await expect(this.root.locator(`main#meeting[data-state="${state}"]`)).toBeVisible();
  }

  /** Waits until `name` is listed. */
  async expectParticipant(name: string): Promise<void> {
    await expect(this.participants.filter({ hasText: name })).toHaveCount(1);
  }

  /** Clicks the Kick button of `name` (moderators only). */
  async kick(name: string): Promise<void> {
    await this.root.getByRole('button', { name: `Kick ${name}` }).click();
  }

  /** The "Hang up" button (hidden once the meeting is over for this page). */
  get hangUpButton(): Locator {
    return this.root.getByRole('button', { name: 'Hang up' });
  }

  /** Clicks "Hang up". */
  async hangUp(): Promise<void> {
    await this.hangUpButton.click();
  }

  /** Clicks "Drop my connection": the page's socket closes as in a network failure, then reconnects. */
  async dropConnection(): Promise<void> {
    await this.root.getByRole('button', { name: 'Drop my connection' }).click();
  }

  /** Clicks "End meeting" (moderators only). */
  async endMeeting(): Promise<void> {
    await this.root.getByRole('button', { name: 'End meeting' }).click();
  }
}
