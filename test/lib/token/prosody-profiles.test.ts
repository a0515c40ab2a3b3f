/**
 * Differential test across server profiles: `inspectToken(token, { profile }).usable` against the
 * simulator's own rendering of Prosody's rules (server/dev/simulator: process_and_verify_token and
 * verify_room, taking the same ServerProfile), on careless and unusual tokens that are really
 * signed (the inspector never checks signatures: see verifyToken). Each run makes 2,100 tokens
 * and judges each under 10 profiles: current defaults, domain verification off, room claim not
 * required, an RS256 key server, tight pattern limits, patterns off, the 2025 release, HS512
 * with issuer and audience lists, Docker's XMPP domain meet.jitsi, and no token_verification.
 * The same corpus is judged by Jitsi's own Lua with scripts/prosody-real/compare.ts (README). Room patterns avoid `%b`/`%f`, which the simulator does not
 * translate (lib/token's Lua matcher handles them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../lib/token/index.js';
import { build, NOW_S, PROFILES, simulatorAdmits, tokenArb } from './prosody-corpus.js';

describe('inspectToken agrees with the simulated Prosody on every server profile', () => {
  it('2,100 signed tokens per run, each judged under 10 profiles', async () => {
    const tally: Record<string, { agree: number; accepted: number; total: number }> = {};
    await fc.assert(
      fc.asyncProperty(tokenArb, async (t) => {
        const token = build(t);
        for (const [name, profile] of Object.entries(PROFILES)) {
          const { admitted, text } = await simulatorAdmits(token, t.target, name);
          const report = inspectToken(token, { profile, room: t.target, now: NOW_S * 1000 + t.ms });
          const entry = (tally[name] ??= { agree: 0, accepted: 0, total: 0 });
          entry.total++;
          if (admitted) entry.accepted++;
          if (report.usable === admitted) entry.agree++;
          const why = `${name}: ${token.slice(0, 0)}${JSON.stringify(t)} → prosody ${text}; inspector ${report.findings
            .filter((f) => f.severity === 'error')
            .map((f) => f.message)
            .join(' | ')}`;
          expect(report.usable, why).toBe(admitted);
        }
      }),
      { numRuns: 2100 },
    );
    // Docker's XMPP domain is meet.jitsi: most corpus tokens name the web domain in sub, the very mistake that profile catches.
    for (const [name, entry] of Object.entries(tally)) expect(entry.accepted, JSON.stringify(tally)).toBeGreaterThan(name.startsWith('Docker') ? 3 : 20);
  }, 240_000);
});
