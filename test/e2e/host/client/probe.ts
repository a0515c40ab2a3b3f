/**
 * What the test host page records for specs and the benchmark, in `window.__host`: every state
 * the component went through (states never hold a raw token), every iframe ever inserted, and
 * the moments a kick message arrived and the kicked screen appeared. Installed before anything
 * else runs, so its message listener is the first one called.
 */
import type { MeetingEvent, MeetingState } from '../../../../components/index.js';

/** One recorded state change. */
export interface RecordedState {
  status: MeetingState['status'];
  /** `performance.now()` when it happened. */
  at: number;
  state: MeetingState;
}

/** The recorder, as specs read it with `page.evaluate`. */
export interface HostProbe {
  states: RecordedState[];
  /** Iframes inserted into the page since it loaded, and when (`performance.now()`). */
  iframeInsertedAt: number[];
  /** When a `participant-kicked-out` event for the local participant reached this window. */
  kickMessageAt: number[];
  /** When a kicked screen appeared. */
  kickedScreenAt: number[];
  /** Every `onEvent` event (tokens removed by the component). */
  events?: MeetingEvent[];
  /** Benchmark mode: when `mount` was called. */
  mountedAt: number[];
  /** Benchmark mode: mounts a fresh `<SecureMeeting>` with `token`. */
  mount?(token: string): void;
  /** Benchmark mode: unmounts it. */
  unmount?(): void;
}

declare global {
  interface Window {
    __host: HostProbe;
  }
}

/** Whether a postis frame from the meeting is Jitsi's local kick event. */
function isLocalKick(data: unknown): boolean {
  if (typeof data !== 'string' || !data.includes('participant-kicked-out')) return false;
  try {
    const frame = JSON.parse(data) as { params?: { data?: { name?: string; kicked?: { local?: boolean } } } };
    return frame.params?.data?.name === 'participant-kicked-out' && frame.params.data.kicked?.local === true;
  } catch {
    return false;
  }
}

/** Installs the recorder. */
export function installProbe(): HostProbe {
  const probe: HostProbe = { states: [], iframeInsertedAt: [], kickMessageAt: [], kickedScreenAt: [], mountedAt: [], events: [] };
  window.__host = probe;
  window.addEventListener('message', (event) => {
    if (isLocalKick(event.data)) probe.kickMessageAt.push(performance.now());
  });
  let kickedShown = false;
  new MutationObserver((mutations) => {
    const now = performance.now();
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        const count = (node.tagName === 'IFRAME' ? 1 : 0) + node.querySelectorAll('iframe').length;
        for (let i = 0; i < count; i++) probe.iframeInsertedAt.push(now);
      }
    }
    const kicked = document.querySelector('[data-meetgate-screen="kicked"]') !== null;
    if (kicked && !kickedShown) probe.kickedScreenAt.push(now);
    kickedShown = kicked;
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-meetgate-screen'] });
  return probe;
}
