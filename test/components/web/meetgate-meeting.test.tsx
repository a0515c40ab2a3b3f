// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineMeetgateMeeting, propsFromAttributes } from '../../../components/web/meetgate-meeting.js';
import { tokenUrlProvider } from '../../../components/web/token-url-provider.js';
import { ConfigurationError } from '../../../lib/redirect/origins.js';
import { JAAS_PROFILE, JITSI_2025_PROFILE } from '../../../lib/token/index.js';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';
import { FakeJitsiApi, flush, installFakeJitsi } from '../harness.js';

const now = Math.floor(Date.now() / 1000);
const TOKEN = fakeToken(goodClaims({ iat: now - 5, exp: now + 3600 }));

describe('propsFromAttributes', () => {
  it('needs domain and room, and reads lists and the token card', () => {
    expect(propsFromAttributes(() => null)).toBeNull();
    const attrs: Record<string, string> = {
      domain: 'meet.example.org',
      room: 'standup',
      'allowed-redirect-origins': ' https://a.example  https://b.example ',
      'token-card': 'panel',
      'avatar-origins': 'https://cdn.example.org',
    };
    const props = propsFromAttributes((name) => attrs[name] ?? null);
    expect(props).toMatchObject({ domain: 'meet.example.org', roomName: 'standup', tokenCard: 'panel', tokenProvider: undefined });
    expect(props?.auth?.allowedRedirectOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(props?.avatarOrigins).toEqual(['https://cdn.example.org']);
  });
});

describe('tokenUrlProvider', () => {
  it('asks the token URL for the room with same-origin credentials, and reads { token }', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ token: 'a.b.c' }), { status: 200 }));
    const provider = tokenUrlProvider('https://portal.example/api/meeting-token', fetchImpl as unknown as typeof fetch);
    expect(await provider({ room: 'Team Standup', domain: 'meet.example.org', reason: 'kicked', signal: new AbortController().signal })).toBe('a.b.c');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [URL, RequestInit];
    expect(url.toString()).toBe('https://portal.example/api/meeting-token?room=Team+Standup&reason=kicked');
    expect(init.credentials).toBe('same-origin');
  });

  it("passes the response's Date header on, for the clock", async () => {
    const dates: Array<string | null> = [];
    const fetchImpl = async () => new Response(JSON.stringify({ token: 'a.b.c' }), { status: 200, headers: { date: 'Sat, 28 Nov 2026 03:00:00 GMT' } });
    const provider = tokenUrlProvider('https://p.example/t', fetchImpl as unknown as typeof fetch);
    await provider({ room: 'r', domain: 'd', reason: 'initial', signal: new AbortController().signal, reportDate: (date) => dates.push(date) });
    expect(dates).toEqual(['Sat, 28 Nov 2026 03:00:00 GMT']);
  });

  it('answers null when signed out, and fails on bad answers', async () => {
    const answer = (body: string, status: number) =>
      tokenUrlProvider('https://p.example/t', (async () => new Response(body, { status })) as unknown as typeof fetch);
    const request = { room: 'r', domain: 'd', reason: 'initial' as const, signal: new AbortController().signal };
    expect(await answer('', 401)(request)).toBeNull();
    await expect(answer('{}', 200)(request)).rejects.toThrow(/without a token/);
    await expect(answer('', 500)(request)).rejects.toThrow(/500/);
  });
});

/** A fresh fake Jitsi and the element defined (once per registry). */
function setUpElement(): void {
  installFakeJitsi();
  FakeJitsiApi.reset();
  defineMeetgateMeeting();
}

/** Empties the page and restores stubbed globals. */
function tearDownElement(): void {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
}

describe('<meetgate-meeting>', () => {
  beforeEach(setUpElement);
  afterEach(tearDownElement);

  it('fetches a token for its room, joins, reports states without the token, and disposes when removed', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ token: TOKEN }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const element = document.createElement('meetgate-meeting');
    const states: string[] = [];
    element.addEventListener('meetgate-statechange', (event) => {
      const detail = (event as CustomEvent).detail;
      expect(JSON.stringify(detail)).not.toContain(TOKEN.split('.')[2]);
      states.push(detail.status);
    });
    element.setAttribute('domain', 'meet.example.org');
    element.setAttribute('room', 'standup');
    element.setAttribute('token-url', '/api/meeting-token');
    await act(async () => {
      document.body.append(element);
    });
    await flush(6);
    expect(String((fetchMock.mock.calls[0] as unknown as [URL])[0])).toContain('/api/meeting-token?room=standup&reason=initial');
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    expect(states).toContain('joining');
    await act(async () => {
      element.remove();
    });
    expect(FakeJitsiApi.last.disposeCount).toBe(1);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('asks the person to sign in when the token URL says 401', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 401 })),
    );
    document.body.innerHTML = '<meetgate-meeting domain="meet.example.org" room="standup" token-url="/t" login-url="/login"></meetgate-meeting>';
    await flush(6);
    expect(document.querySelector('[data-meetgate-state]')?.getAttribute('data-meetgate-state')).toBe('needs-token');
    expect(FakeJitsiApi.instances).toHaveLength(0);
  });
});

