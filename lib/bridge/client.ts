/**
 * The page side of the bridge: `requestExtensionToken` asks the MeetGate extension for a token
 * for a room. It states the ask on `<html>` (so the extension's popup can show it to the person),
 * posts the request on its own window, and accepts answers only from its own window and origin.
 */
import {
  ASK_ATTRIBUTE,
  BRIDGE_CHANNEL,
  BRIDGE_VERSION,
  parseExtensionMessage,
  type BridgeAnswer,
  type BridgeAsk,
  type TokenRequestMessage,
} from './protocol.js';

/** How long to wait for the person to allow the site in the extension's popup. */
export const DEFAULT_BRIDGE_TIMEOUT_MS = 120_000;

/** What a page passes to `requestExtensionToken`. */
export interface ExtensionTokenRequest extends BridgeAsk {
  /** Gives up after this long with `unavailable`. Default two minutes (a person may have to allow the site). */
  timeoutMs?: number;
  /** Called once when no extension has answered after `pendingAfterMs`: time to tell the person to click MeetGate's toolbar button. */
  onPending?: () => void;
  /** Default 1000 ms. */
  pendingAfterMs?: number;
  signal?: AbortSignal;
  /** The window to talk on; defaults to the global `window`. */
  window?: Window;
}

/** The extension's answer, or `unavailable` when nothing answered (not installed, or the site not allowed yet). */
export type ExtensionTokenResult = BridgeAnswer | { outcome: 'unavailable'; message: string };

/** A random request id. */
function newId(win: Window): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Asks the extension for a token; never rejects. */
export function requestExtensionToken(request: ExtensionTokenRequest): Promise<ExtensionTokenResult> {
  const win = request.window ?? window;
  const origin = win.location.origin;
  if (!origin || origin === 'null') {
    return Promise.resolve({ outcome: 'unavailable', message: 'This page has no origin the extension could allow (a file or sandboxed page).' });
  }
  const message: TokenRequestMessage = {
    channel: BRIDGE_CHANNEL,
    version: BRIDGE_VERSION,
    kind: 'token-request',
    id: newId(win),
    domain: request.domain,
    tenant: request.tenant,
    room: request.room,
  };
  const root = win.document.documentElement;
  const ask = JSON.stringify({ domain: request.domain, tenant: request.tenant, room: request.room });

  return new Promise<ExtensionTokenResult>((resolve) => {
    let answered = false;
    const finish = (result: ExtensionTokenResult): void => {
      win.removeEventListener('message', onMessage);
      win.clearTimeout(timeout);
      win.clearTimeout(pending);
      request.signal?.removeEventListener('abort', onAbort);
      if (root.getAttribute(ASK_ATTRIBUTE) === ask) root.removeAttribute(ASK_ATTRIBUTE);
      resolve(result);
    };
    const onMessage = (event: MessageEvent): void => {
      // Only our own window and origin: a framed page or another tab cannot answer for the extension.
      if (event.source !== win || event.origin !== origin) return;
      const received = parseExtensionMessage(event.data);
      if (!received) return;
      if (received.kind === 'bridge-ready') {
        win.postMessage(message, origin);
      } else if (received.id === message.id) {
        answered = true;
        const { channel: _channel, version: _version, kind: _kind, id: _id, ...answer } = received;
        finish(answer as BridgeAnswer);
      }
    };
    const onAbort = (): void => finish({ outcome: 'unavailable', message: 'The request was cancelled.' });
    const timeout = win.setTimeout(
      () =>
        finish({
          outcome: 'unavailable',
          message: 'MeetGate did not answer. Install the MeetGate extension, or click its toolbar button on this page to allow this site.',
        }),
      request.timeoutMs ?? DEFAULT_BRIDGE_TIMEOUT_MS,
    );
    const pending = win.setTimeout(() => {
      if (!answered) request.onPending?.();
    }, request.pendingAfterMs ?? 1000);

    if (request.signal?.aborted) return onAbort();
    request.signal?.addEventListener('abort', onAbort);
    win.addEventListener('message', onMessage);
    root.setAttribute(ASK_ATTRIBUTE, ask);
    win.postMessage(message, origin);
  });
}
