import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../../../../server/dev/portal/index.js';
import { call, passwordOf, sessionCookieOf, signIn, startTestPortal } from './helpers.js';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

describe('sign-in page', () => {
  it('sends visitors who are not signed in from / to the sign-in page', async () => {
    const reply = await call(portal, '/');
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/login');
  });

  it('shows the form and every demo account with its password, under a strict policy', async () => {
    const reply = await call(portal, '/login');
    expect(reply.status).toBe(200);
    for (const username of ['olivia', 'max', 'gwen']) expect(reply.body).toContain(`data-testid="password-${username}">${passwordOf(username)}</code>`);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'; ");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['content-security-policy']).toContain("frame-src 'none'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body).toContain('Meetings run on a test simulator.');
  });

  it('keeps a valid returnTo in the form, names the room, and drops a foreign one', async () => {
    const room = await call(portal, `/login?returnTo=${encodeURIComponent(`${portal.origin}/rooms/team-standup`)}`);
    expect(room.body).toContain('name="returnTo" value="/rooms/team-standup"');
    expect(room.body).toContain('Sign in to join “Team stand-up”');
    const foreign = await call(portal, `/login?returnTo=${encodeURIComponent('https://evil.example/phish')}`);
    expect(foreign.body).toContain('name="returnTo" value="/rooms"');
    expect(foreign.body).not.toContain('evil.example');
  });
});

describe('POST /login', () => {
  it('signs in with the right password: a new HttpOnly, SameSite=Lax session cookie and a redirect to returnTo', async () => {
    const reply = await call(portal, '/login', {
      headers: { Origin: portal.origin },
      form: { username: 'olivia', password: passwordOf('olivia'), returnTo: '/rooms/team-standup' },
    });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/rooms/team-standup');
    const header = reply.headers['set-cookie']?.[0] ?? '';
    expect(header).toMatch(/^portal_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/);
  });

  it('redirects to the room list instead of another site', async () => {
    const reply = await call(portal, '/login', {
      headers: { Origin: portal.origin },
      form: { username: 'max', password: passwordOf('max'), returnTo: '//evil.example/x' },
    });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/rooms');
  });

  it('refuses a wrong password with one message, sets no cookie and never echoes the password', async () => {
    for (const form of [
      { username: 'olivia', password: 'guess-Pw-987' },
      { username: 'nobody', password: 'guess-Pw-987' },
    ]) {
      const reply = await call(portal, '/login', { headers: { Origin: portal.origin }, form: { ...form, returnTo: '/rooms' } });
      expect(reply.status).toBe(401);
      expect(reply.body).toContain('Wrong user name or password.');
      expect(reply.body).not.toContain('guess-Pw-987');
      expect(sessionCookieOf(reply)).toBeNull();
    }
  });

  it.each([
    ['without an Origin header', {}],
    ['from another site', { Origin: 'https://evil.example' }],
    ['from the portal host on another port', { Origin: 'http://127.0.0.1:1' }],
    ['with the opaque origin of a sandboxed page', { Origin: 'null' }],
  ])('refuses a sign-in %s (login CSRF)', async (_label, headers: Record<string, string>) => {
    const reply = await call(portal, '/login', { headers, form: { username: 'olivia', password: passwordOf('olivia') } });
    expect(reply.status).toBe(403);
    expect(sessionCookieOf(reply)).toBeNull();
  });

  it('refuses a body that is not a form, or too large', async () => {
    const json = await call(portal, '/login', { headers: { Origin: portal.origin, 'Content-Type': 'application/json' }, form: { username: 'olivia' } });
    expect(json.status).toBe(400);
    const huge = await call(portal, '/login', { headers: { Origin: portal.origin }, form: { username: 'olivia', password: 'x'.repeat(9000) } });
    expect(huge.status).toBe(400);
  });

  it('gives a new session id at every sign-in and ends the previous one (no session fixation)', async () => {
    const first = await signIn(portal, 'max');
    const reply = await call(portal, '/login', {
      headers: { Origin: portal.origin, Cookie: first },
      form: { username: 'gwen', password: passwordOf('gwen'), returnTo: '/rooms' },
    });
    const second = sessionCookieOf(reply);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect((await call(portal, '/rooms', { headers: { Cookie: first } })).status).toBe(303);
    expect((await call(portal, '/rooms', { headers: { Cookie: second ?? '' } })).body).toContain('Gwen Guest');
  });

  it('says who is signed in when the sign-in page is opened again (switching accounts)', async () => {
    const cookie = await signIn(portal, 'olivia');
    expect((await call(portal, '/login', { headers: { Cookie: cookie } })).body).toContain('You are signed in as Olivia Owner (owner)');
  });
});

