// @vitest-environment jsdom
/**
 * The meeting runtime (components/runtime) is a chunk of its own, loaded when a meeting first
 * renders. Here it is not preloaded (unlike harness.tsx's tests): the first render shows
 * "checking", the session starts when the runtime arrives, and a runtime that fails to arrive
 * is fetched again by "Try again" (its imports fail until the test lets them through).
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { loadedMeetingRuntime } from '../../components/runtime/load.js';
import { FakeJitsiApi } from '../lib/session/fake-api.js';
import { FakeTimers } from '../lib/sources/fake-timers.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW } from '../fixtures/tokens.js';

// The runtime "does not arrive" until the test lets it (a failed import is tried again on the next import()).
const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../components/runtime/index.js', async (importOriginal) => {
  if (!network.up) throw new Error('chunk did not arrive');
  return importOriginal();
});

beforeAll(() => {
  (window as unknown as { JitsiMeetExternalAPI: unknown }).JitsiMeetExternalAPI = FakeJitsiApi;
});
afterEach(() => {
  vi.restoreAllMocks();
});

it('shows "checking" until the runtime arrives, offers "Try again" when it does not, and then joins', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const timers = new FakeTimers(NOW);
  const inspect = { expectedIssuer: GOOD_CONTEXT.expectedIssuer, expectedAudience: GOOD_CONTEXT.expectedAudience };
  const { container } = render(
    <SecureMeeting domain="meet.example.org" roomName="standup" token={fakeToken(goodClaims())} inspect={inspect} timers={timers} tokenFromLink={false} />,
  );
  expect(container.querySelector('[data-meetgate-screen]')?.getAttribute('data-meetgate-screen')).toBe('checking');
  await waitFor(() => expect(errors).toHaveBeenCalledWith('MeetGate could not load its meeting code:', expect.any(Error)), { timeout: 10_000 });
  expect(loadedMeetingRuntime()).toBeNull();
  await act(async () => {
    await timers.advance(5000);
  });
  network.up = true;
  fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('joining'), { timeout: 10_000 });
  expect(loadedMeetingRuntime()).not.toBeNull();
  await waitFor(() => expect(document.querySelectorAll('iframe')).toHaveLength(1));
  expect(FakeJitsiApi.last.options).toMatchObject({ roomName: 'standup' });
});
