// @vitest-environment jsdom
/**
 * The bounded join in the component: an older Jitsi build (no `ready`) that says nothing ends on
 * the rejected screen with Try again first and the inspector's explanation; a current build
 * (`ready`) is never timed out; the pre-join page turns the bound off.
 */
import axe from 'axe-core';
import { fireEvent } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { advance, emit, FakeJitsiApi, FakeTimers, INSPECT, installFakeJitsi, mount, NOW, reset, screenOf, TOKEN } from './harness.js';

beforeAll(installFakeJitsi);
afterEach(reset);

const props = (timers: FakeTimers) => ({
  domain: 'meet.example.org',
  roomName: 'standup',
  inspect: INSPECT,
  tokenFromLink: false,
  timers,
  auth: { loginUrl: '/login' },
  navigate: () => {},
});

describe('the bounded join', () => {
  it("a page that never says ready: after joinTimeoutSeconds, the rejected screen (no-answer), Try again first, the inspector's word; Try again joins anew", async () => {
    const timers = new FakeTimers(NOW);
    const { container } = await mount(<SecureMeeting {...props(timers)} token={TOKEN} timing={{ joinTimeoutSeconds: 30, frameWatchdogSeconds: 600 }} />);
    expect(screenOf(container)).toBe('joining');
    const first = FakeJitsiApi.last;
    await advance(timers, 29_000);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('joining');
    await advance(timers, 1_000);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('rejected');
    expect(container.querySelector('[data-meetgate-reason]')?.getAttribute('data-meetgate-reason')).toBe('no-answer');
    expect([...container.querySelectorAll('[data-meetgate-action]')].map((b) => b.getAttribute('data-meetgate-action'))).toEqual(['retry', 'sign-in', 'leave']);
    expect(container.querySelector('[data-meetgate-inspector]')?.textContent).toContain('MeetGate found nothing wrong with your sign-in itself');
    expect(container.querySelector('iframe')).toBeNull();
    const results = await axe.run(container, { iframes: false, rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    fireEvent.click(container.querySelector('[data-meetgate-action="retry"]') as HTMLElement);
    await advance(timers, 0);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('joining');
    expect(FakeJitsiApi.last).not.toBe(first);
  });

  it('a page that says ready is never timed out', async () => {
    const timers = new FakeTimers(NOW);
    const { container } = await mount(<SecureMeeting {...props(timers)} token={TOKEN} timing={{ joinTimeoutSeconds: 30, frameWatchdogSeconds: 600 }} />);
    await emit(FakeJitsiApi.last, 'ready');
    await advance(timers, 120_000);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('joining');
  });

  it('the pre-join page asked for in configOverwrite turns the default bound off', async () => {
    const timers = new FakeTimers(NOW);
    const { container } = await mount(
      <SecureMeeting {...props(timers)} token={TOKEN} timing={{ frameWatchdogSeconds: 600 }} configOverwrite={{ prejoinPageEnabled: true }} />,
    );
    await advance(timers, 120_000);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('joining');
  });

  it('a page that did not load keeps its own bar (Try again): the bound does not end it, and its spent timer is not set again', async () => {
    const timers = new FakeTimers(NOW);
    const { container } = await mount(<SecureMeeting {...props(timers)} token={TOKEN} timing={{ joinTimeoutSeconds: 30, frameWatchdogSeconds: 8 }} />);
    await advance(timers, 60_000);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('joining');
    expect(container.querySelector('[data-meetgate-silent]')).not.toBeNull();
  });
});
