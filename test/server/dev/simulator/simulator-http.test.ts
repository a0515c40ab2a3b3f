import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSimulator, type Simulator } from '../../../../server/dev/simulator/index.js';
import { APP_ID, DOMAIN, SECRET, fetchSim } from './helpers.js';

describe('simulator HTTP surface', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN });
  });
  afterAll(() => sim.stop());

  it('listens on loopback with a certificate for the domain and describes how to reach it', () => {
    expect(sim.url).toBe(`https://127.0.0.1:${sim.port}/`);
    expect(sim.origin).toBe(`https://${DOMAIN}`);
    expect(sim.hostResolverRule).toBe(`MAP ${DOMAIN} 127.0.0.1:${sim.port}`);
    expect(sim.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(sim.certificateSpki).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('serves /external_api.js defining window.JitsiMeetExternalAPI, also under a tenant', async () => {
    for (const path of ['/external_api.js', '/acme/external_api.js', '/external_api.js?release=release-1234']) {
      const response = await fetchSim(sim, path, { headers: { host: DOMAIN } });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.body).toContain('JitsiMeetExternalAPI');
      expect(response.body).toContain('jitsi_meet_external_api_');
    }
  });

  it('serves another host script as /external_api.js in the 2021 mode (the 2021 host; e2e 10-older-jitsi checks how it behaves), the current one otherwise', async () => {
    const body = async () => (await fetchSim(sim, '/external_api.js', { headers: { host: DOMAIN } })).body;
    const current = await body();
    sim.control.setRelease('2021');
    try {
      const old = await body();
      expect(old).toContain('JitsiMeetExternalAPI');
      expect(old).toContain('forRelease("2021")');
      expect(old).not.toBe(current);
    } finally {
      sim.control.setRelease('2026');
    }
    expect(await body()).toBe(current);
  });

  it('serves the meeting page at /<room> and /<tenant>/<room> with a strict CSP, saying it is a simulator', async () => {
    for (const path of ['/standup', '/acme/Team%20Standup?jwt=abc']) {
      const response = await fetchSim(sim, path, { headers: { host: DOMAIN } });
      expect(response.status).toBe(200);
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.body).toContain('MeetGate Jitsi simulator');
      expect(response.body).toContain('no audio or video');
      expect(response.body).toContain('/_simulator/meeting.js');
    }
    const script = await fetchSim(sim, '/_simulator/meeting.js');
    expect(script.status).toBe(200);
    expect(script.body).toContain('xmpp-websocket');
  });

  it('refuses other host names, deep paths and unknown files', async () => {
    expect((await fetchSim(sim, '/standup', { headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await fetchSim(sim, '/a/b/c')).status).toBe(404);
    expect((await fetchSim(sim, '/_simulator/secret.txt')).status).toBe(404);
    expect((await fetchSim(sim, '/standup', { method: 'POST' })).status).toBe(405);
  });

  it('opens the meeting socket only for the meeting page origin', async () => {
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(`wss://127.0.0.1:${sim.port}/xmpp-websocket`, { ca: sim.certificatePem, origin });
        socket.once('open', () => {
          socket.close();
          resolve('open');
        });
        socket.once('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
        socket.once('error', () => resolve('error'));
      });
    expect(await attempt(`https://127.0.0.1:${sim.port}`)).toBe('open');
    expect(await attempt('https://evil.example')).toMatch(/refused 403|error/);
  });

  it('guards the control API with its secret', async () => {
    expect((await fetchSim(sim, '/_simulator/control/rooms')).status).toBe(401);
    expect((await fetchSim(sim, '/_simulator/control/rooms', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetchSim(sim, '/_simulator/control/rooms', { headers: { authorization: `Bearer ${sim.controlSecret}` } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual([]);
  });
});

describe('simulator options', () => {
  it('refuses a configuration Prosody would refuse', async () => {
    await expect(startSimulator({ appId: '', appSecret: SECRET, domain: DOMAIN })).rejects.toThrow("'app_id' must not be empty");
    await expect(startSimulator({ appId: APP_ID, domain: DOMAIN })).rejects.toThrow(/appSecret, jwksUrl or publicKey/);
    await expect(startSimulator({ appId: APP_ID, appSecret: SECRET, domain: 'https://x' })).rejects.toThrow(/host name/);
  });

  it('stops itself when its lifetime ends', async () => {
    const short = await startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN, lifetimeMs: 200 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(fetchSim(short, '/standup')).rejects.toThrow();
    await short.stop();
  });
});
