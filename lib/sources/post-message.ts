/**
 * Tokens by postMessage from the window that opened or embeds this page. A message counts only
 * when all hold: its origin is exactly one of `allowedOrigins` (a wildcard is refused when the
 * source is created), it comes from `window.parent` or `window.opener` (not from this page, nor
 * from the Jitsi iframe), and it has the documented shape. Everything else is ignored silently,
 * so a hostile page learns nothing by probing.
 */
import { parseOriginList } from '../redirect/origins.js';
import { parseTokenMessage, sameRoom, tokenRequestMessage } from './message.js';
import { abortReason, systemTimers, type Timers } from './timers.js';
import type { TokenSource, TokenUpdate } from './types.js';

/** A window that can receive messages. */
export interface MessagePeer {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The parts of `window` this needs. */
export interface MessageWindow {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  readonly parent: unknown;
  readonly opener: unknown;
}

/** Configuration. */
export interface PostMessageSourceOptions {
  window: MessageWindow;
  /** Exact origins (`https://portal.example.org`); `*` throws a `ConfigurationError`. */
  allowedOrigins: readonly string[];
  /** How long a request waits for an answer before giving up with null. Default 5 s. */
  answerTimeoutMs?: number;
  timers?: Timers;
}

/** The windows allowed to talk to us: the parent when framed, and the opener. */
function peers(win: MessageWindow): MessagePeer[] {
  const list: MessagePeer[] = [];
  if (win.parent && win.parent !== win) list.push(win.parent as MessagePeer);
  if (win.opener && win.opener !== win) list.push(win.opener as MessagePeer);
  return list;
}

/** Creates the source. The window listener exists only while someone listens or a request waits. */
export function createPostMessageSource(options: PostMessageSourceOptions): TokenSource {
  const allowed = parseOriginList(options.allowedOrigins, 'allowedTokenOrigins');
  const timers = options.timers ?? systemTimers;
  const answerTimeoutMs = options.answerTimeoutMs ?? 5_000;
  const win = options.window;
  const listeners = new Set<(update: TokenUpdate) => void>();

  const onMessage = (event: MessageEvent) => {
    if (!allowed.has(event.origin)) return;
    if (!peers(win).some((peer) => peer === event.source)) return;
    const message = parseTokenMessage(event.data);
    if (!message) return;
    const update: TokenUpdate = message.room === undefined ? { token: message.token } : { token: message.token, room: message.room };
    for (const listener of [...listeners]) listener(update);
  };
  const listen = (listener: (update: TokenUpdate) => void) => {
    if (listeners.size === 0) win.addEventListener('message', onMessage);
    listeners.add(listener);
    return () => {
      if (listeners.delete(listener) && listeners.size === 0) win.removeEventListener('message', onMessage);
    };
  };

  return {
    kind: 'post-message',
    subscribe: listen,
    request({ room, domain, reason, signal }) {
      const targets = peers(win);
      if (targets.length === 0 || allowed.size === 0) return Promise.resolve(null);
      return new Promise<string | null>((resolve, reject) => {
        const finish = () => {
          stop();
          timers.clearTimeout(handle);
          signal.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          finish();
          reject(abortReason(signal));
        };
        const stop = listen((update) => {
          if (update.room !== undefined && !sameRoom(update.room, room)) return;
          finish();
          resolve(update.token);
        });
        const handle = timers.setTimeout(() => {
          finish();
          resolve(null);
        }, answerTimeoutMs);
        signal.addEventListener('abort', onAbort, { once: true });
        if (signal.aborted) return onAbort();
        // One copy per allowed origin: the browser delivers only the one whose origin matches.
        for (const target of targets) for (const origin of allowed) target.postMessage(tokenRequestMessage(room, domain, reason), origin);
      });
    },
  };
}
