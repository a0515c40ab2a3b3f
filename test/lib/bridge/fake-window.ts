/**
 * A window as small as the bridge needs, with postMessage that fills `origin` and `source` as
 * browsers do (jsdom leaves them empty). `deliver` lets a test post as a foreign frame or origin.
 */

/** A stand-in for `document.documentElement`. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
}

/** The fake window and its controls. */
export interface FakeWindow {
  window: Window;
  root: FakeElement;
  /** Everything posted on this window, in order. */
  posted: Array<{ data: unknown; targetOrigin: string }>;
  /** Dispatches a message as if posted by `source` from `origin`. */
  deliver(data: unknown, options?: { origin?: string; source?: unknown }): void;
}

/** Creates a window at `origin`. Messages are delivered asynchronously, like browsers do. */
export function fakeWindow(origin = 'https://portal.example.org'): FakeWindow {
  const target = new EventTarget();
  const root = new FakeElement();
  const posted: FakeWindow['posted'] = [];
  const win = {
    location: { origin },
    document: { documentElement: root },
    crypto: globalThis.crypto,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  } as unknown as Window & { postMessage(data: unknown, targetOrigin: string): void };
  const deliver = (data: unknown, options: { origin?: string; source?: unknown } = {}): void => {
    const event = new MessageEvent('message', { data: structuredClone(data), origin: options.origin ?? origin });
    Object.defineProperty(event, 'source', { value: 'source' in options ? options.source : win });
    queueMicrotask(() => target.dispatchEvent(event));
  };
  win.postMessage = (data: unknown, targetOrigin: string) => {
    posted.push({ data, targetOrigin });
    if (targetOrigin === origin || targetOrigin === '*') deliver(data);
  };
  return { window: win, root, posted, deliver };
}
