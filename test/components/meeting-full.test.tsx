// @vitest-environment jsdom
/**
 * A full meeting (Jitsi's `conference.max_users`, lib-jitsi-meet JitsiConferenceErrors
 * CONFERENCE_MAX_USERS): the rejected screen says the meeting is full, with Try again first and no
 * inspector's view of the token (it is not at fault); Try again joins anew with the same token.
 */
import { fireEvent } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { advance, emit, FakeJitsiApi, FakeTimers, INSPECT, installFakeJitsi, mount, NOW, reset, TOKEN } from './harness.js';

beforeAll(installFakeJitsi);
afterEach(reset);

describe('a full meeting', () => {
  it('says so, Try again first, no token findings; Try again joins anew', async () => {
    const timers = new FakeTimers(NOW);
    const { container } = await mount(
      <SecureMeeting
        domain="meet.example.org"
        roomName="standup"
        inspect={INSPECT}
        tokenFromLink={false}
        timers={timers}
        auth={{ loginUrl: '/login' }}
        token={TOKEN}
      />,
    );
    const first = FakeJitsiApi.last;
    await emit(first, 'errorOccurred', { error: { name: 'conference.max_users', type: 'CONFERENCE', isFatal: false } });
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('rejected');
    expect(container.querySelector('[data-meetgate-reason]')?.textContent).toBe(
      'The meeting is full: it has as many participants as this server allows. Try again later.',
    );
    expect([...container.querySelectorAll('[data-meetgate-action]')].map((b) => b.getAttribute('data-meetgate-action'))).toEqual(['retry', 'sign-in', 'leave']);
    expect(container.querySelector('[data-meetgate-inspector]')).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
    fireEvent.click(container.querySelector('[data-meetgate-action="retry"]') as HTMLElement);
    await advance(timers, 0);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('joining');
    expect(FakeJitsiApi.last).not.toBe(first);
  });
});
