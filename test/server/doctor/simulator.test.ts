/**
 * The demo's simulator settings, written out as the files a real deployment would need
 * (server/dev/simulator/deployment-files.ts), pass `meetgate doctor` cleanly; the same renderer with a
 * weaker setting does not, so this test can fail.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { demoSimulatorSettings } from '../../../server/dev/portal/demo.js';
import { simulatorDeploymentFiles } from '../../../server/dev/simulator/deployment-files.js';
import { fakeToken } from '../../fixtures/tokens.js';
import { checkIds } from './fixtures.js';

const PAGES = { tokenAuthUrl: 'http://127.0.0.1:4280/login?returnTo=%2Frooms%2F{room}', tokenLogoutUrl: 'http://127.0.0.1:4280/logout' };
const secret = randomBytes(32).toString('base64url'); // as server/dev/portal/demo.ts makes it

describe("the demo's simulator settings", () => {
  it('pass the doctor cleanly, and a portal-minted token is usable there', () => {
    const settings = demoSimulatorSettings(secret);
    const now = Math.floor(Date.now() / 1000);
    const token = fakeToken({
      iss: 'meetgate-demo',
      aud: 'meetgate-demo',
      sub: settings.domain,
      room: 'standup',
      exp: now + 600,
      context: { user: { name: 'Ann', affiliation: 'owner' } },
    });
    const report = diagnoseDeployment(simulatorDeploymentFiles(settings, PAGES), { tokens: [token] });
    expect(report.findings.filter((f) => f.check !== 'role-claims')).toEqual([]);
    expect(report.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(report.notChecked).toEqual([]);
    expect(report.profile).toMatchObject({ domain: 'localhost', app_id: 'meetgate-demo', signature_algorithm: 'HS256' });
    expect(report.ok).toBe(true);
  });

  it.each([
    [{ appSecret: 'demo' }, ['app-secret-short']],
    [{ verifyRoom: false }, ['token-verification-missing']],
    [{ allowEmptyToken: true, waitForHost: false }, ['allow-empty-token']],
    [{ endMeetingWhenHostLeaves: true, waitForHost: false }, ['token-owner-party-refuses-early']],
  ])('with %j the doctor says what a real deployment would get wrong', (change, expected) => {
    const files = simulatorDeploymentFiles({ ...demoSimulatorSettings(secret), ...change }, PAGES);
    expect(checkIds(diagnoseDeployment(files))).toEqual(expected);
  });
});
