import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../lib/redirect/index.js';
import { createPostMessageSource, parseTokenMessage, type MessageWindow, type TokenRequest, type TokenUpdate } from '../../../lib/sources/index.js';
import { FakeTimers } from './fake-timers.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';
const PORTAL = 'https://portal.example.org';

/** A window with a parent (and optionally an opener) that records what was posted. */
function framedWindow(withOpener = false) {
  const target = new EventTarget();
  const posted: Array<{ message: unknown; origin: string; to: string }> = [];
  const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin, to: 'parent' }) };
  const opener = withOpener ? { postMessage: (message: unknown, origin: string) => posted.push({ message, origin, to: 'opener' }) } : null;
  const win = {
    parent,
    opener,
    addEventListener: (type: 'message', l: (e: MessageEvent) => void) => target.addEventListener(type, l as EventListener),
    removeEventListener: (type: 'message', l: (e: MessageEvent) => void) => target.removeEventListener(type, l as EventListener),
  } satisfies MessageWindow;
  let listeners = 0;
  const counting: MessageWindow = {
    parent,
    opener,
    addEventListener: (type, l) => {
      listeners++;
      win.addEventListener(type, l);
    },
    removeEventListener: (type, l) => {
      listeners--;
      win.removeEventListener(type, l);
    },
  };
  /** Delivers a message as the browser would, with the given origin and source window. */
  const deliver = (data: unknown, origin = PORTAL, source: unknown = parent) => {
    const event = new Event('message') as MessageEvent;
    Object.defineProperties(event, { data: { value: data }, origin: { value: origin }, source: { value: source } });
    target.dispatchEvent(event);
  };
  return { win: counting, parent, opener, posted, deliver, listeners: () => listeners };
}

const good = (extra: Record<string, unknown> = {}) => ({ type: 'meetgate:token', version: 1, token: TOKEN, ...extra });

describe('parseTokenMessage', () => {
  it('accepts exactly the documented shape', () => {
    expect(parseTokenMessage(good())).toEqual(good());
    expect(parseTokenMessage(good({ room: 'standup' }))).toEqual(good({ room: 'standup' }));
    expect(parseTokenMessage(Object.assign(Object.create(null), good()))).toEqual(good());
  });
  it.each([
    ['a string', JSON.stringify(good())],
    ['null', null],
    ['an array', [good()]],
    ['wrong type', good({ type: 'oauth-success' })],
    ['Jitsi postis frame', { postis: true, scope: 'jitsi_meet_external_api_0', method: 'message', params: {} }],
    ['no version', { type: 'meetgate:token', token: TOKEN }],
    ['version 2', good({ version: 2 })],
    ['version "1"', good({ version: '1' })],
    ['token a number', good({ token: 42 })],
    ['token an object', good({ token: { toString: () => TOKEN } })],
    ['token a String object', good({ token: new String(TOKEN) })],
    ['token not a JWT', good({ token: 'hello world' })],
    ['token with a newline', good({ token: `${TOKEN}\n` })],
    ['token oversized', good({ token: `${'a'.repeat(17_000)}.b.c` })],
    ['room a number', good({ room: 7 })],
    ['room empty', good({ room: '' })],
    ['room oversized', good({ room: 'r'.repeat(600) })],
    ['a class instance', Object.assign(new (class Message {})(), good())],
    ['a Date', new Date()],
  ])('refuses %s', (_name, data) => {
    expect(parseTokenMessage(data)).toBeNull();
  });
  it('ignores inherited properties', () => {
    const proto = good();
    expect(parseTokenMessage(Object.setPrototypeOf({}, proto))).toBeNull();
  });
});

