/**
 * The postis framing Jitsi's IFrame API runs on (research/jitsi-facts.md §3.2): every message is
 * `JSON.stringify({postis: true, scope, method, params})` posted with targetOrigin `*`; both sides
 * repeat `__ready__` with their own readyCheckID every 50 ms, echo a foreign id, and become ready
 * when their own id comes back; other sends wait in a buffer until then.
 */
import type { MessageSource, MessageTarget, PostisFrame, Timers } from './types.js';

/** The handshake method. */
export const READY_METHOD = '__ready__';

/** How often `__ready__` is repeated until the other side answers. */
export const READY_INTERVAL_MS = 50;

/** A frame larger than this is dropped unparsed; no IFrame API message comes close. */
const MAX_FRAME_CHARS = 1_000_000;

/** How to reach the other side and whom to believe. */
export interface PostisOptions {
  /**
   * `jitsi_meet_external_api_<id>`: frames with another scope are ignored. Undefined for a meeting
   * page whose URL has a jwt but no API id: Jitsi's modules/transport then opens postis without a
   * scope (its frames carry none, and it reads only frames without one), so no host hears it.
   */
  scope: string | undefined;
  /** The window to post to: the iframe's contentWindow (host side) or the parent (iframe side). */
  target: MessageTarget | null;
  /** The window whose `message` events are read. */
  listenOn: MessageSource;
  /** When set, frames from any other origin are dropped (the host side sets the meeting origin). */
  allowedOrigin?: string;
  /**
   * When set, frames whose `event.source` is not this window are dropped. Jitsi does not check
   * this; it is a cheap extra guard against other frames of the same origin.
   */
  expectedSource?: () => unknown;
  /** Defaults to the global timers. */
  timers?: Timers;
}

/** A postis channel. */
export interface Postis {
  /** Calls `handler` with the params of every frame for `method`; replays frames that came before. */
  listen(method: string, handler: (params: unknown) => void): () => void;
  /** Posts a frame now if ready (or for `__ready__`), else buffers it. */
  send(method: string, params?: unknown): void;
  /** True once the handshake completed. */
  readonly ready: boolean;
  /** Stops the handshake timer, removes the message listener and forgets every buffer. */
  destroy(): void;
}

/** Parses a frame the way Jitsi does (strings only), ignoring keys that could poison prototypes. */
function parseFrame(data: unknown): PostisFrame | null {
  if (typeof data !== 'string' || data.length > MAX_FRAME_CHARS) return null;
  try {
    const value: unknown = JSON.parse(data, (key, inner: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : inner));
    if (typeof value !== 'object' || value === null) return null;
    const frame = value as Partial<PostisFrame>;
    return frame.postis === true && (frame.scope === undefined || typeof frame.scope === 'string') && typeof frame.method === 'string'
      ? (frame as PostisFrame)
      : null;
  } catch {
    return null;
  }
}

/** The readyCheckIDs of this page's open channels. */
const liveIds = new Set<string>();

/**
 * A new readyCheckID as @jitsi/js-utils transport/postis.js (2.6.7 and 1.0.5 alike) draws it, a
 * float's string such as "1795839587803.151" — but never one an open channel of this page holds.
 * At today's `Date.now()` the float keeps only about 11 bits of the random part, so two channels
 * made in the same millisecond share an id once in ~2,000; if those are the two ends of one
 * channel (both in one page: the simulator's tests, a same-window meeting), each takes the other's
 * `__ready__` for its own echo, stops repeating its own, and neither ever becomes ready. (Jitsi's
 * two ends live in two pages created far apart, where this cannot happen.)
 */
function drawReadyCheckId(): string {
  let id: string;
  do id = `${Date.now() + Math.random()}`;
  while (liveIds.has(id));
  liveIds.add(id);
  return id;
}

/** Opens a postis channel and starts the `__ready__` handshake. */
export function createPostis(options: PostisOptions): Postis {
  const { scope, target, listenOn, allowedOrigin, expectedSource } = options;
  const timers: Timers = options.timers ?? globalThis;
  const readyCheckId = drawReadyCheckId();
  const listeners = new Map<string, Set<(params: unknown) => void>>();
  const listenBuffer = new Map<string, unknown[]>();
  let sendBuffer: Array<{ method: string; params: unknown }> = [];
  let ready = false;
  let destroyed = false;
  let interval: unknown = null;

  function post(method: string, params: unknown): void {
    const frame: PostisFrame = { postis: true, scope, method, params };
    target?.postMessage(JSON.stringify(frame), '*');
  }

  function send(method: string, params?: unknown): void {
    if (destroyed) return;
    if ((ready || method === READY_METHOD) && target) post(method, params);
    else sendBuffer.push({ method, params });
  }

  function deliver(method: string, params: unknown): void {
    const handlers = listeners.get(method);
    if (handlers && handlers.size > 0) {
      for (const handler of [...handlers]) handler(params);
      return;
    }
    const buffered = listenBuffer.get(method) ?? [];
    buffered.push(params);
    listenBuffer.set(method, buffered);
  }

  function onMessage(event: Event): void {
    const message = event as MessageEvent;
    if (allowedOrigin !== undefined && message.origin !== allowedOrigin) return;
    if (expectedSource && message.source !== expectedSource()) return;
    const frame = parseFrame(message.data);
    if (!frame || frame.scope !== scope) return;
    deliver(frame.method, frame.params);
  }

  function listen(method: string, handler: (params: unknown) => void): () => void {
    const handlers = listeners.get(method) ?? new Set();
    handlers.add(handler);
    listeners.set(method, handlers);
    const buffered = listenBuffer.get(method);
    listenBuffer.delete(method);
    for (const params of buffered ?? []) handler(params);
    return () => handlers.delete(handler);
  }

  function stopHandshake(): void {
    if (interval !== null) timers.clearInterval(interval);
    interval = null;
  }

  listen(READY_METHOD, (id) => {
    if (id !== readyCheckId) {
      send(READY_METHOD, id);
      return;
    }
    if (ready) return;
    stopHandshake();
    ready = true;
    const pending = sendBuffer;
    sendBuffer = [];
    for (const { method, params } of pending) send(method, params);
  });
  listenOn.addEventListener('message', onMessage, false);
  interval = timers.setInterval(() => send(READY_METHOD, readyCheckId), READY_INTERVAL_MS);

  return {
    listen,
    send,
    get ready() {
      return ready;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      ready = false;
      liveIds.delete(readyCheckId);
      stopHandshake();
      listenOn.removeEventListener('message', onMessage, false);
      listeners.clear();
      listenBuffer.clear();
      sendBuffer = [];
    },
  };
}