describe('sign-out', () => {
  it("GET /logout only asks, with a POST form carrying the session's CSRF token", async () => {
    const cookie = await signIn(portal, 'olivia');
    const reply = await call(portal, '/logout', { headers: { Cookie: cookie } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Sign out of the portal?');
    expect(reply.body).toMatch(/<form method="post" action="\/logout"><input type="hidden" name="csrf" value="[A-Za-z0-9_-]{43}">/);
    expect((await call(portal, '/rooms', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('GET /logout without a session goes to the sign-in page', async () => {
    const reply = await call(portal, '/logout');
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/login?signedOut=1');
  });

  it('refuses a POST without the CSRF token, with a wrong one, or from another origin, and keeps the session', async () => {
    const cookie = await signIn(portal, 'olivia');
    const page = await call(portal, '/logout', { headers: { Cookie: cookie } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const attempts: [Record<string, string>, Record<string, string>][] = [
      [{ Origin: portal.origin, Cookie: cookie }, {}],
      [{ Origin: portal.origin, Cookie: cookie }, { csrf: `${csrf}x` }],
      [{ Origin: 'https://evil.example', Cookie: cookie }, { csrf }],
      [{ Cookie: cookie }, { csrf }],
    ];
    for (const [headers, form] of attempts) {
      const reply = await call(portal, '/logout', { method: 'POST', headers, form });
      expect(reply.status).toBe(403);
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    expect((await call(portal, '/rooms', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('signs out with the token: the session ends, the cookie is cleared, the sign-in page says so', async () => {
    const cookie = await signIn(portal, 'olivia');
    const page = await call(portal, '/logout', { headers: { Cookie: cookie } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const reply = await call(portal, '/logout', { headers: { Origin: portal.origin, Cookie: cookie }, form: { csrf } });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/login?signedOut=1');
    expect(reply.headers['set-cookie']?.[0]).toBe('portal_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
    expect((await call(portal, '/rooms', { headers: { Cookie: cookie } })).status).toBe(303);
    expect((await call(portal, '/login?signedOut=1')).body).toContain('You are signed out.');
  });
});

describe('host names', () => {
  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await call(portal, '/login', { headers: { Host: 'evil.example' } });
    expect(reply.status).toBe(421);
    expect((await call(portal, '/api/meeting-token?room=team-standup', { headers: { Host: `evil.example:${portal.port}` } })).status).toBe(421);
  });

  it('moves localhost visitors to the one canonical address, where the cookie lives', async () => {
    const reply = await call(portal, '/rooms/team-standup', { headers: { Host: `localhost:${portal.port}` } });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe(`${portal.origin}/rooms/team-standup`);
  });
});

describe('sign-in throttling (issue 9)', () => {
  it('one account signing in a thousand times is slowed down and never signs anyone else out', async () => {
    const own = await startTestPortal();
    try {
      const others = await Promise.all(['max', 'gwen'].map((name) => signIn(own, name)));
      let refused = 0;
      let retryAfter: string | undefined;
      for (let i = 0; i < 40; i++) {
        const reply = await call(own, '/login', {
          headers: { Origin: own.origin },
          form: { username: 'olivia', password: passwordOf('olivia'), returnTo: '/rooms' },
        });
        if (reply.status === 429) {
          refused++;
          retryAfter = reply.headers['retry-after'] as string | undefined;
        }
      }
      expect(refused).toBe(40 - 10);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      for (const cookie of others) expect((await call(own, '/rooms', { headers: { Cookie: cookie } })).status).toBe(200);
      expect(own.sessions.size()).toBeLessThanOrEqual(2 + 5);
    } finally {
      await own.stop();
    }
  });
});
