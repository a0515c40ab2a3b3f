import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { inspectToken, verifyToken } from '../../../../lib/token/index.js';
import type { Portal } from '../../../../server/dev/portal/index.js';
import { call, PORTAL_SECRET, signIn, startTestPortal } from './helpers.js';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

/** Every console call of a test, to prove no token or secret is ever written. */
const logged: unknown[][] = [];
afterEach(() => {
  logged.length = 0;
});
function captureConsole(): void {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
  }
}

async function tokenFor(cookie: string, room: string, headers: Record<string, string> = {}): Promise<{ status: number; token?: string; expiresAt?: string }> {
  const reply = await call(portal, `/api/meeting-token?room=${encodeURIComponent(room)}`, { headers: { Cookie: cookie, ...headers } });
  expect(reply.headers['cache-control']).toBe('no-store');
  return { status: reply.status, ...(JSON.parse(reply.body || '{}') as { token?: string; expiresAt?: string }) };
}

describe('/api/meeting-token', () => {
  it('gives a signed-in owner a room-bound ten-minute token the deployment accepts', async () => {
    captureConsole();
    const { status, token, expiresAt } = await tokenFor(await signIn(portal, 'olivia'), 'team-standup');
    expect(status).toBe(200);
    expect((await verifyToken(token ?? '', { secret: PORTAL_SECRET })).status).toBe('verified');
    const report = inspectToken(token ?? '', {
      domain: 'localhost',
      room: 'team-standup',
      expectedIssuer: 'portal-test',
      expectedAudience: 'portal-test',
      domainVerification: true,
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.claims).toMatchObject({ iss: 'portal-test', aud: 'portal-test', sub: 'localhost', room: 'team-standup' });
    expect(report.role.value).toBe('owner');
    expect(report.user?.name).toBe('Olivia Owner');
    const claims = report.claims as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(600);
    expect(Date.parse(expiresAt ?? '')).toBe(claims.exp * 1000);
    expect(JSON.stringify(logged)).not.toContain(token ?? 'no token');
  });

  it('makes clean tokens: no finding at all when judged as the page judges them, with the port in the domain', async () => {
    for (const person of ['olivia', 'max', 'gwen']) {
      const { token } = await tokenFor(await signIn(portal, person), 'team-standup');
      const report = inspectToken(token ?? '', { domain: 'localhost:4281', room: 'team-standup' });
      expect(report.findings, person).toEqual([]);
    }
  });

  it('makes two-minute tokens for the short-token room, and member tokens for members', async () => {
    const { token } = await tokenFor(await signIn(portal, 'max'), 'token-expiry');
    const report = inspectToken(token ?? '', { domain: 'localhost', room: 'token-expiry' });
    const claims = report.claims as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(120);
    expect(report.role.value).toBe('member');
  });

  it('answers 401 without a session, so the meeting offers the sign-in page', async () => {
    expect((await tokenFor('', 'team-standup')).status).toBe(401);
    expect((await tokenFor('portal_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'team-standup')).status).toBe(401);
  });

  it('refuses a room the role may not join, an unknown room, and a missing room', async () => {
    const guest = await signIn(portal, 'gwen');
    expect((await tokenFor(guest, 'board-room')).status).toBe(403);
    expect((await tokenFor(guest, 'nowhere')).status).toBe(403);
    expect((await call(portal, '/api/meeting-token', { headers: { Cookie: guest } })).status).toBe(400);
    expect((await tokenFor(guest, 'team-standup')).status).toBe(200);
  });

  it('refuses requests from other sites, even with the cookie', async () => {
    const cookie = await signIn(portal, 'olivia');
    expect((await tokenFor(cookie, 'team-standup', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await tokenFor(cookie, 'team-standup', { Origin: portal.origin })).status).toBe(200);
  });

  it('stops giving tokens once the person signs out', async () => {
    const cookie = await signIn(portal, 'max');
    expect((await tokenFor(cookie, 'team-standup')).status).toBe(200);
    const csrf = /name="csrf" value="([^"]+)"/.exec((await call(portal, '/logout', { headers: { Cookie: cookie } })).body)?.[1] ?? '';
    await call(portal, '/logout', { headers: { Origin: portal.origin, Cookie: cookie }, form: { csrf } });
    expect((await tokenFor(cookie, 'team-standup')).status).toBe(401);
  });
});