describe('<meetgate-meeting> as frameworks build it', () => {
  beforeEach(() => {
    installFakeJitsi();
    FakeJitsiApi.reset();
    defineMeetgateMeeting();
  });
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('starts once domain and room arrive after insertion; never emits needs-token while checking; leaves and says so when room is removed', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ token: TOKEN }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const element = document.createElement('meetgate-meeting');
    const states: string[] = [];
    element.addEventListener('meetgate-statechange', (event) => states.push((event as CustomEvent).detail.status));
    document.body.append(element);
    await flush(2);
    expect(fetchMock).not.toHaveBeenCalled();
    await act(async () => {
      element.setAttribute('token-url', '/api/meeting-token');
      element.setAttribute('domain', 'meet.example.org');
      element.setAttribute('room', 'standup');
    });
    await flush(6);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    expect(states).toContain('joining');
    expect(states).not.toContain('needs-token');
    expect(element.querySelector('[data-meetgate-state]')?.getAttribute('data-meetgate-state')).not.toBe('needs-token');

    await act(async () => {
      element.removeAttribute('room');
    });
    expect(FakeJitsiApi.last.disposeCount).toBe(1);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(states.at(-1)).toBe('ended');
    expect(element.querySelector('[data-meetgate-screen="ended"]')?.textContent).toContain('This page no longer names a room, so you left the meeting.');
  });
});

describe('<meetgate-meeting profile>', () => {
  const attrs = (extra: Record<string, string>) => (name: string) => ({ domain: 'meet.example.org', room: 'standup', ...extra })[name] ?? null;

  beforeEach(() => {
    installFakeJitsi();
    FakeJitsiApi.reset();
    defineMeetgateMeeting();
  });
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('passes a named profile, a JSON one or the property to the inspector, the property first', () => {
    expect(propsFromAttributes(attrs({}))?.inspect).toBeUndefined();
    expect(propsFromAttributes(attrs({ profile: 'jitsi-2025' }))?.inspect?.profile).toEqual(JITSI_2025_PROFILE);
    expect(propsFromAttributes(attrs({ profile: '{"domain":"meet.jitsi"}' }))?.inspect).toEqual({ profile: { domain: 'meet.jitsi' } });
    expect(propsFromAttributes(attrs({ profile: 'jitsi-2025' }), { asap_require_room_claim: false })?.inspect).toEqual({
      profile: { asap_require_room_claim: false },
    });
    expect(propsFromAttributes(attrs({}), 'jaas')?.inspect?.profile).toEqual(JAAS_PROFILE);
  });

  it('refuses a hostile or misspelt profile with a ConfigurationError naming it', () => {
    expect(() => propsFromAttributes(attrs({ profile: 'jitsi-2026' }))).toThrow(ConfigurationError);
    expect(() => propsFromAttributes(attrs({ profile: '{"app_secret":"x"}' }))).toThrow(/profile: "app_secret" is not a server profile setting/);
    expect(() => propsFromAttributes(attrs({ profile: '{"__proto__":{"jaas":true}}' }))).toThrow(/"__proto__"/);
    expect(() => propsFromAttributes(attrs({}), { enable_domain_verification: 'no' })).toThrow(/true or false/);
  });

  it('judges the token by the profile: the same token joins, or stops before Jitsi loads', async () => {
    const run = async (profile: string | null, property?: unknown) => {
      FakeJitsiApi.reset();
      document.body.innerHTML = '';
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(JSON.stringify({ token: TOKEN }), { status: 200 })),
      );
      const element = document.createElement('meetgate-meeting') as HTMLElement & { profile?: unknown };
      if (property !== undefined) element.profile = property;
      for (const [name, value] of Object.entries({ domain: 'meet.example.org', room: 'standup', 'token-url': '/t', ...(profile ? { profile } : {}) }))
        element.setAttribute(name, value);
      await act(async () => {
        document.body.append(element);
      });
      await flush(6);
      return { state: element.querySelector('[data-meetgate-state]')?.getAttribute('data-meetgate-state') ?? null, joined: FakeJitsiApi.instances.length };
    };
    // The token's sub is meet.example.org; Prosody's XMPP domain meet.jitsi refuses it (domain verification on)…
    expect(await run('{"domain":"meet.jitsi"}')).toEqual({ state: 'invalid-token', joined: 0 });
    // …unless the server turns verification off; a named profile (given by name or as the property) is read too.
    expect((await run('jitsi-2025')).joined).toBe(1);
    expect((await run('{"domain":"meet.jitsi"}', { ...JITSI_2025_PROFILE, domain: 'meet.jitsi', enable_domain_verification: false })).joined).toBe(1);
  });

  it('starts nothing on an invalid profile, says why in the console, and starts once it is fixed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ token: TOKEN }), { status: 200 })),
    );
    await act(async () => {
      document.body.innerHTML = '<meetgate-meeting domain="meet.example.org" room="standup" token-url="/t" profile="jitsi-2062"></meetgate-meeting>';
    });
    await flush(6);
    expect(FakeJitsiApi.instances).toHaveLength(0);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^MeetGate <meetgate-meeting>: profile: "jitsi-2062" is neither a named server profile/));
    await act(async () => {
      document.querySelector('meetgate-meeting')?.setAttribute('profile', 'jitsi-current');
    });
    await flush(6);
    expect(FakeJitsiApi.instances).toHaveLength(1);
  });

  it('an invalid profile set mid-meeting leaves the meeting and fires ended, as removing the room does', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ token: TOKEN }), { status: 200 })),
    );
    const states: string[] = [];
    await act(async () => {
      document.body.innerHTML = '<meetgate-meeting domain="meet.example.org" room="standup" token-url="/t"></meetgate-meeting>';
      document.querySelector('meetgate-meeting')?.addEventListener('meetgate-statechange', (event) => states.push((event as CustomEvent).detail.status));
    });
    await flush(6);
    expect(states).toContain('joining');
    await act(async () => {
      document.querySelector('meetgate-meeting')?.setAttribute('profile', 'jitsi-2062');
    });
    expect(FakeJitsiApi.last.disposeCount).toBe(1);
    expect(states.at(-1)).toBe('ended');
    // Said once: a further change while the profile is still wrong fires nothing more.
    await act(async () => {
      document.querySelector('meetgate-meeting')?.setAttribute('lang', 'de');
    });
    expect(states.filter((status) => status === 'ended')).toHaveLength(1);
  });

  it('takes a profile set before the element was defined', async () => {
    const element = document.createElement('late-meeting') as HTMLElement & { profile?: unknown };
    element.profile = 'jitsi-2025';
    document.body.append(element);
    await act(async () => {
      defineMeetgateMeeting(customElements, 'late-meeting');
    });
    expect(Object.hasOwn(element, 'profile')).toBe(false);
    expect(element.profile).toBe('jitsi-2025');
  });
});

