/**
 * Differential test: inspectToken's verdict against the simulator's independent rendering of
 * Prosody's rules (server/dev/simulator: process_and_verify_token + verify_room). Within what
 * MeetGate is told about the server (issuer, audience, domain verification, signature by the
 * configured key), "usable" must mean "Prosody lets this token into this room".
 */
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../lib/token/index.js';
import { resolveOptions } from '../../../server/dev/simulator/options.js';
import { checkConnectionToken } from '../../../server/dev/simulator/prosody-token.js';
import { mayEnterRoom, roomTarget } from '../../../server/dev/simulator/room-rules.js';
import { createKeyResolver } from '../../../server/dev/simulator/token-keys.js';

const SECRET = 'agreement-secret';
const DOMAIN = 'meet.example.org';
const NOW = 1_780_000_000;
const options = resolveOptions({ appId: 'myapp', appSecret: SECRET, domain: DOMAIN, acceptedAudiences: ['myapp', 'jitsi'] });
const resolveKey = createKeyResolver(options);

/** Values a careless backend writes into each claim. */
const time = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: NOW - 7200, max: NOW + 7200 }),
  fc.constant(NOW),
  fc.constant((NOW + 600) * 1000),
  fc.constant(String(NOW + 600)),
  fc.constant(0),
  fc.constant(null),
  fc.double({ min: NOW - 10, max: NOW + 10, noNaN: true }),
);
const claimsArb = fc.record(
  {
    iss: fc.constantFrom(undefined, 'myapp', 'other', ['myapp'], ''),
    aud: fc.constantFrom(undefined, 'myapp', 'jitsi', 'account', ['myapp', 'account'], '*'),
    sub: fc.constantFrom(undefined, DOMAIN, 'MEET.example.org', '*', 'meet.other.org', 'acme', 42),
    room: fc.constantFrom(undefined, 'standup', 'StandUp', '*', 'team standup', 'team%20standup', 'Team%20Standup', 'retro', 7, 'acme/standup'),
    exp: time,
    nbf: time,
    iat: time,
    context: fc.constantFrom(
      undefined,
      { user: { name: 'A', affiliation: 'owner' } },
      { user: { name: 'B', affiliation: 'member' }, features: { recording: 'true' } },
    ),
  },
  { requiredKeys: [] },
);
const targetArb = fc.constantFrom('standup', 'Team Standup', 'retro', 'acme/standup');
const typArb = fc.constantFrom('JWT', 'JWT', 'JWT', 'jwt', undefined);

describe('inspectToken agrees with Prosody', () => {
  it('calls a token usable exactly when the simulated Prosody admits it (2,000 runs)', async () => {
    const secret = new TextEncoder().encode(SECRET);
    await fc.assert(
      fc.asyncProperty(claimsArb, targetArb, typArb, async (claims, target, typ) => {
        const payload = JSON.parse(JSON.stringify(claims)) as Record<string, unknown>;
        const token = await new SignJWT(payload).setProtectedHeader(typ ? { alg: 'HS256', typ } : { alg: 'HS256' }).sign(secret);
        const [tenant, room] = target.includes('/') ? target.split('/') : [null, target];
        const check = await checkConnectionToken(token, { options, resolveKey, now: NOW });
        const admitted = check.ok && mayEnterRoom(check.session, roomTarget(room ?? '', tenant ?? null), options);
        const report = inspectToken(token, {
          domain: DOMAIN,
          room: target,
          expectedIssuer: 'myapp',
          expectedAudience: ['myapp', 'jitsi'],
          domainVerification: true,
          now: NOW * 1000,
        });
        const why = `${JSON.stringify(payload)} → ${target}: prosody ${check.ok ? 'ok' : check.text}, inspector ${report.findings.filter((f) => f.severity === 'error').map((f) => f.code)}`;
        expect(report.usable, why).toBe(admitted);
      }),
      { numRuns: 2000 },
    );
  });
});
