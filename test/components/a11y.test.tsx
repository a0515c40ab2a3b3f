// @vitest-environment jsdom
/**
 * axe-core over every screen: no serious or critical violation. jsdom has no layout, so colour
 * contrast is checked in the real-browser suite; everything else (names, roles, ARIA) is here.
 */
import axe from 'axe-core';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecureMeeting } from '../../components/index.js';
import { fakeToken, goodClaims } from '../fixtures/tokens.js';
import { emit, FakeJitsiApi, FakeTimers, hangUp, INSPECT, installFakeJitsi, mount, NOW, NOW_S, reset, screenOf, TOKEN } from './harness.js';

beforeAll(installFakeJitsi);
afterEach(reset);

/** Serious and critical violations in `root`. */
async function violations(root: HTMLElement): Promise<string[]> {
  const results = await axe.run(root, { iframes: false, rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const props = () => ({
  domain: 'meet.example.org',
  roomName: 'standup',
  inspect: INSPECT,
  tokenFromLink: false,
  timers: new FakeTimers(NOW),
  auth: { loginUrl: '/login', logoutUrl: 'https://evil.example.com/' },
  navigate: () => {},
});
const error = (name: string, extra: Record<string, unknown> = {}) => ({ error: { name, type: 'CONFERENCE', isFatal: false, ...extra } });

describe('accessibility of every screen', () => {
  it.each<[string, (api: FakeJitsiApi, timers: FakeTimers) => Promise<void>]>([
    ['joining', async () => {}],
    ['in-meeting', async (api) => emit(api, 'videoConferenceJoined', { id: 'me' })],
    ['waiting-for-host', async (api) => emit(api, 'errorOccurred', error('conference.connectionError.membersOnly', { params: ['l', true] }))],
    ['kicked', async (api) => emit(api, 'participantKickedOut', { kicked: { id: 'me', local: true }, kicker: { id: 'k', name: 'Ann' } })],
    ['rejected', async (api) => emit(api, 'errorOccurred', error('connection.passwordRequired', { message: 'Invalid signature' }))],
    ['ended', async (api, timers) => hangUp(api, timers)],
  ])('%s', async (status, drive) => {
    const meetingProps = props();
    const { container } = await mount(<SecureMeeting {...meetingProps} token={TOKEN} />);
    await drive(FakeJitsiApi.last, meetingProps.timers);
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe(status);
    expect(await violations(container)).toEqual([]);
  });

  it('in-meeting with the report expanded and the expiring notice', async () => {
    const short = fakeToken(goodClaims({ iat: NOW_S, exp: NOW_S + 60 }));
    const base = props();
    const { container } = await mount(<SecureMeeting {...base} token={short} />);
    await emit(FakeJitsiApi.last, 'videoConferenceJoined', { id: 'me' });
    const { advance } = await import('./harness.js');
    await advance(base.timers, 30_000);
    expect(container.querySelector('[data-meetgate-screen="expiring"]')).not.toBeNull();
    fireEvent.click(screen.getByText('Full inspection report'));
    expect(await violations(container)).toEqual([]);
  });

  it.each([
    ['needs-token', undefined],
    ['invalid-token', fakeToken(goodClaims({ exp: NOW_S - 10 }))],
  ])('%s', async (name, token) => {
    const { container } = await mount(<SecureMeeting {...props()} token={token} />);
    expect(screenOf(container)).toBe(name);
    expect(await violations(container)).toEqual([]);
  });

  it('logged-out', async () => {
    const { container } = await mount(<SecureMeeting {...props()} token={TOKEN} />);
    await emit(FakeJitsiApi.last, 'videoConferenceJoined', { id: 'me' });
    fireEvent.click(screen.getByRole('button', { name: 'Show details' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave and sign out' }));
    expect(screenOf(container)).toBe('logged-out');
    expect(await violations(container)).toEqual([]);
  });
});

describe('the meeting iframe', () => {
  it('gets an accessible name (Jitsi gives it none)', async () => {
    await mount(<SecureMeeting {...props()} token={TOKEN} />);
    expect(FakeJitsiApi.last.iframe?.getAttribute('title')).toBe('Video meeting standup');
  });
});
