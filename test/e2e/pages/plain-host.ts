/**
 * Page object of the plain host page (pages/plain-host-page.ts): opens it and reads the IFrame API
 * events it recorded, in order.
 */
import type { Frame, Page } from '@playwright/test';
import type { HostSite } from './host-site.js';
import { plainHostPage, type PlainHostPageOptions } from './plain-host-page.js';
import { SimulatorMeeting } from './simulator-meeting.js';

/** One recorded event. */
export interface RecordedEvent {
  name: string;
  data: any;
}

/** A page embedding the simulator through `/external_api.js`. */
export class PlainHost {
  constructor(readonly page: Page) {}

  /** Serves a host page for `options` on `site` and opens it. */
  async open(site: HostSite, options: PlainHostPageOptions): Promise<this> {
    await this.page.goto(site.serve(plainHostPage(options)));
    return this;
  }

  /** The meeting inside the page's iframe. */
  meeting(): SimulatorMeeting {
    return SimulatorMeeting.inFrameOf(this.page);
  }

  /** Every event recorded so far. */
  events(): Promise<RecordedEvent[]> {
    return this.page.evaluate(() => (window as unknown as { __meetEvents: RecordedEvent[] }).__meetEvents);
  }

  /** The names of the events recorded so far, in order. */
  async eventNames(): Promise<string[]> {
    return (await this.events()).map((event) => event.name);
  }

  /** Waits for the first event called `name` (after `skip` of them) and returns its data. */
  async waitForEvent(name: string, skip = 0): Promise<any> {
    const handle = await this.page.waitForFunction(
      ([wanted, index]) => (window as unknown as { __meetEvents?: RecordedEvent[] }).__meetEvents?.filter((e) => e.name === wanted)[index],
      [name, skip] as const,
    );
    return ((await handle.jsonValue()) as RecordedEvent).data;
  }

  /** The meeting iframe's Frame (for scripts such as axe that must run inside it). */
  async meetingFrame(): Promise<Frame> {
    const frame = await this.page.locator('iframe[name^="jitsiConferenceFrame"]').elementHandle();
    const content = await frame?.contentFrame();
    if (!content) throw new Error('no meeting iframe');
    return content;
  }

  /** Whether the meeting iframe is still in the page. */
  iframeCount(): Promise<number> {
    return this.page.locator('iframe').count();
  }
}
