/**
 * The Transport layer above postis (`jitsi/js-utils:transport`, research/jitsi-facts.md §3.2):
 * all traffic uses postis method `message`; `params` is an event, a request with an id, or the
 * response to one. Events and requests nobody handled are kept and offered to later listeners,
 * as Jitsi does, so a listener added late still sees what arrived before it.
 */
import { createPostis, type PostisOptions } from './postis.js';
import type { TransportMessage } from './types.js';

/** The postis method every Transport message travels in. */
export const TRANSPORT_METHOD = 'message';

/** Kept unprocessed messages are capped so a chatty peer cannot grow memory without bound. */
const MAX_UNPROCESSED = 100;

/** Answers a request: `result` resolves the requester, else `error` rejects it. */
export type Respond = (result: unknown, error?: unknown) => void;

/** Returns true when it handled the event. */
export type EventListener = (data: Record<string, unknown>) => boolean | void;

/** Returns true when it handled (and will answer) the request. */
export type RequestListener = (data: Record<string, unknown>, respond: Respond) => boolean | void;

/** A request/response/event channel over postMessage. */
export interface Transport {
  onEvent(listener: EventListener): () => void;
  onRequest(listener: RequestListener): () => void;
  sendEvent(data: Record<string, unknown>): void;
  sendRequest(data: Record<string, unknown>): Promise<unknown>;
  /** True once the postis handshake completed. */
  readonly ready: boolean;
  /** Rejects nothing (pending requests are dropped, as in Jitsi), removes every listener and timer. */
  dispose(): void;
}

type Unprocessed = { kind: 'event'; data: Record<string, unknown> } | { kind: 'request'; data: Record<string, unknown>; id: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Opens a Transport over a new postis channel. */
export function createTransport(postisOptions: PostisOptions): Transport {
  const postis = createPostis(postisOptions);
  const eventListeners = new Set<EventListener>();
  const requestListeners = new Set<RequestListener>();
  const pending = new Map<number, { resolve(value: unknown): void; reject(reason: unknown): void }>();
  const unprocessed = new Set<Unprocessed>();
  let lastRequestId = 0;
  let disposed = false;

  const send = (message: TransportMessage): void => postis.send(TRANSPORT_METHOD, message);

  function offer(item: Unprocessed, listener: EventListener | RequestListener): boolean {
    if (item.kind === 'event') return (listener as EventListener)(item.data) === true;
    const respond: Respond = (result, error) => send({ type: 'response', error, id: item.id, result });
    return (listener as RequestListener)(item.data, respond) === true;
  }

  function dispatch(item: Unprocessed): void {
    const listeners = item.kind === 'event' ? eventListeners : requestListeners;
    let handled = false;
    for (const listener of [...listeners]) handled = offer(item, listener) || handled;
    if (handled) return;
    unprocessed.add(item);
    if (unprocessed.size > MAX_UNPROCESSED) unprocessed.delete(unprocessed.values().next().value as Unprocessed);
  }

  postis.listen(TRANSPORT_METHOD, (params) => {
    if (!isRecord(params)) return;
    const message = params as Partial<TransportMessage> & Record<string, unknown>;
    if (message.type === 'response' && typeof message.id === 'number') {
      const handler = pending.get(message.id);
      pending.delete(message.id);
      if (!handler) return;
      if (message.result !== undefined) handler.resolve(message.result);
      else if (message.error !== undefined) handler.reject(message.error);
      else handler.reject(new Error('Unexpected response format!'));
    } else if (message.type === 'request' && typeof message.id === 'number' && isRecord(message.data)) {
      dispatch({ kind: 'request', data: message.data, id: message.id });
    } else if (message.type === 'event' && isRecord(message.data)) {
      dispatch({ kind: 'event', data: message.data });
    }
  });

  function subscribe<L extends EventListener | RequestListener>(set: Set<L>, kind: Unprocessed['kind'], listener: L): () => void {
    set.add(listener);
    for (const item of [...unprocessed]) if (item.kind === kind && offer(item, listener)) unprocessed.delete(item);
    return () => set.delete(listener);
  }

  return {
    onEvent: (listener) => subscribe(eventListeners, 'event', listener),
    onRequest: (listener) => subscribe(requestListeners, 'request', listener),
    sendEvent: (data) => send({ type: 'event', data }),
    sendRequest(data) {
      // js-utils Transport: after dispose there is no backend, and a request is refused at once.
      if (disposed) return Promise.reject(new Error('No transport backend defined!'));
      const id = ++lastRequestId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ type: 'request', data, id });
      });
    },
    get ready() {
      return postis.ready;
    },
    dispose() {
      disposed = true;
      pending.clear();
      unprocessed.clear();
      eventListeners.clear();
      requestListeners.clear();
      postis.destroy();
    },
  };
}
