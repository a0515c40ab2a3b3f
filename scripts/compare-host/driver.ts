/**
 * One host page in Chromium, as the scenarios drive it: opens the API, calls methods, clicks in the
 * meeting frame, waits for the meeting's visible state, and keeps everything the recorder reports.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { BINDING, RECORDER_SCRIPT, hostPage, type Seen } from './page.js';

/** What the host page (page.ts) exposes to the driver. */
type HostWindow = Window & {
  __open(domain: string, options: Record<string, unknown>): void;
  __call(name: string, args: unknown[]): Promise<void>;
};

/** What a scenario needs from the world around it. */
export interface World {
  domain: string;
  /** Serves a page on the loopback host site; returns its URL. */
  serve(html: string): string;
  /** URL of the external_api.js under test. */
  scriptUrl: string;
  /** A real HS256 token for the simulator. */
  token(spec: { name: string; role: 'owner' | 'member'; room: string; secret?: string }): Promise<string>;
  newContext(): Promise<BrowserContext>;
}

/** A page with a host API in it. */
export class HostPage {
  readonly seen: Seen[] = [];
  private lastSeenAt = Date.now();

  private constructor(readonly page: Page) {}

  /** A fresh page in its own context (own storage), recording. */
  static async create(world: World): Promise<HostPage> {
    const context = await world.newContext();
    let host: HostPage | undefined;
    await context.exposeBinding(BINDING, (_source, entry: Seen) => {
      host?.seen.push(entry);
      if (host) host.lastSeenAt = Date.now();
    });
    await context.addInitScript(RECORDER_SCRIPT);
    host = new HostPage(await context.newPage());
    const page = host.page;
    page.on('pageerror', (error) => host?.seen.push({ kind: 'event', name: '<uncaught error in the page>', args: [error.message] }));
    await host.page.goto(world.serve(hostPage(world.scriptUrl)));
    return host;
  }

  /** `new JitsiMeetExternalAPI(domain, options)` in the page. */
  async open(domain: string, options: Record<string, unknown>): Promise<void> {
    await this.page.evaluate(([d, o]) => (window as unknown as HostWindow).__open(d, o), [domain, options] as const);
  }

  /** Calls `api[name](...args)` and records the answer. */
  async call(name: string, ...args: unknown[]): Promise<void> {
    await this.page.evaluate(([n, a]) => (window as unknown as HostWindow).__call(n, a), [name, args] as const);
  }

  /** Waits until the meeting frame shows `state` (data-state of its <main>), then until it is quiet. */
  async state(state: string, timeoutMs = 15_000): Promise<void> {
    await this.page.frameLocator('iframe[name^="jitsiConferenceFrame"]').locator(`main#meeting[data-state="${state}"]`).waitFor({ timeout: timeoutMs });
    await this.quiet();
  }

  /** Clicks a button by its accessible name inside the meeting frame. */
  async click(name: string): Promise<void> {
    await this.page.frameLocator('iframe[name^="jitsiConferenceFrame"]').getByRole('button', { name }).click();
  }

  /** Waits until nothing has been recorded for `quietMs` (at most `maxMs`). */
  async quiet(quietMs = 500, maxMs = 5000): Promise<void> {
    const start = Date.now();
    while (Date.now() - this.lastSeenAt < quietMs && Date.now() - start < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The first recorded event called `name`, waiting for it. */
  async event(name: string, timeoutMs = 15_000): Promise<unknown[]> {
    const start = Date.now();
    for (;;) {
      const found = this.seen.find((s) => s.kind === 'event' && s.name === name);
      if (found && found.kind === 'event') return found.args;
      if (Date.now() - start > timeoutMs) throw new Error(`no ${name} event within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Closes the page's context. */
  async close(): Promise<void> {
    await this.page.context().close();
  }
}
