import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectToken } from '../../../../lib/token/index.js';
import { buildPortalAssets, startDemo, startInstructions, type Demo } from '../../../../server/dev/portal/index.js';
import type { PortalAssets } from '../../../../server/dev/portal/context.js';
import { call, startTestPortal } from './helpers.js';

const REAL_SECRET = 'real-deployment-secret-NEVER-PRINT-5e1d';

/** The password shown on the sign-in page for `username`. */
async function shownPassword(demo: Demo, username: string): Promise<string> {
  const body = (await call(demo.portal, '/login')).body;
  return new RegExp(`data-testid="password-${username}">([^<]+)<`).exec(body)?.[1] ?? '';
}

describe('npm start with no configuration', () => {
  let demo: Demo;
  beforeAll(async () => {
    demo = await startDemo({ lifetimeMs: 60_000 });
  });
  afterAll(() => demo.stop());

  it('starts the simulator as the deployment, on localhost with its own certificate', () => {
    expect(demo.simulator).not.toBeNull();
    const port = demo.simulator?.port;
    expect(demo.meeting).toMatchObject({
      domain: `localhost:${port}`,
      origin: `https://localhost:${port}`,
      externalApi: 'bundled',
      simulatorUrl: `https://localhost:${port}/`,
    });
    expect(demo.simulator?.certificatePem).toContain('BEGIN CERTIFICATE');
    expect(demo.portal.origin).toBe(`http://127.0.0.1:${demo.portal.port}`);
  });

  it('serves the room script bundled with esbuild: React, the component and the IFrame API host', async () => {
    const script = (await call(demo.portal, '/assets/room.js')).body;
    expect(script.length).toBeGreaterThan(100_000);
    expect(script).toContain('JitsiMeetExternalAPI');
    expect(script).toContain('data-meetgate-state');
    expect(script).not.toContain('process.env.NODE_ENV');
    expect((await call(demo.portal, '/assets/sign-in.js')).body).toContain('data-fill');
  });

  it("signs in with the password the sign-in page shows, and issues tokens for the simulator's domain", async () => {
    const password = await shownPassword(demo, 'olivia');
    expect(password).toBe(demo.portal.accounts[0]?.password);
    const signIn = await call(demo.portal, '/login', { headers: { Origin: demo.portal.origin }, form: { username: 'olivia', password, returnTo: '/rooms' } });
    const cookie = (signIn.headers['set-cookie']?.[0] ?? '').split(';', 1)[0] ?? '';
    const reply = await call(demo.portal, '/api/meeting-token?room=token-expiry', { headers: { Cookie: cookie } });
    const { token } = JSON.parse(reply.body) as { token: string };
    const report = inspectToken(token, { domain: 'localhost', room: 'token-expiry', domainVerification: true });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.claims).toMatchObject({ iss: 'meetgate-demo', sub: 'localhost', room: 'token-expiry' });
  });

  it('prints the address, the accounts with their passwords, the simulator and what to try', () => {
    const text = startInstructions(demo, { lifetimeHours: 8 });
    expect(text).toContain(`Open  ${demo.portal.origin}`);
    for (const account of demo.portal.accounts) expect(text).toMatch(new RegExp(`${account.username}\\s+${account.password}\\s+${account.role}`));
    expect(text).toContain(demo.meeting.simulatorUrl ?? 'simulator url');
    expect(text).toContain('private window');
    expect(text).toContain('Kick Max Member');
    expect(text).toContain('Short tokens (2 minutes)');
    expect(text).toContain('Stops itself after 8 hours');
  });
});

describe('npm start with a real deployment', () => {
  const assets: PortalAssets = { roomScript: '/* room */', signInScript: '/* sign-in */' };
  let demo: Demo;
  beforeAll(async () => {
    demo = await startDemo({
      choice: { kind: 'jitsi', domain: 'meet.example.org', appId: 'myapp', secret: REAL_SECRET, subject: 'meet.jitsi', bundledExternalApi: false },
      assets,
      lifetimeMs: 60_000,
    });
  });
  afterAll(() => demo.stop());

  it("starts no simulator; the room page loads the deployment's own external_api.js and frames it", async () => {
    expect(demo.simulator).toBeNull();
    const password = await shownPassword(demo, 'max');
    const signIn = await call(demo.portal, '/login', { headers: { Origin: demo.portal.origin }, form: { username: 'max', password } });
    const cookie = (signIn.headers['set-cookie']?.[0] ?? '').split(';', 1)[0] ?? '';
    const room = await call(demo.portal, '/rooms/team-standup', { headers: { Cookie: cookie } });
    expect(room.headers['content-security-policy']).toContain("script-src 'self' https://meet.example.org;");
    expect(room.headers['content-security-policy']).toContain('frame-src https://meet.example.org;');
    expect(room.body).toContain('"externalApi":"deployment"');
    expect(room.body).toContain('"simulator":null');
    const { token } = JSON.parse((await call(demo.portal, '/api/meeting-token?room=team-standup', { headers: { Cookie: cookie } })).body) as { token: string };
    expect(inspectToken(token, {}).claims).toMatchObject({ iss: 'myapp', aud: 'myapp', sub: 'meet.jitsi' });
  });

  it('never prints the app secret', () => {
    const text = startInstructions(demo, { lifetimeHours: 8 });
    expect(text).toContain('https://meet.example.org');
    expect(text).not.toContain(REAL_SECRET);
  });
});

describe('ports and lifetime', () => {
  it('falls back to a free port when the chosen one is taken, or fails when asked not to', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const assets = await buildPortalAssets();
      const demo = await startDemo({ port: taken, fallbackPorts: true, assets, lifetimeMs: 60_000 });
      expect(demo.portal.port).not.toBe(taken);
      await demo.stop();
      await expect(startDemo({ port: taken, assets, lifetimeMs: 60_000 })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      blocker.close();
    }
  });

  it('stops itself after its lifetime', async () => {
    const portal = await startTestPortal({ lifetimeMs: 100 });
    expect((await call(portal, '/login')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(call(portal, '/login')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('refuses to start with signing settings the token endpoint would refuse', async () => {
    await expect(startTestPortal({ signing: { appId: 'a', secret: 'x'.repeat(32), subject: 'https://meet.example.org' } })).rejects.toThrow(
      'domain must be a host name',
    );
  });
});
