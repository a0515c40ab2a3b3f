import { describe, expect, it } from 'vitest';
import { validateDeployment, type Deployment } from '../../../../lib/deployments/index.js';
import { readPasted } from '../../../../extension/ui/popup/pasted.js';
import { fakeToken, goodClaims, NOW } from '../../../fixtures/tokens.js';

function deployment(draft: Record<string, string>): Deployment {
  const result = validateDeployment(draft, { newId: () => `id-${draft.domain}` });
  if (!result.ok) throw new Error('fixture');
  return result.deployment;
}

const MEET = deployment({ domain: 'meet.example.org', expectedIssuer: 'myapp', expectedAudience: 'myapp' });
const OTHER = deployment({ domain: 'other.example.org' });
const token = fakeToken(goodClaims());

describe('readPasted', () => {
  it('takes domain, tenant and room from a tokenized link and checks against that deployment', () => {
    const reading = readPasted(`https://meet.example.org/standup?jwt=${token}`, [OTHER, MEET], {}, NOW);
    expect(reading.target).toEqual({ domain: 'meet.example.org', tenant: null, room: 'standup' });
    expect(reading.deployment?.id).toBe(MEET.id);
    expect(reading.report.usable).toBe(true);
    const tenant = readPasted(`https://meet.example.org/sales/standup#jwt=${token}`, [], {}, NOW);
    expect(tenant.target).toEqual({ domain: 'meet.example.org', tenant: 'sales', room: 'standup' });
    // Jitsi's own page skips an unquoted #jwt= (lib/token/extract.ts); the popup joins with the token itself.
    expect(tenant.report.token).toBe(token);
  });

  it('guesses from the claims for a bare token: sub names the deployment, room the room', () => {
    const reading = readPasted(token, [OTHER, MEET], {}, NOW);
    expect(reading.guess).toEqual({ domain: 'meet.example.org', room: 'standup' });
    expect(reading.target).toEqual({ domain: 'meet.example.org', tenant: null, room: 'standup' });
  });

  it('lets typed values win, and reports a room the token does not open', () => {
    const reading = readPasted(token, [MEET], { room: 'board' }, NOW);
    expect(reading.target?.room).toBe('board');
    expect(reading.report.findings.map((finding) => finding.code)).toContain('room-mismatch');
  });

  it('checks issuer and audience of the matched deployment', () => {
    const reading = readPasted(fakeToken(goodClaims({ iss: 'someone-else' })), [MEET], {}, NOW);
    expect(reading.report.findings.map((finding) => finding.code)).toContain('iss-mismatch');
  });

  it('has no target for a wildcard room until a room is typed, and none for a room that is not a name', () => {
    const wildcard = fakeToken(goodClaims({ room: '*' }));
    expect(readPasted(wildcard, [MEET], {}, NOW).target).toBeNull();
    expect(readPasted(wildcard, [MEET], { room: 'daily' }, NOW).target).toEqual({ domain: 'meet.example.org', tenant: null, room: 'daily' });
    expect(readPasted(wildcard, [MEET], { room: '../x/' }, NOW).target).toBeNull();
  });
});
