/**
 * The content-script side of the bridge: `startBridgeRelay` hears token requests the page posts
 * on its own window, hands them to the extension's background (which alone decides), and posts
 * the answers back to the page's origin. It runs only in pages the person allowed.
 */
import { BRIDGE_CHANNEL, BRIDGE_VERSION, parseAnswer, parseTokenRequest, type BridgeAnswer, type TokenRequestMessage } from './protocol.js';

/** What the relay needs. */
export interface BridgeRelayOptions {
  window: Window;
  /** Sends the request to the background and resolves with its answer. */
  ask(request: TokenRequestMessage): Promise<unknown>;
  /** Requests in flight at once; more are refused. Default 4. */
  maxInFlight?: number;
}

/** Starts relaying; returns the function that stops it. */
export function startBridgeRelay(options: BridgeRelayOptions): () => void {
  const win = options.window;
  const origin = win.location.origin;
  const maxInFlight = options.maxInFlight ?? 4;
  let inFlight = 0;
  // The page re-sends its request when it hears "bridge-ready"; a request id is relayed once.
  const seen = new Set<string>();

  const reply = (id: string, answer: BridgeAnswer): void => {
    win.postMessage({ channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, kind: 'token-response', id, ...answer }, origin);
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win || event.origin !== origin) return;
    const request = parseTokenRequest(event.data);
    if (!request || seen.has(request.id)) return;
    seen.add(request.id);
    if (seen.size > 256) seen.delete(seen.values().next().value as string);
    if (inFlight >= maxInFlight) {
      reply(request.id, { outcome: 'error', message: 'Too many token requests at once.' });
      return;
    }
    inFlight++;
    options
      .ask(request)
      .then((raw) => parseAnswer(raw) ?? { outcome: 'error' as const, message: 'MeetGate gave an unreadable answer.' })
      .catch(() => ({ outcome: 'error' as const, message: 'MeetGate could not be reached; reload the page.' }))
      .then((answer) => {
        inFlight--;
        reply(request.id, answer);
      });
  };

  win.addEventListener('message', onMessage);
  win.postMessage({ channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, kind: 'bridge-ready' }, origin);
  return () => win.removeEventListener('message', onMessage);
}
