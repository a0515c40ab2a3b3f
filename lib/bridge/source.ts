/**
 * `createExtensionTokenSource`: the MeetGate extension as a `TokenSource` for `<SecureMeeting>`
 * (`tokenSource="extension"`), built on `requestExtensionToken`. The bridge client is imported on
 * the first request: pages that never ask the extension do not load it, and since it shares no
 * module with the component's meeting runtime, a bundler makes it one chunk with no second
 * round trip behind it.
 */
import { TokenSourceError, type ExtensionTokenSource } from '../sources/types.js';
import type { ExtensionTokenRequest } from './client.js';

/** Options of the extension source. */
export interface ExtensionSourceOptions {
  window?: Window;
  /** How long to wait for an answer (the person may have to allow the site first). */
  timeoutMs?: number;
  /** Called when the extension has not answered within a second: tell the person to click MeetGate's button. */
  onPending?: () => void;
}

/** Splits the session's `tenant/room` into the bridge's tenant and room. */
function splitRoom(room: string): { tenant: string | null; room: string } {
  const at = room.lastIndexOf('/');
  return at < 0 ? { tenant: null, room } : { tenant: room.slice(0, at) || null, room: room.slice(at + 1) };
}

/**
 * A token source asking the extension. Resolves with the token, or null when the extension holds
 * none for this room (the person should sign in there); rejects with a `TokenSourceError` carrying
 * the extension's reason when the site is not allowed or nothing answered.
 */
export function createExtensionTokenSource(options: ExtensionSourceOptions = {}): ExtensionTokenSource {
  return {
    kind: 'extension',
    async request({ domain, room, signal }) {
      const request: ExtensionTokenRequest = { domain: domain.toLowerCase(), ...splitRoom(room), signal };
      if (options.window) request.window = options.window;
      if (options.timeoutMs !== undefined) request.timeoutMs = options.timeoutMs;
      if (options.onPending) request.onPending = options.onPending;
      const { requestExtensionToken } = await import('./client.js');
      const result = await requestExtensionToken(request);
      if (signal.aborted) throw signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
      switch (result.outcome) {
        case 'granted':
          return result.token;
        case 'no-token':
          return null;
        case 'unavailable':
          throw new TokenSourceError('timeout', result.message, 'extension');
        default:
          throw new TokenSourceError('failed', result.message, 'extension');
      }
    },
  };
}
