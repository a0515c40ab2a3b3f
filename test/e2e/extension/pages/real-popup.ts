/**
 * The real toolbar popup over a web page, as a person's click opens it: Chromium's CDP command
 * `Extensions.triggerAction` clicks the toolbar button for a tab, which also grants the extension
 * `activeTab` on that tab. Playwright does not expose action popups as pages, so this page object
 * drives the popup over a raw CDP session (browser endpoint from the profile's DevToolsActivePort).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';

interface CdpReply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}
interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A minimal CDP client over the browser endpoint. */
class Cdp {
  private next = 0;
  private readonly waiting = new Map<number, (reply: CdpReply) => void>();
  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const reply = JSON.parse(data.toString('utf8')) as CdpReply;
      if (reply.id !== undefined) this.waiting.get(reply.id)?.(reply);
    });
  }

  static async connect(userDataDir: string): Promise<Cdp> {
    const [port, path] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
    const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new Cdp(socket);
  }

  async send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = ++this.next;
    const reply = await new Promise<CdpReply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method} got no answer`)), 10_000);
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
    this.waiting.delete(id);
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result ?? {};
  }

  close(): void {
    this.socket.close();
  }
}

/** The popup of extension `extensionId`, opened over `page`. */
export class RealPopup {
  private constructor(
    private readonly cdp: Cdp,
    private readonly sessionId: string,
  ) {}

  /** Clicks the toolbar button for `page`'s tab and attaches to the popup that opens. */
  static async openOver(page: Page, extensionId: string, userDataDir: string): Promise<RealPopup> {
    const cdp = await Cdp.connect(userDataDir);
    const tabs = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos as TargetInfo[];
    const tab = tabs.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab shows ${page.url()}`);
    await page.bringToFront();
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    for (let attempt = 0; attempt < 50; attempt++) {
      const targets = (await cdp.send('Target.getTargets')).targetInfos as TargetInfo[];
      const popup = targets.find((target) => target.type === 'page' && target.url === popupUrl);
      if (popup) {
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: true });
        return new RealPopup(cdp, sessionId as string);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    cdp.close();
    throw new Error('the toolbar popup did not open');
  }

  /** Evaluates `expression` in the popup and returns its (JSON) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = await this.cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, this.sessionId);
    const details = reply.exceptionDetails as { text?: string } | undefined;
    if (details) throw new Error(`popup script failed: ${details.text ?? 'exception'}`);
    return (reply.result as { value: T }).value;
  }

  /** Waits until `selector` matches an element whose text contains `text` (when given); returns its text. */
  async waitFor(selector: string, text = '', timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const probe = `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return el ? el.textContent : null; })()`;
    while (Date.now() < deadline) {
      const found = await this.evaluate<string | null>(probe);
      if (found !== null && found.includes(text)) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`popup: ${selector} with "${text}" did not appear`);
  }

  /** Whether `selector` matches anything now. */
  async has(selector: string): Promise<boolean> {
    return this.evaluate<boolean>(`document.querySelector(${JSON.stringify(selector)}) !== null`);
  }

  /** Clicks the element matching `selector` (a real click event, as a person's). */
  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    const box = await this.evaluate<{ x: number; y: number }>(
      `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.cdp.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 }, this.sessionId).catch(() => undefined);
    }
  }

  /** Detaches (the popup closes by itself when the browser wants). */
  close(): void {
    this.cdp.close();
  }
}
