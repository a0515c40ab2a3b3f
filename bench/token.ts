/**
 * Token inspector benchmark: inspectToken against jwt-decode's bare decode of the same tokens
 * (target: at most 4x the cost), and the gzipped size of lib/token (target: under 6 KB).
 */
import { SignJWT } from 'jose';
import { jwtDecode } from 'jwt-decode';
import { inspectToken } from '../lib/token/index.js';
import { bundleSize, kb, throughput } from './measure.js';

/** A realistic mix: owner/member tokens, different rooms, some with findings. */
async function sampleTokens(count: number): Promise<string[]> {
  const secret = new TextEncoder().encode('bench-secret');
  const now = Math.floor(Date.now() / 1000);
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      new SignJWT({
        room: i % 5 === 0 ? '*' : `room-${i}`,
        context: {
          user: { id: `u${i}`, name: `Person ${i}`, email: `p${i}@example.org`, avatar: `https://example.org/${i}.png`, affiliation: i % 3 ? 'member' : 'owner' },
          features: { recording: i % 2 === 0, 'screen-sharing': true, livestreaming: 'false', ...(i % 7 === 0 ? { screensharing: true } : {}) },
        },
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer('myapp').setAudience('myapp').setSubject('meet.example.org').setIssuedAt(now).setExpirationTime(now + 3600)
        .sign(secret),
    ),
  );
}

/** Runs the section and returns its numbers. */
export async function benchToken(): Promise<Record<string, number | string>> {
  const tokens = await sampleTokens(500);
  const context = { domain: 'meet.example.org', room: 'room-1', expectedIssuer: 'myapp', expectedAudience: 'myapp' };
  const bare = throughput(tokens, (t) => jwtDecode(t));
  const inspected = throughput(tokens, (t) => inspectToken(t, context));
  const ratio = bare / inspected;
  const inspectOnly = await bundleSize(`export { inspectToken } from './lib/token/index.ts';`);
  const whole = await bundleSize(`export * from './lib/token/index.ts';`);
  return {
    'jwt-decode tokens/s': Math.round(bare),
    'inspectToken tokens/s': Math.round(inspected),
    'inspect cost vs bare decode (target <= 4x)': `${ratio.toFixed(2)}x`,
    'lib/token inspectToken min+gzip (target < 6 KB)': kb(inspectOnly.gzip),
    'lib/token whole (with verifyToken) min+gzip': kb(whole.gzip),
  };
}
