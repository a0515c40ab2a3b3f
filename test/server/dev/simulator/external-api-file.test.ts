import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../server/dev/simulator/index.js';
import { simulatorOptionsFromEnvironment } from '../../../e2e/fixtures.js';
import { APP_ID, DOMAIN, SECRET, fetchSim } from './helpers.js';

/** A small stand-in for a deployment's build: only what the check and the assertions need. */
const FAKE_BUILD = '/* fake real build */ window.JitsiMeetExternalAPI = function FakeRealBuild() {};\n';

describe('simulator option externalApiFile (a real external_api.js from disk)', () => {
  let dir: string;
  let sim: Simulator;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meetgate-external-api-'));
    await writeFile(join(dir, 'external_api.js'), FAKE_BUILD);
    await writeFile(join(dir, 'not-a-host.js'), 'console.log("hello")');
    sim = await startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN, externalApiFile: join(dir, 'external_api.js') });
  });
  afterAll(async () => {
    await sim.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the file byte for byte as /external_api.js (also under a tenant) as JavaScript, in either release mode', async () => {
    for (const release of ['2026', '2021'] as const) {
      sim.control.setRelease(release);
      for (const path of ['/external_api.js', '/acme/external_api.js']) {
        const response = await fetchSim(sim, path, { headers: { host: DOMAIN } });
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.body).toBe(FAKE_BUILD);
      }
    }
    sim.control.setRelease('2026');
  });

  it('reads the file once, at start: a later change on disk is not served', async () => {
    await writeFile(join(dir, 'external_api.js'), 'window.JitsiMeetExternalAPI = "changed";');
    const response = await fetchSim(sim, '/external_api.js', { headers: { host: DOMAIN } });
    expect(response.body).toBe(FAKE_BUILD);
  });

  it("still serves the meeting page's own script and the faults still apply to the file", async () => {
    expect((await fetchSim(sim, '/_simulator/meeting.js', { headers: { host: DOMAIN } })).body).not.toBe(FAKE_BUILD);
    sim.faults.externalApi({ kind: 'status', status: 404 });
    try {
      expect((await fetchSim(sim, '/external_api.js', { headers: { host: DOMAIN } })).status).toBe(404);
    } finally {
      sim.faults.externalApi({ kind: 'ok' });
    }
    expect((await fetchSim(sim, '/external_api.js', { headers: { host: DOMAIN } })).body).toBe(FAKE_BUILD);
  });

  it('refuses to start with a missing file or one that defines no JitsiMeetExternalAPI', async () => {
    await expect(startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN, externalApiFile: join(dir, 'missing.js') })).rejects.toThrow(/ENOENT/);
    await expect(startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN, externalApiFile: join(dir, 'not-a-host.js') })).rejects.toThrow(
      /does not define JitsiMeetExternalAPI/,
    );
  });
});

describe('the e2e fixtures read MEETGATE_SIM_EXTERNAL_API and MEETGATE_SIM_RELEASE', () => {
  it('passes them to the simulator, and nothing when unset', () => {
    expect(simulatorOptionsFromEnvironment({})).toEqual({});
    expect(simulatorOptionsFromEnvironment({ MEETGATE_SIM_EXTERNAL_API: '/x/external_api.js', MEETGATE_SIM_RELEASE: '2021' })).toEqual({
      externalApiFile: '/x/external_api.js',
      release: '2021',
    });
  });

  it('refuses a release the simulator does not know', () => {
    expect(() => simulatorOptionsFromEnvironment({ MEETGATE_SIM_RELEASE: '2019' })).toThrow(/2026, 2021/);
  });
});
