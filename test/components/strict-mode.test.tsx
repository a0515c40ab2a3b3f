// @vitest-environment jsdom
/**
 * React StrictMode mounts, unmounts and remounts every effect in development. The link must
 * still be read once, only one meeting may stay alive, and every API is disposed exactly once.
 */
import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { emit, FakeJitsiApi, FakeTimers, flush, iframes, INSPECT, installFakeJitsi, mount, NOW, reset, TOKEN } from './harness.js';

beforeAll(installFakeJitsi);
afterEach(reset);

describe('StrictMode', () => {
  it('one live meeting, the link read once, everything disposed once', async () => {
    history.replaceState(null, '', `/meet?jwt=${TOKEN}`);
    const timers = new FakeTimers(NOW);
    const { unmount, container } = await mount(
      <StrictMode>
        <SecureMeeting domain="meet.example.org" roomName="standup" inspect={INSPECT} timers={timers} />
      </StrictMode>,
    );
    expect(location.search).toBe('');
    const live = FakeJitsiApi.instances.filter((api) => api.disposeCount === 0);
    expect(live).toHaveLength(1);
    expect(live[0]?.options.jwt).toBe(TOKEN);
    expect(iframes()).toHaveLength(1);
    await emit(live[0]!, 'videoConferenceJoined', { id: 'me' });
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('in-meeting');
    act(() => unmount());
    await flush();
    expect(FakeJitsiApi.instances.every((api) => api.disposeCount === 1)).toBe(true);
    expect(iframes()).toHaveLength(0);
  });
});
