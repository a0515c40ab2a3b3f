/**
 * Page object of `<SecureMeeting>` on the test host page (test/e2e/host/): its screens, actions,
 * token card and meeting iframe, and what the page recorded (states, iframes ever inserted).
 */
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { MeetingStatus } from '../../../components/index.js';
import type { HostPage, HostPageConfig, RecordedState } from '../host/index.js';
import { SimulatorMeeting } from './simulator-meeting.js';

/** The component on a host page (the tab itself, or a frame when a portal embeds the host page). */
export class SecureMeetingPage {
  /** Requests the tab made to the meeting domain (external_api.js, the meeting page…), URLs without query. */
  readonly meetingRequests: string[] = [];

  /**
   * @param page the tab (requests are recorded for all its frames when `meetingDomain` is given)
   * @param scope where the host page is: the tab (default) or one of its frames
   */
  constructor(
    readonly page: Page,
    meetingDomain?: string,
    readonly scope: Page | Frame = page,
  ) {
    if (meetingDomain) {
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.hostname === meetingDomain) this.meetingRequests.push(`${url.origin}${url.pathname}`);
      });
    }
  }

  /** Opens the host page for `config`; `link` is appended to its address (e.g. `&jwt=…`, flow 7 only). */
  async open(host: HostPage, config: HostPageConfig, link = ''): Promise<this> {
    try {
      await this.scope.goto(host.url(config) + link);
    } catch (error) {
      // Navigation errors quote the address: keep a token in `link` out of the report.
      if (!link) throw error;
      throw new Error(`Could not open the host page: ${(error instanceof Error ? error.message : String(error)).split(link).join('<link>')}`);
    }
    return this;
  }

  /** The component's outer element. */
  get component(): Locator {
    return this.scope.locator('.meetgate');
  }

  /** The full-screen state screen, when one is shown. */
  get screen(): Locator {
    return this.component.locator('section[data-meetgate-screen]');
  }

  /** Its title. */
  get screenTitle(): Locator {
    return this.screen.locator('h2');
  }

  /** The joining status bar. */
  get joiningBar(): Locator {
    return this.component.locator('[data-meetgate-screen="joining"]');
  }

  /** The token card. */
  get tokenCard(): Locator {
    return this.component.getByRole('complementary', { name: 'Your meeting pass' });
  }

  /** The polite live region announcing state changes. */
  get announcement(): Locator {
    return this.component.locator('[data-meetgate-live]');
  }

  /** The notice of the current screen (a refused redirect, a failed source). */
  get notice(): Locator {
    return this.component.locator('[data-meetgate-notice]');
  }

  /** Every iframe inside the component. */
  get frames(): Locator {
    return this.component.locator('iframe');
  }

  /** A screen's button by its visible name ("Sign in again", "Leave"…). */
  button(name: string): Locator {
    return this.component.getByRole('button', { name, exact: true });
  }

  /** The simulator's meeting page inside the component's iframe. */
  meeting(): SimulatorMeeting {
    return new SimulatorMeeting(this.scope.frameLocator('.meetgate iframe[name^="jitsiConferenceFrame"]'));
  }

  /** Waits for the component to be in `status`. */
  async expectStatus(status: MeetingStatus, timeout?: number): Promise<void> {
    await expect(this.component).toHaveAttribute('data-meetgate-state', status, timeout === undefined ? {} : { timeout });
  }

  /** Every state the component went through, in order (as `onStateChange` saw them). */
  states(): Promise<RecordedState[]> {
    return this.scope.evaluate(() => window.__host.states);
  }

  /** The statuses it went through, consecutive repeats folded. */
  async statuses(): Promise<MeetingStatus[]> {
    const all = (await this.states()).map((entry) => entry.status);
    return all.filter((status, index) => status !== all[index - 1]);
  }

  /** How many iframes were ever inserted into the page since it loaded. */
  iframesEverInserted(): Promise<number> {
    return this.scope.evaluate(() => window.__host.iframeInsertedAt.length);
  }

  /** Expands the full inspection report in the token card or on the screen. */
  async openInspectionReport(): Promise<void> {
    const summary = this.component.locator('details.meetgate-report > summary').first();
    await summary.click();
    await expect(this.component.locator('details.meetgate-report[open]').first()).toBeVisible();
  }
}
