import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../server/dev/simulator/index.js';
import { reloadRange } from '../../../../server/dev/simulator/client/page-reload-overlay.js';
import { APP_ID, DOMAIN, PageClient, SECRET, claims, fetchSim, hsToken } from './helpers.js';

describe('simulator fault controls', () => {
  let sim: Simulator;
  const pages: PageClient[] = [];
  const host = { host: DOMAIN };

  beforeAll(async () => {
    sim = await startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN, reloadOverlaySeconds: [2, 3] });
  });
  afterEach(() => {
    sim.faults.clear();
    for (const page of pages.splice(0)) page.close();
  });
  afterAll(() => sim.stop());

  it('drop-all cuts everyone and refuses their resume (a fatal dropped connection for the page)', async () => {
    const token = await hsToken(claims('Ann', 'owner', { room: 'faults1' }));
    const ann = new PageClient(sim);
    pages.push(ann);
    await ann.join(token, 'faults1');
    const joined = await ann.next('joined');
    expect(sim.faults.dropAll()).toBe(1);
    expect(await ann.closed()).toBe(1006);
    expect(sim.control.rooms()).toEqual([]);
    const again = new PageClient(sim);
    pages.push(again);
    await again.join(token, 'faults1', null, joined.resume);
    expect(await again.next('resume-failed')).toEqual({ type: 'resume-failed' });
    expect(await again.closed()).toBe(4000);
    // A fresh connection (the page reloaded) joins again.
    const fresh = new PageClient(sim);
    pages.push(fresh);
    await fresh.join(token, 'faults1');
    expect((await fresh.next('joined')).self.displayName).toBe('Ann');
  });

  it('an outage resets every request and socket until it ends; the control API keeps answering', async () => {
    sim.faults.outage(0.6);
    await expect(fetchSim(sim, '/standup', { headers: host })).rejects.toThrow();
    await expect(new PageClient(sim).open()).rejects.toThrow();
    const control = await fetchSim(sim, '/_simulator/control/rooms', { headers: { ...host, authorization: `Bearer ${sim.controlSecret}` } });
    expect(control.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await fetchSim(sim, '/standup', { headers: host })).status).toBe(200);
  });

  it('a hanging outage leaves requests unanswered, then closes them when it ends', async () => {
    sim.faults.outage(0.4, 'hang');
    const started = Date.now();
    await expect(fetchSim(sim, '/standup', { headers: host })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('serves external_api.js with an error status or slowly, and the meeting page as a 502', async () => {
    sim.faults.externalApi({ kind: 'status', status: 404 });
    expect((await fetchSim(sim, '/external_api.js', { headers: host })).status).toBe(404);
    sim.faults.externalApi({ kind: 'slow', delayMs: 300 });
    const started = Date.now();
    expect((await fetchSim(sim, '/external_api.js', { headers: host })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    sim.faults.meetingPage({ kind: 'status', status: 502 });
    const page = await fetchSim(sim, '/standup', { headers: host });
    expect(page.status).toBe(502);
    expect(page.body).toContain('502 Bad Gateway');
    sim.faults.clear();
    expect((await fetchSim(sim, '/standup', { headers: host })).status).toBe(200);
  });

  it('takes the faults over the HTTP control API, with the secret only', async () => {
    const post = (action: string, body: unknown, secret = sim.controlSecret) =>
      fetchSim(sim, `/_simulator/control/${action}`, {
        method: 'POST',
        headers: { ...host, authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('fault-meeting-page', { status: 502 }, 'wrong')).status).toBe(401);
    expect((await post('fault-meeting-page', { status: 502 })).status).toBe(200);
    expect((await fetchSim(sim, '/standup', { headers: host })).status).toBe(502);
    expect((await post('fault-external-api', { status: 404 })).status).toBe(200);
    expect((await fetchSim(sim, '/external_api.js', { headers: host })).status).toBe(404);
    expect((await post('fault-clear', {})).status).toBe(200);
    expect((await fetchSim(sim, '/standup', { headers: host })).status).toBe(200);
  });

  it("tells the meeting page its reload countdown range; odd values fall back to Jitsi's 10–30 s", async () => {
    expect((await fetchSim(sim, '/standup', { headers: host })).body).toContain('data-reload-seconds="2,3"');
    expect(reloadRange('2,3')).toEqual([2, 3]);
    expect(reloadRange(undefined)).toEqual([10, 30]);
    expect(reloadRange('5,1')).toEqual([10, 30]);
  });
});
