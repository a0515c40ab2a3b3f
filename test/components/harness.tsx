/**
 * Test harness for the component: the fake `JitsiMeetExternalAPI` on `window` (the SDK then
 * skips loading external_api.js), a manual clock, and helpers that let React and promises settle.
 */
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { loadMeetingRuntime } from '../../components/runtime/load.js';
import { FakeJitsiApi } from '../lib/session/fake-api.js';
import { FakeTimers, settle } from '../lib/sources/fake-timers.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW, NOW_S } from '../fixtures/tokens.js';

export { FakeJitsiApi, FakeTimers, NOW, NOW_S };

// In a page the meeting runtime arrives while Jitsi's script loads; here it is loaded before any
// test mounts, so a test's flush rounds see the session start as in a page where it is cached.
// Mounting before it has arrived is test/components/runtime-load.test.tsx.
await loadMeetingRuntime();

/** A good owner token for "standup" on meet.example.org, valid an hour from NOW. */
export const TOKEN = fakeToken(goodClaims());
/** A replacement valid two hours. */
export const FRESH = fakeToken(goodClaims({ iat: NOW_S, exp: NOW_S + 7200, context: { user: { name: 'Ann Again', affiliation: 'owner' } } }));
/** Inspection settings matching the tokens. */
export const INSPECT = { expectedIssuer: GOOD_CONTEXT.expectedIssuer, expectedAudience: GOOD_CONTEXT.expectedAudience };

/** Puts the fake on `window` (must happen before the first meeting mounts: the SDK caches it). */
export function installFakeJitsi(): void {
  (window as unknown as { JitsiMeetExternalAPI: unknown }).JitsiMeetExternalAPI = FakeJitsiApi;
}

/** Lets effects, promises and the SDK's script promise run. */
export async function flush(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await settle();
    });
  }
}

/** Moves the fake clock inside act. */
export async function advance(timers: FakeTimers, ms: number): Promise<void> {
  await act(async () => {
    await timers.advance(ms);
  });
  await flush(1);
}

/** A hang-up: Jitsi's readyToClose, then the short wait the session gives a kick that may follow it. */
export async function hangUp(api: FakeJitsiApi, timers: FakeTimers): Promise<void> {
  await emit(api, 'readyToClose');
  await advance(timers, 200);
}

/** Fires an API event inside act. */
export async function emit(api: FakeJitsiApi, event: string, payload: unknown = {}): Promise<void> {
  await act(async () => {
    api.emit(event, payload);
  });
  await flush(1);
}

/** Renders and waits for the session to settle. */
export async function mount(element: ReactElement): Promise<RenderResult> {
  const result = render(element);
  await flush();
  return result;
}

/** Unmounts everything rendered and forgets the fake APIs. */
export function reset(): void {
  cleanup();
  FakeJitsiApi.reset();
}

/** The iframes currently in the document. */
export function iframes(): HTMLIFrameElement[] {
  return [...document.querySelectorAll('iframe')];
}

/** The element for a screen (`data-meetgate-screen`). */
export function screenOf(container: HTMLElement): string | null {
  return container.querySelector('[data-meetgate-screen]')?.getAttribute('data-meetgate-screen') ?? null;
}
