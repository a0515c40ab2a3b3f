/**
 * Token inspector benchmark: inspectToken against jwt-decode's bare decode of the same tokens
 * (target: at most 4x the cost), interleaved A B A B with medians and the median ratio, and the
 * gzipped size of lib/token (target: under 6 KB).
 */
import { SignJWT } from 'jose';
import { jwtDecode } from 'jwt-decode';
import { inspectToken } from '../lib/token/index.js';
import { bundleSize, interleaved, kb, timeMs } from './measure.js';

const ROUNDS = 21;

/** A realistic mix: owner/member tokens, different rooms, some with findings. */
async function sampleTokens(count: number): Promise<string[]> {
  const secret = new TextEncoder().encode('bench-secret');
  const now = Math.floor(Date.now() / 1000);
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      new SignJWT({
        room: i % 5 === 0 ? '*' : `room-${i}`,
        context: {
          user: {
            id: `u${i}`,
            name: `Person ${i}`,
            email: `p${i}@example.org`,
            avatar: `https://example.org/${i}.png`,
            affiliation: i % 3 ? 'member' : 'owner',
          },
          features: { recording: i % 2 === 0, 'screen-sharing': true, livestreaming: 'false', ...(i % 7 === 0 ? { screensharing: true } : {}) },
        },
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer('myapp')
        .setAudience('myapp')
        .setSubject('meet.example.org')
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(secret),
    ),
  );
}

/** Runs the section and returns its numbers. */
export async function benchToken(): Promise<Record<string, number | string>> {
  const tokens = await sampleTokens(500);
  const context = { domain: 'meet.example.org', room: 'room-1', expectedIssuer: 'myapp', expectedAudience: 'myapp' };
  // Interleaved rounds (decode all, inspect all, decode all, …) so a busy machine slows both alike.
  const {
    a: bareMs,
    b: inspectMs,
    ratio,
  } = await interleaved(
    () => timeMs(() => tokens.forEach((t) => jwtDecode(t))),
    () => timeMs(() => tokens.forEach((t) => inspectToken(t, context))),
    ROUNDS,
    3,
  );
  const inspectOnly = await bundleSize(`export { inspectToken } from './lib/token/index.ts';`);
  const whole = await bundleSize(`export * from './lib/token/index.ts';`);
  return {
    [`jwt-decode tokens/s, median of ${ROUNDS} interleaved rounds`]: Math.round(tokens.length / (bareMs / 1000)),
    'inspectToken tokens/s': Math.round(tokens.length / (inspectMs / 1000)),
    'inspect cost vs bare decode, median ratio (target <= 4x)': `${ratio.toFixed(2)}x`,
    'lib/token inspectToken min+gzip (target < 6 KB)': kb(inspectOnly.gzip),
    'lib/token whole (with verifyToken) min+gzip': kb(whole.gzip),
  };
}
