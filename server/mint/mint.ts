/**
 * `mintMeetingToken`: writes a Jitsi token the way Prosody and JaaS read it, signs it with jose,
 * then runs it through `inspectToken` and refuses to hand out anything the inspector objects to.
 */
import { SignJWT } from 'jose/jwt/sign';
import { inspectToken } from '../../lib/token/index.js';
import { MintError } from './errors.js';
import { resolveSigningKey } from './key.js';
import { planToken } from './plan.js';
import { refusal, refusingFindings } from './policy.js';
import type { MintedToken, MintOptions } from './types.js';

/** Signs the claims; jose's errors become a `MintError` that says nothing about the key itself. */
async function sign(
  claims: Record<string, unknown>,
  header: Record<string, unknown>,
  key: Awaited<ReturnType<typeof resolveSigningKey>>['key'],
): Promise<string> {
  try {
    return await new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(key);
  } catch (error) {
    const short = /modulusLength/.test((error as Error)?.message ?? '');
    throw new MintError(
      'invalid-key',
      short ? 'The RSA key is shorter than 2048 bits.' : 'The key could not sign this token.',
      short ? 'Generate a 2048-bit (or longer) RSA key.' : 'Check that the key is an RSA private key (or a non-empty secret) for the chosen algorithm.',
    );
  }
}

/**
 * Mints a token for one person and one room. Resolves to the token and what it says; rejects with
 * a `MintError` when the options are wrong or when `inspectToken` finds an error, or a warning
 * that was not asked for (`room: '*'` tolerates `room-wildcard`, `allowLongLived` tolerates
 * `long-lived`).
 */
export async function mintMeetingToken(options: MintOptions): Promise<MintedToken> {
  const plan = planToken(options);
  const signingKey = await resolveSigningKey(options, plan.placement.jaas);
  const header: Record<string, unknown> = { alg: signingKey.alg, typ: 'JWT', ...(signingKey.kid ? { kid: signingKey.kid } : {}) };
  const token = await sign(plan.claims, header, signingKey.key);
  // Judge it on a server set up for this key: its algorithm, a key server for RS keys, JaaS rules for JaaS.
  const profile = {
    signature_algorithm: signingKey.alg,
    key_kind: signingKey.alg.startsWith('RS') ? 'key-server' : 'secret',
    jaas: plan.placement.jaas,
  } as const;
  const report = inspectToken(token, { ...plan.context, profile: { ...profile, ...plan.context.profile } });
  const refusing = refusingFindings(report, { wildcard: plan.wildcard, longLived: options.allowLongLived === true });
  if (refusing.length > 0 || !report.usable) throw refusal(refusing.length > 0 ? refusing : report.findings);
  return {
    token,
    expiresAt: new Date(plan.times.exp * 1000),
    issuedAt: new Date(plan.times.iat * 1000),
    notBefore: plan.times.nbf === undefined ? null : new Date(plan.times.nbf * 1000),
    header,
    claims: plan.claims,
    findings: report.findings,
  };
}
