// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecureMeeting, type MeetingState, ConfigurationError } from '../../components/index.js';
import { fakeToken, goodClaims } from '../fixtures/tokens.js';
import {
  advance,
  emit,
  hangUp,
  FakeJitsiApi,
  FakeTimers,
  flush,
  FRESH,
  iframes,
  INSPECT,
  installFakeJitsi,
  mount,
  NOW,
  NOW_S,
  reset,
  screenOf,
  TOKEN,
} from './harness.js';

beforeAll(installFakeJitsi);
afterEach(reset);

const clock = { current: new FakeTimers(NOW) };
/** Props every test uses; the fixture tokens are dated, so the clock is always the fake one. */
const base = {
  domain: 'meet.example.org',
  roomName: 'standup',
  inspect: INSPECT,
  tokenFromLink: false,
  get timers() {
    return clock.current;
  },
};
beforeEach(() => {
  clock.current = new FakeTimers(NOW);
});

describe('<SecureMeeting> joining and the token card', () => {
  it('passes every JitsiMeeting prop through and joins with the token', async () => {
    const timers = new FakeTimers(NOW);
    const onApiReady = vi.fn();
    const getIFrameRef = vi.fn();
    const onReadyToClose = vi.fn();
    const { container } = await mount(
      <SecureMeeting
        {...base}
        token={TOKEN}
        timers={timers}
        avatarOrigins={['https://example.org']}
        configOverwrite={{ startWithAudioMuted: true }}
        interfaceConfigOverwrite={{ SHOW_JITSI_WATERMARK: false }}
        userInfo={{ displayName: 'Ann', email: 'ann@example.org' }}
        lang="de"
        onApiReady={onApiReady}
        getIFrameRef={getIFrameRef}
        onReadyToClose={onReadyToClose}
      />,
    );
    const api = FakeJitsiApi.last;
    expect(api.domain).toBe('meet.example.org');
    expect(api.options).toMatchObject({
      roomName: 'standup',
      jwt: TOKEN,
      configOverwrite: { startWithAudioMuted: true },
      interfaceConfigOverwrite: { SHOW_JITSI_WATERMARK: false },
      userInfo: { displayName: 'Ann', email: 'ann@example.org' },
      lang: 'de',
    });
    expect(onApiReady).toHaveBeenCalledWith(api);
    expect(getIFrameRef).toHaveBeenCalledTimes(1);
    expect(iframes()).toHaveLength(1);
    expect(screenOf(container)).toBe('joining');
    expect(container.querySelector('[data-meetgate-state]')?.getAttribute('data-meetgate-state')).toBe('joining');

    await emit(api, 'videoConferenceJoined', { id: 'me', roomName: 'standup' });
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('in-meeting');
    // Nothing expiring: still a `data-meetgate-screen` for the state, hidden so it covers nothing.
    expect(screenOf(container)).toBe('in-meeting');
    expect((container.querySelector('[data-meetgate-screen="in-meeting"]') as HTMLElement | null)?.hidden).toBe(true);
    const card = screen.getByRole('complementary', { name: 'Your meeting pass' });
    expect(card.querySelector('.meetgate-card-name')?.textContent).toBe('Ann Owner');
    expect(card.querySelector('[data-meetgate-role]')?.textContent).toBe('Owner');
    expect(card.querySelector('[data-meetgate-verification]')?.textContent).toBe('Unverified');
    expect(card.querySelector('[data-meetgate-room]')?.textContent).toBe('standup');
    expect(card.querySelector('[data-meetgate-time-left]')?.textContent).toBe('1 h 00 min');
    expect(card.querySelector('[data-meetgate-features="on"]')?.textContent).toBe('Recording, Screen sharing');
    expect(card.querySelector('[data-meetgate-features="off"]')?.textContent).toBe('Live streaming');
    expect(card.querySelector('img')?.getAttribute('src')).toBe('https://example.org/ann.png');
    expect(card.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
    await advance(timers, 61_000);
    expect(card.querySelector('[data-meetgate-time-left]')?.textContent).toBe('58 min 59 s');

    await emit(api, 'readyToClose');
    expect(onReadyToClose).toHaveBeenCalledTimes(1);
  });

  it('the token card expands to the full report, collapses, and shows the server role', async () => {
    await mount(<SecureMeeting {...base} token={TOKEN} />);
    await emit(FakeJitsiApi.last, 'videoConferenceJoined', { id: 'me' });
    await emit(FakeJitsiApi.last, 'participantRoleChanged', { id: 'me', role: 'moderator' });
    const card = screen.getByRole('complementary', { name: 'Your meeting pass' });
    expect(within(card).getByText('In the meeting: moderator')).toBeTruthy();
    const report = card.querySelector('details')!;
    expect(report.querySelector('summary')?.textContent).toBe('Full inspection report');
    expect(report.textContent).toContain('Unverified: Read in your browser');
    expect(report.textContent).toContain('meet.example.org');
    // The default placement is the chip on narrow screens (jsdom has no container queries): it opens on demand.
    expect(card.getAttribute('data-meetgate-card')).toBe('auto');
    fireEvent.click(within(card).getByRole('button', { name: 'Show details' }));
    expect(card.hasAttribute('data-meetgate-open')).toBe(true);
    fireEvent.click(within(card).getByRole('button', { name: 'Hide details' }));
    expect(within(card).getByRole('button', { name: 'Show details' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('a verified token says so', async () => {
    await mount(<SecureMeeting {...base} token={TOKEN} verify={async () => ({ status: 'verified', reason: 'ok' })} />);
    await emit(FakeJitsiApi.last, 'videoConferenceJoined', { id: 'me' });
    expect(document.querySelector('.meetgate-card [data-meetgate-verification]')?.textContent).toBe('Signature verified');
  });

  it('tokenCard="hidden" shows no card', async () => {
    await mount(<SecureMeeting {...base} token={TOKEN} tokenCard="hidden" />);
    await emit(FakeJitsiApi.last, 'videoConferenceJoined', { id: 'me' });
    expect(document.querySelector('[data-meetgate-card]')).toBeNull();
  });
});

describe('<SecureMeeting> invalid and missing tokens', () => {
  it.each([
    ['expired', fakeToken(goodClaims({ exp: NOW_S - 60 }))],
    ['for another room', fakeToken(goodClaims({ room: 'retro' }))],
    ['garbage', 'not a token at all'],
  ])('an %s token: clear screen, Jitsi never loaded', async (_name, token) => {
    const { container } = await mount(<SecureMeeting {...base} token={token} timers={new FakeTimers(NOW)} />);
    expect(screenOf(container)).toBe('invalid-token');
    expect(screen.getByRole('heading', { name: 'Your sign-in cannot be used for this meeting' })).toBeTruthy();
    expect(container.querySelectorAll('[data-meetgate-errors] li').length).toBeGreaterThan(0);
    expect(FakeJitsiApi.instances).toHaveLength(0);
    expect(iframes()).toHaveLength(0);
  });

  it('no token and no way to get one says so, without a useless sign-in button', async () => {
    const { container } = await mount(<SecureMeeting {...base} />);
    expect(screenOf(container)).toBe('needs-token');
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(container.textContent).toContain('Ask the person who invited you');
  });

  it('"Sign in" goes to the login page with a returnTo back here', async () => {
    const navigate = vi.fn();
    await mount(<SecureMeeting {...base} auth={{ loginUrl: '/login' }} navigate={navigate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(navigate).toHaveBeenCalledWith(`${location.origin}/login?returnTo=${encodeURIComponent(location.href)}`);
  });

  it('a wildcard in allowedTokenOrigins is refused at configuration', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<SecureMeeting {...base} allowedTokenOrigins={['*']} />)).toThrow(ConfigurationError);
    expect(() => render(<SecureMeeting {...base} auth={{ allowedRedirectOrigins: ['https://*.example.org'] }} />)).toThrow(ConfigurationError);
    spy.mockRestore();
  });
});

describe('<SecureMeeting> the session', () => {
  it('kicked: iframe gone at once, who did it, sign in again through the provider', async () => {
    const reasons: string[] = [];
    const tokenProvider = async ({ reason }: { reason: string }) => {
      reasons.push(reason);
      return reason === 'initial' ? TOKEN : FRESH;
    };
    const { container } = await mount(<SecureMeeting {...base} tokenProvider={tokenProvider} />);
    const first = FakeJitsiApi.last;
    await emit(first, 'videoConferenceJoined', { id: 'me' });
    await emit(first, 'participantKickedOut', { kicked: { id: 'me', local: true, name: 'Bob' }, kicker: { id: 'k', name: 'Ann Owner' } });
    expect(first.disposeCount).toBe(1);
    expect(iframes()).toHaveLength(0);
    const heading = screen.getByRole('heading', { name: 'You were removed from the meeting by Ann Owner' });
    expect(document.activeElement).toBe(heading);
    expect(container.querySelector('[data-meetgate-live]')?.textContent).toBe('You were removed from the meeting by Ann Owner');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await flush();
    expect(reasons).toEqual(['initial', 'kicked']);
    expect(FakeJitsiApi.instances).toHaveLength(2);
    expect(FakeJitsiApi.last.options.jwt).toBe(FRESH);
    expect(iframes()).toHaveLength(1);
  });

  // Releases before the kicker got a name (jitsi-meet middleware.js d055cd5) send kicker { id } only.
  it.each([
    [
      'a name seen in participantJoined',
      [['participantJoined', { id: 'k', displayName: 'Ann Owner', formattedDisplayName: 'Ann Owner' }]],
      'You were removed from the meeting by Ann Owner',
    ],
    ['no name anywhere', [], 'You were removed from the meeting by a moderator'],
  ] as const)('kicked by an older release: %s', async (_label, before, title) => {
    await mount(<SecureMeeting {...base} token={TOKEN} />);
    const api = FakeJitsiApi.last;
    await emit(api, 'videoConferenceJoined', { id: 'me' });
    for (const [name, payload] of before) await emit(api, name, payload);
    await emit(api, 'participantKickedOut', { kicked: { id: 'me', local: true }, kicker: { id: 'k' } });
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
  });

  it('a system kick (kicker {}) names nobody', async () => {
    await mount(<SecureMeeting {...base} token={TOKEN} />);
    await emit(FakeJitsiApi.last, 'videoConferenceJoined', { id: 'me' });
    await emit(FakeJitsiApi.last, 'participantKickedOut', { kicked: { id: 'me', local: true }, kicker: {} });
    expect(screen.getByRole('heading', { name: 'You were removed from the meeting' })).toBeTruthy();
  });

  it('kicked with an auto-redirect: a visible countdown that can be stopped, or that redirects', async () => {
    const timers = new FakeTimers(NOW);
    const navigate = vi.fn();
    const auth = { logoutUrl: 'https://intranet.example.org/meetings', allowedRedirectOrigins: ['https://intranet.example.org'] };
    const { container, unmount } = await mount(
      <SecureMeeting {...base} token={TOKEN} timers={timers} auth={auth} autoRedirectAfterKickSeconds={5} navigate={navigate} />,
    );
    await emit(FakeJitsiApi.last, 'participantKickedOut', { kicked: { id: 'me', local: true }, kicker: { id: 'k' } });
    expect(container.querySelector('[data-meetgate-countdown]')?.textContent).toBe('Taking you to intranet.example.org in 5 s.');
    await advance(timers, 2000);
    expect(container.querySelector('[data-meetgate-countdown]')?.textContent).toBe('Taking you to intranet.example.org in 3 s.');
    fireEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    await advance(timers, 10_000);
    expect(navigate).not.toHaveBeenCalled();
    expect(container.querySelector('[data-meetgate-countdown]')).toBeNull();
    unmount();

    const second = await mount(<SecureMeeting {...base} token={TOKEN} timers={timers} auth={auth} autoRedirectAfterKickSeconds={2} navigate={navigate} />);
    await emit(FakeJitsiApi.last, 'participantKickedOut', { kicked: { id: 'me', local: true }, kicker: { id: 'k' } });
    await advance(timers, 2000);
    expect(navigate).toHaveBeenCalledWith('https://intranet.example.org/meetings');
    second.unmount();
  });

  it('rejected: the reason in plain words, never a password prompt', async () => {
    const { container } = await mount(<SecureMeeting {...base} token={TOKEN} />);
    const api = FakeJitsiApi.last;
    await emit(api, 'errorOccurred', { error: { name: 'connection.passwordRequired', message: 'Invalid signature', type: 'CONNECTION', isFatal: false } });
    expect(screenOf(container)).toBe('rejected');
    expect(container.querySelector('[data-meetgate-reason]')?.textContent).toBe(
      'The meeting server could not confirm your sign-in: it was signed with a key or secret the server does not use.',
    );
    expect(container.textContent).toContain('The server said: “Invalid signature”');
    expect(api.disposeCount).toBe(1);
    expect(iframes()).toHaveLength(0);
  });

  it('waiting for the host: checks again behind the screen, skipping pre-join, and lets the person in', async () => {
    const timers = new FakeTimers(NOW);
    const { container } = await mount(<SecureMeeting {...base} token={TOKEN} timers={timers} configOverwrite={{ prejoinConfig: { hideDisplayName: true } }} />);
    await emit(FakeJitsiApi.last, 'errorOccurred', {
      error: { name: 'conference.connectionError.membersOnly', params: ['lobby@x', true], type: 'CONFERENCE', isFatal: false },
    });
    expect(screenOf(container)).toBe('waiting-for-host');
    expect(iframes()).toHaveLength(0);
    expect(container.querySelector('[data-meetgate-countdown]')?.textContent).toBe('Checking again in 2 s.');
    await advance(timers, 1000);
    expect(container.querySelector('[data-meetgate-countdown]')?.textContent).toBe('Checking again in 1 s.');
    await advance(timers, 1000);
    await flush();
    const check = FakeJitsiApi.last;
    expect(FakeJitsiApi.instances).toHaveLength(2);
    expect(check.options.configOverwrite).toEqual({ prejoinConfig: { hideDisplayName: true, enabled: false }, apiLogLevels: ['error'] });
    expect(container.querySelector('[data-meetgate-hidden]')?.contains(check.iframe)).toBe(true);
    await emit(check, 'videoConferenceJoined', { id: 'me' });
    expect(container.firstElementChild?.getAttribute('data-meetgate-state')).toBe('in-meeting');
    expect(container.querySelector('[data-meetgate-hidden]')).toBeNull();
    expect(iframes()).toHaveLength(1);
  });

  it('ended: "meeting ended" with Rejoin; with an allowed logout page it redirects; a foreign one is refused and said', async () => {
    const { container, unmount } = await mount(<SecureMeeting {...base} token={TOKEN} />);
    await hangUp(FakeJitsiApi.last, clock.current);
    expect(screenOf(container)).toBe('ended');
    expect(iframes()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
    await flush();
    expect(FakeJitsiApi.instances).toHaveLength(2);
    unmount();

    const navigate = vi.fn();
    const good = await mount(<SecureMeeting {...base} token={TOKEN} navigate={navigate} auth={{ logoutUrl: '/signed-out' }} />);
    await hangUp(FakeJitsiApi.last, clock.current);
    expect(navigate).toHaveBeenCalledWith(`${location.origin}/signed-out`);
    good.unmount();

    navigate.mockClear();
    const bad = await mount(<SecureMeeting {...base} token={TOKEN} navigate={navigate} auth={{ logoutUrl: 'javascript:alert(1)' }} />);
    await hangUp(FakeJitsiApi.last, clock.current);
    expect(navigate).not.toHaveBeenCalled();
    expect(bad.container.querySelector('[data-meetgate-notice]')?.textContent).toBe('MeetGate did not open javascript:: that kind of link is never followed.');
  });

  it('"Leave and sign out" from the card: hang-up, disposed, signed out', async () => {
    const onStateChange = vi.fn<(state: MeetingState, previous: MeetingState) => void>();
    const { container } = await mount(<SecureMeeting {...base} token={TOKEN} onStateChange={onStateChange} />);
    const api = FakeJitsiApi.last;
    await emit(api, 'videoConferenceJoined', { id: 'me' });
    fireEvent.click(screen.getByRole('button', { name: 'Show details' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave and sign out' }));
    await flush();
    expect(api.commands).toEqual([['hangup']]);
    expect(api.disposeCount).toBe(1);
    expect(screenOf(container)).toBe('logged-out');
    const statuses = onStateChange.mock.calls.map(([state]) => state.status);
    expect(statuses).toEqual(['checking', 'joining', 'in-meeting', 'logged-out']);
    expect(JSON.stringify(onStateChange.mock.calls)).not.toContain(TOKEN);
  });

  it('expiring: a fresh token is fetched ahead; when none can be had, a quiet notice offers to sign in', async () => {
    const timers = new FakeTimers(NOW);
    const short = fakeToken(goodClaims({ iat: NOW_S, exp: NOW_S + 600 }));
    const reasons: string[] = [];
    const tokenProvider = async ({ reason }: { reason: string }) => {
      reasons.push(reason);
      if (reason === 'initial') return short;
      throw new Error('identity provider down');
    };
    const { container } = await mount(<SecureMeeting {...base} tokenProvider={tokenProvider} providerOptions={{ retries: 0 }} timers={timers} />);
    await emit(FakeJitsiApi.last, 'videoConferenceJoined', { id: 'me' });
    expect(container.querySelector('[data-meetgate-screen="expiring"]')).toBeNull();
    await advance(timers, 300_000);
    expect(reasons).toEqual(['initial', 'expiring']);
    const notice = container.querySelector('[data-meetgate-screen="expiring"]');
    expect(notice?.textContent).toContain('Your sign-in expires in 5 min 0 s.');
    expect(container.firstElementChild?.getAttribute('data-meetgate-expiring')).toBe('unavailable');
    expect(FakeJitsiApi.last.disposeCount).toBe(0);
    expect(within(notice as HTMLElement).getByRole('button', { name: 'Sign in again' })).toBeTruthy();
  });
});

describe('<SecureMeeting> remounting', () => {
  it('a new token prop or room remounts the meeting cleanly', async () => {
    const { rerender } = await mount(<SecureMeeting {...base} token={TOKEN} />);
    const first = FakeJitsiApi.last;
    rerender(<SecureMeeting {...base} token={FRESH} />);
    await flush();
    expect(first.disposeCount).toBe(1);
    expect(FakeJitsiApi.last.options.jwt).toBe(FRESH);
    const second = FakeJitsiApi.last;
    const starToken = fakeToken(goodClaims({ room: '*' }));
    rerender(<SecureMeeting {...base} token={starToken} roomName="retro" />);
    await flush();
    expect(second.disposeCount).toBe(1);
    expect(FakeJitsiApi.last.options).toMatchObject({ roomName: 'retro', jwt: starToken });
    expect(iframes()).toHaveLength(1);
    expect(FakeJitsiApi.instances.filter((api) => api.disposeCount === 0)).toHaveLength(1);
  });

  it('re-rendering with the same props does not touch the meeting', async () => {
    const { rerender } = await mount(<SecureMeeting {...base} token={TOKEN} auth={{ logoutUrl: '/x' }} />);
    rerender(<SecureMeeting {...base} token={TOKEN} auth={{ logoutUrl: '/x' }} />);
    await flush();
    expect(FakeJitsiApi.instances).toHaveLength(1);
    expect(FakeJitsiApi.last.disposeCount).toBe(0);
  });

  it('unmount disposes the API exactly once and removes the iframe', async () => {
    const { unmount } = await mount(<SecureMeeting {...base} token={TOKEN} />);
    const api = FakeJitsiApi.last;
    act(() => unmount());
    expect(api.disposeCount).toBe(1);
    expect(api.listenerCount()).toBeLessThanOrEqual(1);
    expect(iframes()).toHaveLength(0);
  });
});
