/**
 * Test doubles for two windows talking through postMessage. jsdom's postMessage sets neither
 * `origin` nor `source`, so these deliver the message events themselves, the way a browser does:
 * asynchronously, with the sender's origin and window.
 */

/** A message event with the fields postis reads. */
export function messageEvent(data: unknown, origin: string, source: unknown): Event {
  const event = new Event('message');
  Object.defineProperties(event, {
    data: { value: data },
    origin: { value: origin },
    source: { value: source },
  });
  return event;
}

/** A window stand-in: an EventTarget with an origin, a location, and a log of what was posted to it. */
export class FakeWindow extends EventTarget {
  /** Every message posted *to* this window, parsed when it is JSON. */
  readonly received: unknown[] = [];
  /** The window this one's `postMessage` is answered from (who is "sending" to it). */
  peer: FakeWindow | null = null;
  opener: unknown = null;
  parent: unknown = this;
  location: { pathname: string; search: string; hash: string };
  /** How many `message` listeners are attached now. */
  messageListeners = 0;

  constructor(
    readonly origin: string,
    href = `${origin}/`,
  ) {
    super();
    const url = new URL(href);
    this.location = { pathname: url.pathname, search: url.search, hash: url.hash };
  }

  /** Delivers `data` to this window as if `from` had posted it. */
  deliver(data: unknown, from: { origin: string } | null): void {
    this.received.push(typeof data === 'string' ? safeParse(data) : data);
    queueMicrotask(() => this.dispatchEvent(messageEvent(data, from?.origin ?? 'null', from)));
  }

  /** `postMessage` as called on this window by its peer. */
  postMessage(data: unknown, targetOrigin: string): void {
    if (targetOrigin !== '*' && targetOrigin !== this.origin) return;
    this.deliver(data, this.peer);
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    if (type === 'message') this.messageListeners++;
    super.addEventListener(type, listener, options);
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void {
    if (type === 'message') this.messageListeners--;
    super.removeEventListener(type, listener, options);
  }
}

/** Parses JSON text, returning the text itself when it is not JSON. */
export function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Two fake windows that post to each other. */
export function windowPair(
  hostOrigin = 'https://host.example',
  meetingHref = 'https://meet.example.org/room#jitsi_meet_external_api_id=0',
): {
  host: FakeWindow;
  meeting: FakeWindow;
} {
  const host = new FakeWindow(hostOrigin);
  const meeting = new FakeWindow(new URL(meetingHref).origin, meetingHref);
  host.peer = meeting;
  meeting.peer = host;
  meeting.parent = host;
  return { host, meeting };
}

/** The postis frames in `messages` (parsed), optionally only those of one method. */
export function frames(messages: unknown[], method?: string): Array<{ postis: true; scope: string; method: string; params?: any }> {
  return messages.filter(
    (m): m is { postis: true; scope: string; method: string; params?: any } =>
      typeof m === 'object' &&
      m !== null &&
      (m as { postis?: unknown }).postis === true &&
      (method === undefined || (m as { method?: unknown }).method === method),
  );
}