describe('createPostMessageSource', () => {
  it('refuses "*" and non-origins at configuration', () => {
    const { win } = framedWindow();
    expect(() => createPostMessageSource({ window: win, allowedOrigins: ['*'] })).toThrow(ConfigurationError);
    expect(() => createPostMessageSource({ window: win, allowedOrigins: ['portal.example.org'] })).toThrow(ConfigurationError);
    expect(() => createPostMessageSource({ window: win, allowedOrigins: ['https://portal.example.org/app'] })).toThrow(ConfigurationError);
  });

  it('pushes a token from the parent at an allowed origin, and nothing else', () => {
    const frame = framedWindow();
    const source = createPostMessageSource({ window: frame.win, allowedOrigins: [PORTAL] });
    const seen: TokenUpdate[] = [];
    const stop = source.subscribe!((update) => seen.push(update));
    frame.deliver(good({ token: 'bad.origin.x' }), 'https://evil.example.com');
    frame.deliver(good({ token: 'sub.domain.x' }), 'https://a.portal.example.org');
    frame.deliver(good({ token: 'http.scheme.x' }), 'http://portal.example.org');
    frame.deliver(good({ token: 'null.origin.x' }), 'null');
    frame.deliver(good({ token: 'self.source.x' }), PORTAL, frame.win);
    frame.deliver(good({ token: 'no.source.x' }), PORTAL, null);
    frame.deliver(good({ token: 'other.window.x' }), PORTAL, { postMessage() {} });
    frame.deliver({ type: 'meetgate:token', version: 1, token: 17 });
    frame.deliver(good({ token: 'x'.repeat(20_000) }));
    frame.deliver(good({ room: 'standup' }));
    expect(seen).toEqual([{ token: TOKEN, room: 'standup' }]);
    stop();
    frame.deliver(good());
    expect(seen).toHaveLength(1);
  });

  it('accepts the opener too', () => {
    const frame = framedWindow(true);
    const source = createPostMessageSource({ window: frame.win, allowedOrigins: [PORTAL] });
    const seen: TokenUpdate[] = [];
    source.subscribe!((update) => seen.push(update));
    frame.deliver(good(), PORTAL, frame.opener);
    expect(seen).toEqual([{ token: TOKEN }]);
  });

  it('listens on the window only while subscribed or waiting', async () => {
    const frame = framedWindow();
    const timers = new FakeTimers();
    const source = createPostMessageSource({ window: frame.win, allowedOrigins: [PORTAL], timers });
    expect(frame.listeners()).toBe(0);
    const a = source.subscribe!(() => {});
    const b = source.subscribe!(() => {});
    expect(frame.listeners()).toBe(1);
    a();
    a();
    expect(frame.listeners()).toBe(1);
    b();
    expect(frame.listeners()).toBe(0);
    const pending = source.request({ room: 'standup', domain: 'meet.example.org', reason: 'initial', signal: new AbortController().signal });
    expect(frame.listeners()).toBe(1);
    await timers.advance(5_000);
    await expect(pending).resolves.toBeNull();
    expect(frame.listeners()).toBe(0);
    expect(timers.pending).toBe(0);
  });

  it('asks the parent, once per allowed origin, and resolves with the answer for this room', async () => {
    const frame = framedWindow();
    const timers = new FakeTimers();
    const source = createPostMessageSource({ window: frame.win, allowedOrigins: [PORTAL, 'https://admin.example.org'], timers });
    const req: TokenRequest = { room: 'Team Standup', domain: 'meet.example.org', reason: 'expiring', signal: new AbortController().signal };
    const pending = source.request(req);
    const request = { type: 'meetgate:token-request', version: 1, room: 'Team Standup', domain: 'meet.example.org', reason: 'expiring' };
    expect(frame.posted).toEqual([
      { message: request, origin: PORTAL, to: 'parent' },
      { message: request, origin: 'https://admin.example.org', to: 'parent' },
    ]);
    frame.deliver(good({ token: 'other.room.x', room: 'retro' }));
    frame.deliver(good({ room: 'team standup' }));
    await expect(pending).resolves.toBe(TOKEN);
    expect(frame.listeners()).toBe(0);
    expect(timers.pending).toBe(0);
  });

  it('resolves null at once in a top-level page with no opener', async () => {
    const target = new EventTarget();
    const top = {
      opener: null,
      addEventListener: (t: 'message', l: (e: MessageEvent) => void) => target.addEventListener(t, l as EventListener),
      removeEventListener: (t: 'message', l: (e: MessageEvent) => void) => target.removeEventListener(t, l as EventListener),
    } as { parent?: unknown; opener: null } & Omit<MessageWindow, 'parent' | 'opener'>;
    top.parent = top;
    const source = createPostMessageSource({ window: top as unknown as MessageWindow, allowedOrigins: [PORTAL] });
    await expect(source.request({ room: 'r', domain: 'd', reason: 'initial', signal: new AbortController().signal })).resolves.toBeNull();
  });

  it('stops waiting on abort, leaving no listener or timer', async () => {
    const frame = framedWindow();
    const timers = new FakeTimers();
    const controller = new AbortController();
    const source = createPostMessageSource({ window: frame.win, allowedOrigins: [PORTAL], timers });
    const pending = source.request({ room: 'r', domain: 'd', reason: 'initial', signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(frame.listeners()).toBe(0);
    expect(timers.pending).toBe(0);
  });
});
