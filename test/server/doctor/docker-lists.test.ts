/**
 * docker-jitsi-meet renders list variables with sprig's `splitList "," … | compact`
 * (jitsi/docker-jitsi-meet 2e6b31d, prosody/rootfs/defaults/conf.d/jitsi-meet.cfg.lua lines 86 and 90):
 * split at commas, empty items dropped, nothing trimmed. `JWT_ACCEPTED_ISSUERS=app1, app2` gives
 * Prosody `{ "app1"," app2" }`, and a token with iss "app2" is refused ("invalid 'iss' claim").
 */
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { fakeToken } from '../../fixtures/tokens.js';
import { fixtureFiles } from './fixtures.js';

const now = Math.floor(Date.now() / 1000);
const tokenFrom = (iss: string) => fakeToken({ iss, aud: 'my_jitsi_app_id', sub: 'meet.jitsi', room: '*', exp: now + 600, context: { user: { name: 'Ann' } } });

describe('docker .env lists as the templates render them', () => {
  it('keeps the space after a comma in JWT_ACCEPTED_ISSUERS, so the doctor refuses the token Prosody refuses', async () => {
    const files = await fixtureFiles('docker-clean');
    files.dockerEnv = { ...files.dockerEnv!, text: `${files.dockerEnv!.text}\nJWT_ACCEPTED_ISSUERS=my_jitsi_app_id, second_app,,\n` };
    const report = diagnoseDeployment(files, { tokens: [tokenFrom('second_app'), tokenFrom(' second_app')] });
    expect(report.profile?.asap_accepted_issuers).toEqual(['my_jitsi_app_id', ' second_app']);
    expect(report.tokens.map((t) => t.report.usable)).toEqual([false, true]);
  });
});