describe('<meetgate-meeting> moved or re-inserted', () => {
  beforeEach(setUpElement);
  afterEach(() => {
    tearDownElement();
    window.history.replaceState(null, '', '/');
  });

  it('keeps the token it took from the page link: moved or taken out and put back, it rejoins with it', async () => {
    window.history.replaceState(null, '', `/invite?jwt=${TOKEN}`);
    const element = document.createElement('meetgate-meeting');
    const states: string[] = [];
    element.addEventListener('meetgate-statechange', (event) => states.push((event as CustomEvent).detail.status));
    element.setAttribute('domain', 'meet.example.org');
    element.setAttribute('room', 'standup');
    await act(async () => {
      document.body.append(element);
    });
    await flush(6);
    expect(window.location.href).not.toContain(TOKEN);
    expect(FakeJitsiApi.instances).toHaveLength(1);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);

    // A layout change moves the element (disconnected, then connected again in the same task).
    const panel = document.body.appendChild(document.createElement('section'));
    await act(async () => {
      panel.append(element);
    });
    await flush(6);
    expect(FakeJitsiApi.instances).toHaveLength(2);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    // Taken out, then put back later.
    await act(async () => {
      element.remove();
    });
    await act(async () => {
      document.body.append(element);
    });
    await flush(6);
    expect(FakeJitsiApi.instances).toHaveLength(3);
    expect(FakeJitsiApi.last.options.jwt).toBe(TOKEN);
    expect(states).not.toContain('needs-token');
  });

  it('takes a link token once per element: a second element on the page does not get it', async () => {
    window.history.replaceState(null, '', `/invite?jwt=${TOKEN}`);
    await act(async () => {
      document.body.innerHTML = '<meetgate-meeting domain="meet.example.org" room="standup"></meetgate-meeting>';
    });
    await flush(6);
    expect(FakeJitsiApi.instances).toHaveLength(1);
    const second = document.createElement('meetgate-meeting');
    second.setAttribute('domain', 'meet.example.org');
    second.setAttribute('room', 'standup');
    await act(async () => {
      document.body.append(second);
    });
    await flush(6);
    expect(FakeJitsiApi.instances).toHaveLength(1);
    expect(second.querySelector('[data-meetgate-state]')?.getAttribute('data-meetgate-state')).toBe('needs-token');
  });
});
