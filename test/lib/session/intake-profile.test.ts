/** The component's `inspect` prop carries the server profile into the session's token check. */
import { describe, expect, it } from 'vitest';
import { examineToken } from '../../../lib/session/intake.js';
import { fakeToken, goodClaims, NOW } from '../../fixtures/tokens.js';

const context = (inspect?: Parameters<typeof examineToken>[4]['inspect']) => ({
  domain: 'meet.example.org',
  room: 'standup',
  now: NOW,
  inspect,
  signal: new AbortController().signal,
});

describe('examineToken with a server profile', () => {
  const hs384 = fakeToken(goodClaims(), { alg: 'HS384', typ: 'JWT' });

  it('judges with current Jitsi defaults when no profile is given (HS384 refused)', async () => {
    const event = await examineToken(hs384, 'prop', 'initial', null, context());
    expect(event.report.usable).toBe(false);
    expect(event.report.findings.find((f) => f.code === 'alg-unsupported')?.setting).toBe('signature_algorithm');
  });

  it('takes the profile from the inspect prop (signature_algorithm = HS384)', async () => {
    const event = await examineToken(hs384, 'prop', 'initial', null, context({ expectedIssuer: 'myapp', profile: { signature_algorithm: 'HS384' } }));
    expect(event.report.usable).toBe(true);
  });
});
