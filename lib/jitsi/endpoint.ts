/**
 * The iframe side of the IFrame API, for a meeting page running inside the host's iframe
 * (`modules/API/API.js` and `modules/transport` in jitsi-meet; research/jitsi-facts.md §3.1–§3.2):
 * scope `jitsi_meet_external_api_<id>` from the hash, target `window.opener || window.parent`, no
 * allowedOrigin (the page cannot know who embeds it), `ready` sent at start, commands arriving as
 * events `{name, data: args}`, requests answered through the response channel.
 */
import { parseMeetingUrl } from './meeting-url.js';
import { createTransport, type Transport } from './transport.js';
import type { MessageTarget, Timers, WireEventMap } from './types.js';

/** What the endpoint needs. */
export interface MeetingEndpointOptions {
  /** The meeting page's window: its location gives the API id, its `message` events carry commands. */
  window: Window;
  /** Who to talk to; defaults to `window.opener || window.parent`. */
  target?: MessageTarget | null;
  /** Defaults to the global timers. */
  timers?: Timers;
  /** Send `ready` right away, as Jitsi's `API.init()` does (default true). */
  announceReady?: boolean;
  /**
   * What a request nobody handles gets, as the release imitated answers it (modules/API/API.js's
   * request switch, `default:`): `error-result` (default; jitsi/jitsi-meet 97e5f00, Oct 2023, on) a
   * response whose *result* is `{ error: {} }` — `callback({ error: new Error('UnknownRequestError') })`,
   * and an Error serializes to `{}`, so the host's promise resolves; `unanswered` (earlier releases,
   * jitsi/jitsi-meet@b1a3c5c) no response at all, so the host's promise never settles.
   */
  unknownRequests?: 'error-result' | 'unanswered';
}

/** Handles one command; receives the arguments given to `executeCommand`. */
export type CommandHandler = (...args: unknown[]) => void;

/** Answers one request; a thrown error or rejected promise becomes the response's `error`. */
export type RequestHandler = (data: Record<string, unknown>) => unknown;

/** The meeting page's end of the channel. */
export interface MeetingEndpoint {
  /** The API instance id from the hash, or null. */
  readonly apiId: number | null;
  /** False when the page is not embedded by the IFrame API: then sending does nothing. */
  readonly enabled: boolean;
  /** Sends an event to the host page under its wire name (typed for the events this project relies on). */
  sendEvent<N extends keyof WireEventMap>(name: N, data: WireEventMap[N]): void;
  sendEvent(name: string, data: Record<string, unknown>): void;
  /** Sends a request to the host page (`_request-desktop-sources`); resolves with its answer. */
  sendRequest(name: string, data?: Record<string, unknown>): Promise<unknown>;
  /** Handles a command by wire name (`video-hangup`, `kick-participant`…). */
  onCommand(name: string, handler: CommandHandler): () => void;
  /** Answers a request by wire name (`is-audio-muted`, `rooms-info`…). */
  onRequest(name: string, handler: RequestHandler): () => void;
  /** Removes the message listener, the handshake timer and every handler. */
  dispose(): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens the iframe side of the channel. */
export function createMeetingEndpoint(options: MeetingEndpointOptions): MeetingEndpoint {
  const { window: win } = options;
  const location = parseMeetingUrl(win.location);
  const target = options.target !== undefined ? options.target : ((win.opener as Window | null) ?? win.parent);
  // Jitsi enables the API when an id or a jwt is in the URL; a page that is its own parent has nobody to talk to.
  const enabled = (location.apiId !== null || location.jwt !== null) && target !== null && target !== win;
  const commands = new Map<string, CommandHandler>();
  const requests = new Map<string, RequestHandler>();
  let transport: Transport | null = null;

  if (enabled) {
    transport = createTransport({
      // modules/transport/index.js: a scope only when API_ID is a number (none when only a jwt enabled the API).
      scope: location.apiId === null ? undefined : `jitsi_meet_external_api_${location.apiId}`,
      target,
      listenOn: win,
      timers: options.timers,
    });
    transport.onEvent(({ name, data }) => {
      const handler = typeof name === 'string' ? commands.get(name) : undefined;
      if (!handler) return false;
      handler(...(Array.isArray(data) ? data : []));
      return true;
    });
    transport.onRequest((data, respond) => {
      const handler = typeof data.name === 'string' ? requests.get(data.name) : undefined;
      if (!handler) {
        if (options.unknownRequests !== 'unanswered') respond({ error: {} });
        return true;
      }
      Promise.resolve()
        .then(() => handler(data))
        .then(
          (result) => respond(result === undefined ? null : result),
          (error: unknown) => respond(undefined, describe(error)),
        );
      return true;
    });
    if (options.announceReady !== false) transport.sendEvent({ name: 'ready' });
  }

  return {
    apiId: location.apiId,
    enabled,
    sendEvent(name: string, data: Record<string, unknown>) {
      transport?.sendEvent({ ...data, name });
    },
    sendRequest(name, data = {}) {
      return transport ? transport.sendRequest({ ...data, name }) : Promise.reject(new Error('The IFrame API is not enabled on this page.'));
    },
    onCommand(name, handler) {
      commands.set(name, handler);
      return () => commands.get(name) === handler && commands.delete(name);
    },
    onRequest(name, handler) {
      requests.set(name, handler);
      return () => requests.get(name) === handler && requests.delete(name);
    },
    dispose() {
      commands.clear();
      requests.clear();
      transport?.dispose();
      transport = null;
    },
  };
}
