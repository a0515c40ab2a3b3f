/**
 * The meeting frame's watchdog. Jitsi's meeting page opens its IFrame API channel (postis
 * `__ready__`, then events) as soon as its script runs; an error page (a proxy's 502, a refused
 * connection, an untrusted certificate, no network) never says anything. So: when the frame has
 * not posted a single message within `timeoutMs` of being created, or of a later (re)load that
 * was not preceded by a message from its new page, it is silent.
 */
import type { Timers } from '../lib/sources/timers.js';

/** A message within this long before a `load` event came from the page that just loaded. */
const SAME_LOAD_MS = 1500;

/** What the watchdog reports. */
export interface FrameWatchdogEvents {
  silent(): void;
  /** The frame spoke after having been reported silent. */
  alive(): void;
}

/** The API events that prove the page speaks (they all come from it). */
const SPOKEN_EVENTS = ['videoConferenceJoined', 'errorOccurred', 'readyToClose', 'participantJoined', 'participantRoleChanged', 'videoConferenceLeft'] as const;

/** The part of the IFrame API the watchdog listens to. */
export interface WatchedApi {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/**
 * Watches `iframe` (inside `win`), also hearing `api`'s events (an API may relay them in ways
 * that are not window messages); returns the function that stops watching.
 */
export function watchFrame(
  iframe: HTMLIFrameElement,
  win: Window,
  api: WatchedApi,
  timeoutMs: number,
  timers: Timers,
  events: FrameWatchdogEvents,
): () => void {
  let lastMessage = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  let reportedSilent = false;
  const disarm = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const arm = () => {
    disarm();
    timer = timers.setTimeout(() => {
      timer = null;
      reportedSilent = true;
      events.silent();
    }, timeoutMs);
  };
  const heard = () => {
    lastMessage = timers.now();
    disarm();
    if (reportedSilent) {
      reportedSilent = false;
      events.alive();
    }
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== null && event.source === iframe.contentWindow) heard();
  };
  const onLoad = () => {
    if (timers.now() - lastMessage > SAME_LOAD_MS) arm();
  };
  win.addEventListener('message', onMessage);
  iframe.addEventListener('load', onLoad);
  for (const name of SPOKEN_EVENTS) api.on(name, heard);
  arm();
  return () => {
    disarm();
    for (const name of SPOKEN_EVENTS) api.removeListener(name, heard);
    win.removeEventListener('message', onMessage);
    iframe.removeEventListener('load', onLoad);
  };
}
