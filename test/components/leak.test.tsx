// @vitest-environment jsdom
/**
 * 200 mounts and unmounts over five scenarios (in the meeting with the card ticking, kicked with
 * a countdown, waiting for the host, unmounted before the API exists, a provider that never
 * answers) on the real clock: afterwards no timer, window listener, iframe or Jitsi listener may
 * be left, and every API must have been disposed exactly once.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { createPostMessageSource, type MessageWindow } from '../../lib/sources/index.js';
import { fakeToken, goodClaims } from '../fixtures/tokens.js';
import { emit, FakeJitsiApi, flush, iframes, INSPECT, installFakeJitsi } from './harness.js';

beforeAll(installFakeJitsi);
afterEach(() => {
  cleanup();
  FakeJitsiApi.reset();
});

/** Tracks timers started through the global functions (as `systemTimers` does) until cleared or run. */
function trackTimers() {
  const live = new Set<unknown>();
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  let intervals = 0;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const handle: unknown = realSetTimeout(() => {
      live.delete(handle);
      callback(...args);
    }, ms);
    live.add(handle);
    return handle;
  }) as unknown as typeof setTimeout);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle: unknown) => {
    live.delete(handle);
    realClearTimeout(handle as Parameters<typeof clearTimeout>[0]);
  }) as typeof clearTimeout);
  vi.spyOn(globalThis, 'setInterval').mockImplementation((() => {
    intervals++;
    throw new Error('MeetGate should not use setInterval');
  }) as unknown as typeof setInterval);
  return { live, intervals: () => intervals };
}

/** Counts listeners added to and removed from `window`, by identity. */
function trackWindowListeners() {
  const live = new Map<string, number>();
  const realAdd = window.addEventListener.bind(window);
  const realRemove = window.removeEventListener.bind(window);
  const added = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (type: string, listener: unknown) => {
    if (typeof listener === 'object' || typeof listener === 'function') {
      if (listener && !ids.has(listener)) ids.set(listener, next++);
      return `${type}#${listener ? ids.get(listener) : 'null'}`;
    }
    return `${type}#?`;
  };
  let total = 0;
  vi.spyOn(window, 'addEventListener').mockImplementation(
    (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      const k = key(type, listener);
      if (!added.has(k)) {
        added.add(k);
        live.set(type, (live.get(type) ?? 0) + 1);
        total++;
      }
      if (listener) realAdd(type, listener, options);
    },
  );
  vi.spyOn(window, 'removeEventListener').mockImplementation(
    (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      const k = key(type, listener);
      if (added.delete(k)) live.set(type, (live.get(type) ?? 1) - 1);
      if (listener) realRemove(type, listener, options);
    },
  );
  return { live: () => [...live.entries()].filter(([, count]) => count !== 0), total: () => total };
}

const MEMBERS_ONLY = { error: { name: 'conference.connectionError.membersOnly', params: ['lobby@x', true], type: 'CONFERENCE', isFatal: false } };

describe('200 mounts and unmounts', () => {
  it('leave no timer, listener, iframe or undisposed API behind', async () => {
    const timers = trackTimers();
    const listeners = trackWindowListeners();
    const nowS = Math.floor(Date.now() / 1000);
    const token = fakeToken(goodClaims({ iat: nowS - 60, exp: nowS + 3600 }));
    const common = {
      domain: 'meet.example.org',
      roomName: 'standup',
      inspect: INSPECT,
      tokenFromLink: false,
      allowedTokenOrigins: ['https://portal.example.org'],
      auth: { logoutUrl: 'https://intranet.example.org/bye', allowedRedirectOrigins: ['https://intranet.example.org'] },
      autoRedirectAfterKickSeconds: 30,
      navigate: () => {},
    };
    const never = () => new Promise<string | null>(() => {});
    // As if framed by a portal: the message listener goes on the real window (and through the spy).
    const framed: MessageWindow = {
      parent: { postMessage: () => {} },
      opener: null,
      addEventListener: (type, listener) => window.addEventListener(type, listener),
      removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    };
    let pendingDuringRun = 0;
    let peakListeners = 0;

    for (let i = 0; i < 200; i++) {
      const scenario = i % 5;
      const portal = [createPostMessageSource({ window: framed, allowedOrigins: ['https://portal.example.org'] })];
      const view = render(
        <SecureMeeting {...common} tokenSources={portal} token={scenario === 4 ? undefined : token} tokenProvider={scenario === 4 ? never : undefined} />,
      );
      if (scenario !== 3) await flush();
      if (scenario === 0 || scenario === 1 || scenario === 2) {
        const api = FakeJitsiApi.last;
        if (scenario === 0) await emit(api, 'videoConferenceJoined', { id: 'me' });
        if (scenario === 1) await emit(api, 'participantKickedOut', { kicked: { id: 'me', local: true }, kicker: { id: 'k', name: 'Ann' } });
        if (scenario === 2) await emit(api, 'errorOccurred', MEMBERS_ONLY);
      }
      pendingDuringRun = Math.max(pendingDuringRun, timers.live.size);
      peakListeners = Math.max(peakListeners, listeners.live().length);
      act(() => view.unmount());
      view.container.remove();
    }
    await flush(5);

    // The scenarios really did start timers and window listeners, so their absence now means something.
    expect(pendingDuringRun).toBeGreaterThan(0);
    expect(listeners.total()).toBeGreaterThanOrEqual(160);
    expect(peakListeners).toBeGreaterThan(0);

    expect(timers.live.size).toBe(0);
    expect(timers.intervals()).toBe(0);
    expect(listeners.live()).toEqual([]);
    expect(iframes()).toHaveLength(0);
    expect(document.querySelectorAll('[data-meetgate-frame]')).toHaveLength(0);
    expect(FakeJitsiApi.instances).toHaveLength(120);
    expect(FakeJitsiApi.instances.filter((api) => api.disposeCount !== 1)).toEqual([]);
    // Only the SDK's own `readyToClose` listener may remain on a disposed API (the SDK never removes it).
    expect(
      FakeJitsiApi.instances.filter((api) => api.listenerCount() - api.listenerCount('readyToClose') !== 0 || api.listenerCount('readyToClose') > 1),
    ).toEqual([]);
  }, 60_000);
});
