import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../../../../server/dev/portal/index.js';
import { parseRoomPageData } from '../../../../server/dev/portal/client/index.js';
import { call, signIn, startTestPortal } from './helpers.js';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

/** The JSON the room script reads. */
function pageData(body: string): unknown {
  const json = /<script type="application\/json" id="page-data">([^<]*)<\/script>/.exec(body)?.[1];
  return json === undefined ? null : JSON.parse(json);
}

describe('room list', () => {
  it('asks for a sign-in first, with a way back', async () => {
    const reply = await call(portal, '/rooms');
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/login?returnTo=%2Frooms');
  });

  it('lists every room with its token lifetime, and says which are not for this role', async () => {
    const member = await call(portal, '/rooms', { headers: { Cookie: await signIn(portal, 'max') } });
    expect(member.body).toContain('Max Member');
    expect(member.body).toContain('href="/rooms/team-standup"');
    expect(member.body).toContain('href="/rooms/board-room"');
    expect(member.body).toContain('2-minute tokens');
    expect(member.body).toContain('10-minute tokens');
    const guest = await call(portal, '/rooms', { headers: { Cookie: await signIn(portal, 'gwen') } });
    expect(guest.body).toContain('href="/rooms/token-expiry"');
    expect(guest.body).not.toContain('href="/rooms/board-room"');
    expect(guest.body).toContain('Not for guests');
  });
});

describe('room page', () => {
  it('asks for a sign-in first, coming back to the room', async () => {
    const reply = await call(portal, '/rooms/team-standup');
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/login?returnTo=%2Frooms%2Fteam-standup');
  });

  it('hands the room script the meeting settings, never a token', async () => {
    const reply = await call(portal, '/rooms/token-expiry', { headers: { Cookie: await signIn(portal, 'olivia') } });
    expect(reply.status).toBe(200);
    const data = pageData(reply.body);
    expect(data).toEqual({
      room: 'token-expiry',
      title: 'Short tokens (2 minutes)',
      domain: 'localhost:48443',
      tokenPath: '/api/meeting-token',
      loginUrl: `${portal.origin}/login`,
      logoutUrl: `${portal.origin}/logout`,
      portalOrigin: portal.origin,
      externalApi: 'bundled',
      simulator: { url: 'https://localhost:48443/', probeUrl: 'https://localhost:48443/external_api.js' },
      ttlSeconds: 120,
    });
    expect(parseRoomPageData(JSON.stringify(data))).toEqual(data);
    expect(reply.body).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    expect(reply.body).toContain('<script type="module" src="/assets/room.js"></script>');
  });

  it('lets the page frame and probe the deployment only, and load scripts from itself only', async () => {
    const reply = await call(portal, '/rooms/team-standup', { headers: { Cookie: await signIn(portal, 'max') } });
    const csp = reply.headers['content-security-policy'] ?? '';
    expect(csp).toContain('frame-src https://localhost:48443;');
    expect(csp).toContain("connect-src 'self' https://localhost:48443;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(reply.headers['referrer-policy']).toBe('strict-origin');
  });

  it('refuses a room the role may not join (403) and an unknown or malformed room (404)', async () => {
    const guest = await signIn(portal, 'gwen');
    const board = await call(portal, '/rooms/board-room', { headers: { Cookie: guest } });
    expect(board.status).toBe(403);
    expect(board.body).toContain('not open to guests');
    expect((await call(portal, '/rooms/nowhere', { headers: { Cookie: guest } })).status).toBe(404);
    expect((await call(portal, '/rooms/%E0%A4%A', { headers: { Cookie: guest } })).status).toBe(404);
    expect((await call(portal, '/rooms/team-standup/extra', { headers: { Cookie: guest } })).status).toBe(404);
  });

  it('escapes what it shows', async () => {
    const reply = await call(portal, `/login?returnTo=${encodeURIComponent('/rooms/"><script>alert(1)</script>')}`);
    expect(reply.body).not.toContain('<script>alert(1)</script>');
  });
});

describe('assets and methods', () => {
  it('serves the scripts and the style sheet with their types', async () => {
    const room = await call(portal, '/assets/room.js');
    expect(room.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(room.body).toBe('console.log("room")');
    expect((await call(portal, '/assets/sign-in.js')).body).toBe('console.log("sign-in")');
    expect((await call(portal, '/assets/portal.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await call(portal, '/assets/other.js')).status).toBe(404);
  });

  it('answers other methods with 405', async () => {
    expect((await call(portal, '/rooms', { method: 'PUT' })).status).toBe(405);
    expect((await call(portal, '/rooms', { method: 'DELETE' })).headers.allow).toBe('GET, HEAD');
  });
});
