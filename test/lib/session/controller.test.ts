import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../lib/redirect/index.js';
import { createSessionController, type MeetingEvent, type SessionController, type SessionControllerOptions } from '../../../lib/session/index.js';
import { createPropSource, createProviderSource, type TokenProvider, type TokenSource, type TokenUpdate } from '../../../lib/sources/index.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW, NOW_S } from '../../fixtures/tokens.js';
import { FakeTimers } from '../sources/fake-timers.js';
import { FakeJitsiApi } from './fake-api.js';

const TOKEN = fakeToken(goodClaims());
const FRESH = fakeToken(goodClaims({ iat: NOW_S, exp: NOW_S + 7200 }));
const { expectedIssuer, expectedAudience } = GOOD_CONTEXT;

/** A page address and a record of where the controller navigated. */
function fakeLocation(href = 'https://portal.example.org/meet/standup?tab=2') {
  const visits: string[] = [];
  return { href, visits, assign: (url: string) => void visits.push(url) };
}

let controller: SessionController | null = null;
afterEach(() => {
  controller?.dispose();
  controller = null;
  FakeJitsiApi.reset();
});

/** Creates and starts a controller with sensible test defaults. */
function setup(overrides: Partial<SessionControllerOptions> = {}) {
  const timers = new FakeTimers(NOW);
  const location = fakeLocation();
  const events: MeetingEvent[] = [];
  controller = createSessionController({
    domain: 'meet.example.org',
    room: 'standup',
    sources: [createPropSource(TOKEN)],
    inspect: { expectedIssuer, expectedAudience },
    timers,
    location,
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  controller.start();
  return { controller, timers, location, events };
}

/** Mounts an API for the current frame, as the component does. */
function mount(c: SessionController): FakeJitsiApi {
  const frame = c.getSnapshot().frame;
  if (!frame) throw new Error('no frame to mount');
  const api = new FakeJitsiApi('meet.example.org', { roomName: 'standup', jwt: frame.token });
  c.attachApi(api, frame.key);
  return api;
}

/** An allowed logout page, as a portal configures one. */
const LOGOUT_AUTH = { logoutUrl: 'https://intranet.example.org/meetings', allowedRedirectOrigins: ['https://intranet.example.org'] };

describe('createSessionController', () => {
  it('joins with the token prop and reaches in-meeting on videoConferenceJoined', async () => {
    const { controller: c, timers, events } = setup();
    await timers.advance(0);
    expect(c.getSnapshot().state.status).toBe('joining');
    expect(c.getSnapshot().frame).toEqual({ key: 1, token: TOKEN, hidden: false });
    const api = mount(c);
    api.emit('videoConferenceJoined', { id: 'me', roomName: 'standup' });
    expect(c.getSnapshot().state).toMatchObject({ status: 'in-meeting', participantId: 'me' });
    expect(events.find((event) => event.type === 'token-found')).toEqual({
      type: 'token-found',
      source: 'prop',
      reason: 'initial',
      usable: true,
      verification: 'unverified',
    });
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });

  it('notifies subscribers only when the snapshot changes', async () => {
    const { controller: c, timers } = setup();
    const seen: string[] = [];
    c.subscribe((snapshot) => seen.push(snapshot.state.status));
    await timers.advance(0);
    const api = mount(c);
    api.emit('participantJoined', { id: 'other' });
    api.emit('videoConferenceJoined', { id: 'me' });
    expect(seen).toEqual(['joining', 'in-meeting']);
  });

  it('refuses a wildcard redirect allow list at creation', () => {
    expect(() => setup({ auth: { allowedRedirectOrigins: ['*'] } })).toThrow(ConfigurationError);
  });

  it('retries a failing provider with backoff and joins', async () => {
    let calls = 0;
    const provider: TokenProvider = async () => (++calls < 3 ? Promise.reject(new Error('503')) : TOKEN);
    const timers = new FakeTimers(NOW);
    const { controller: c } = setup({ timers, sources: [createProviderSource(provider, { timers, backoffMs: 1000 })] });
    await timers.advance(999);
    expect(calls).toBe(1);
    await timers.advance(1);
    expect(calls).toBe(2);
    await timers.advance(2000);
    expect(calls).toBe(3);
    expect(c.getSnapshot().state.status).toBe('joining');
  });

  it('fetches a fresh token ahead of exp and rejoins with it when the reconnect is refused', async () => {
    const short = fakeToken(goodClaims({ iat: NOW_S, exp: NOW_S + 120 }));
    const reasons: string[] = [];
    const provider: TokenProvider = async ({ reason }) => {
      reasons.push(reason);
      return reason === 'initial' ? short : FRESH;
    };
    const timers = new FakeTimers(NOW);
    const { controller: c } = setup({ timers, sources: [createProviderSource(provider, { timers })] });
    await timers.advance(0);
    const first = mount(c);
    first.emit('videoConferenceJoined', { id: 'me' });
    await timers.advance(60_000);
    expect(reasons).toEqual(['initial', 'expiring']);
    expect(c.getSnapshot().state).toMatchObject({ status: 'in-meeting', expiring: { phase: 'ready' } });
    expect(c.getSnapshot().frame?.token).toBe(short);
    await timers.advance(61_000);
    first.emit('errorOccurred', {
      error: { name: 'connection.passwordRequired', message: 'Not acceptable by exp (1 sec since expired)', type: 'CONNECTION', isFatal: false },
    });
    expect(reasons).toEqual(['initial', 'expiring']);
    expect(first.disposeCount).toBe(1);
    expect(first.listenerCount()).toBe(0);
    expect(c.getSnapshot().frame).toEqual({ key: 2, token: FRESH, hidden: false });
    const second = mount(c);
    second.emit('videoConferenceJoined', { id: 'me2' });
    expect(c.getSnapshot().state.status).toBe('in-meeting');
  });

  it('kicked: disposes the meeting, counts down, then goes to the allowed page', async () => {
    const {
      controller: c,
      timers,
      location,
    } = setup({
      auth: LOGOUT_AUTH,
      autoRedirectAfterKickSeconds: 3,
    });
    await timers.advance(0);
    const api = mount(c);
    api.emit('videoConferenceJoined', { id: 'me' });
    api.emit('participantKickedOut', { kicked: { id: 'me', local: true }, kicker: { id: 'k', name: 'Ann Owner' } });
    expect(api.disposeCount).toBe(1);
    expect(c.getSnapshot()).toMatchObject({ frame: null, state: { status: 'kicked', by: 'Ann Owner', countdown: { secondsLeft: 3 } } });
    await timers.advance(2000);
    expect(c.getSnapshot().state).toMatchObject({ countdown: { secondsLeft: 1 } });
    expect(location.visits).toEqual([]);
    await timers.advance(1000);
    expect(location.visits).toEqual(['https://intranet.example.org/meetings']);
    expect(timers.pending).toBe(0);
  });

  // jitsi/jitsi-meet conference.js at cb51b8e, the KICKED handler: a participant the server replaces
  // with the same person joining elsewhere (Prosody mod_muc_flip) is sent readyToClose, then its kick,
  // whose kicker has no id. It was read as a hang-up: "ended", and the logout page (signing the person
  // out of the portal they are meeting from on the other device).
  it('replaced by the same person joining elsewhere: the kick that follows readyToClose wins; no logout', async () => {
    const { controller: c, timers, location } = setup({ auth: LOGOUT_AUTH });
    await timers.advance(0);
    const api = mount(c);
    api.emit('videoConferenceJoined', { id: 'me' });
    api.emit('readyToClose');
    api.emit('participantKickedOut', { kicked: { id: 'me', local: true }, kicker: {} });
    await timers.advance(1000);
    expect(c.getSnapshot().state).toMatchObject({ status: 'kicked', by: null, byModerator: false });
    expect(location.visits).toEqual([]);
    // A hang-up alone still ends the meeting, once the short wait is over.
    const other = setup({ auth: LOGOUT_AUTH });
    await other.timers.advance(0);
    const api2 = mount(other.controller);
    api2.emit('videoConferenceJoined', { id: 'me' });
    api2.emit('readyToClose');
    expect(other.controller.getSnapshot().state.status).toBe('in-meeting');
    await other.timers.advance(200);
    expect(other.controller.getSnapshot().state.status).toBe('ended');
    expect(other.location.visits).toEqual(['https://intranet.example.org/meetings']);
  });

  it('login redirect: returnTo is this page without any token, and only to an allowed origin', async () => {
    const location = fakeLocation('https://portal.example.org/meet?jwt=aaa.bbb.ccc&tab=2#jwt="x.y.z"');
    const { controller: c, timers } = setup({ location, sources: [], auth: { loginUrl: '/login?room={room}' } });
    await timers.advance(0);
    expect(c.getSnapshot().state).toMatchObject({ status: 'needs-token', canSignIn: true });
    c.act('sign-in');
    expect(location.visits).toEqual([`https://portal.example.org/login?room=standup&returnTo=${encodeURIComponent('https://portal.example.org/meet?tab=2')}`]);
  });

  it.each([
    ['javascript:alert(document.cookie)', 'scheme'],
    ['https://evil.example.com/logout', 'origin'],
    ['https://intranet.example.org@evil.example.com/', 'credentials'],
  ])('never follows the logout URL %s, and says so', async (logoutUrl, refusal) => {
    const { controller: c, timers, location } = setup({ auth: { logoutUrl, allowedRedirectOrigins: ['https://intranet.example.org'] } });
    await timers.advance(0);
    const api = mount(c);
    api.emit('videoConferenceJoined', { id: 'me' });
    api.emit('readyToClose');
    await timers.advance(200);
    expect(location.visits).toEqual([]);
    expect(c.getSnapshot().state).toMatchObject({ status: 'ended', notice: { kind: 'redirect-refused', refusal } });
  });

  it('leave sends hangup to Jitsi before disposing it', async () => {
    const { controller: c, timers } = setup();
    await timers.advance(0);
    const api = mount(c);
    api.emit('videoConferenceJoined', { id: 'me' });
    c.act('leave');
    expect(api.commands).toEqual([['hangup']]);
    expect(api.disposeCount).toBe(1);
    expect(c.getSnapshot().state.status).toBe('ended');
  });

  it('sign-out forgets the token in every source', async () => {
    const prop = createPropSource(TOKEN);
    const { controller: c, timers } = setup({ sources: [prop] });
    await timers.advance(0);
    c.act('sign-out');
    await expect(prop.request({ room: 'standup', domain: 'd', reason: 'initial', signal: new AbortController().signal })).resolves.toBeNull();
    expect(c.getSnapshot().state.status).toBe('logged-out');
  });

  it('waiting for the host: disposes, checks again with a hidden meeting, then joins', async () => {
    const { controller: c, timers } = setup();
    await timers.advance(0);
    const first = mount(c);
    first.emit('errorOccurred', { error: { name: 'conference.connectionError.membersOnly', params: ['lobby@x', true], type: 'CONFERENCE', isFatal: false } });
    expect(first.disposeCount).toBe(1);
    expect(c.getSnapshot()).toMatchObject({ frame: null, state: { status: 'waiting-for-host', attempt: 1 } });
    await timers.advance(2000);
    expect(c.getSnapshot().frame).toMatchObject({ key: 2, hidden: true });
    const check = mount(c);
    check.emit('videoConferenceJoined', { id: 'me' });
    expect(c.getSnapshot()).toMatchObject({ frame: { key: 2, hidden: false }, state: { status: 'in-meeting' } });
  });

  it('a token pushed by a source fills the gap', async () => {
    let push: ((update: TokenUpdate) => void) | null = null;
    const parent: TokenSource = { kind: 'post-message', request: async () => null, subscribe: (listener) => ((push = listener), () => (push = null)) };
    const { controller: c, timers } = setup({ sources: [parent] });
    await timers.advance(0);
    expect(c.getSnapshot().state).toMatchObject({ status: 'needs-token' });
    push!({ token: TOKEN, room: 'retro' });
    await timers.advance(0);
    expect(c.getSnapshot().state.status).toBe('needs-token');
    push!({ token: TOKEN, room: 'Standup' });
    await timers.advance(0);
    expect(c.getSnapshot().state.status).toBe('joining');
  });

  it('inspection settings apply: with domain verification a token for another domain never loads Jitsi', async () => {
    const other = fakeToken(goodClaims({ sub: 'meet.other.org' }));
    const { controller: c, timers } = setup({ sources: [createPropSource(other)], inspect: { expectedIssuer, expectedAudience, domainVerification: true } });
    await timers.advance(0);
    expect(c.getSnapshot()).toMatchObject({ frame: null, state: { status: 'invalid-token' } });
  });

  it.each([
    [{ status: 'verified' as const, reason: 'ok' }, 'joining', 'verified'],
    [{ status: 'key-unavailable' as const, reason: 'offline' }, 'joining', 'unverified'],
    [{ status: 'invalid-signature' as const, reason: 'The signature does not match this key.' }, 'invalid-token', 'unverified'],
  ])('verifier answering %j → %s (%s)', async (result, status, verification) => {
    const { controller: c, timers } = setup({ verify: async () => result });
    await timers.advance(0);
    const state = c.getSnapshot().state;
    expect(state.status).toBe(status);
    if ('token' in state && state.token) expect(state.token.verification).toBe(verification);
  });

  it('a verifier that throws leaves the token unverified', async () => {
    const { controller: c, timers } = setup({
      verify: async () => {
        throw new Error('jwks down');
      },
    });
    await timers.advance(0);
    expect(c.getSnapshot().state).toMatchObject({ status: 'joining', token: { verification: 'unverified' } });
  });

  it('an API handed over for a stale frame is disposed at once', async () => {
    const { controller: c, timers } = setup();
    await timers.advance(0);
    const stale = new FakeJitsiApi();
    c.attachApi(stale, 99);
    expect(stale.disposeCount).toBe(1);
    expect(stale.listenerCount()).toBe(0);
  });

  it('releaseApi disposes exactly once even when the controller also leaves the meeting', async () => {
    const { controller: c, timers } = setup();
    await timers.advance(0);
    const api = mount(c);
    c.act('leave');
    c.releaseApi(1);
    c.dispose();
    expect(api.disposeCount).toBe(1);
  });

  it('dispose stops every timer, request, subscription and meeting', async () => {
    let signal: AbortSignal | null = null;
    let subscribed = 0;
    const provider: TokenProvider = (req) => ((signal = req.signal), new Promise(() => {}));
    const timers = new FakeTimers(NOW);
    const pushing: TokenSource = { kind: 'extension', request: async () => null, subscribe: () => (subscribed++, () => subscribed--) };
    const { controller: c } = setup({ timers, sources: [createPropSource(TOKEN), pushing, createProviderSource(provider, { timers })] });
    await timers.advance(0);
    const api = mount(c);
    api.emit('videoConferenceJoined', { id: 'me' });
    c.act('sign-in');
    await timers.advance(0);
    expect(subscribed).toBe(1);
    expect(timers.pending).toBeGreaterThan(0);
    c.dispose();
    expect(subscribed).toBe(0);
    // The provider's own timeout is cleared as its aborted attempt unwinds (a microtask later).
    await timers.advance(0);
    expect(timers.pending).toBe(0);
    expect(signal!.aborted).toBe(true);
    expect(api.disposeCount).toBe(1);
    expect(api.listenerCount()).toBe(0);
    api.emit('readyToClose');
    expect(c.getSnapshot().state.status).toBe('in-meeting');
  });
});
