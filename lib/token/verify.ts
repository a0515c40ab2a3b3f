/**
 * `verifyToken`: the signature check, with jose. Only this may label a token "verified"; the
 * inspector's decoded data is unverified everywhere else. Claims (exp, room…) are
 * `inspectToken`'s business: this checks the signature alone.
 */
import { compactVerify } from 'jose/jws/compact/verify';
import { createRemoteJWKSet } from 'jose/jwks/remote';
import { decodeProtectedHeader } from 'jose/decode/protected_header';
import { importJWK, importSPKI, importX509 } from 'jose/key/import';
import type { JWK } from 'jose';
import { extractToken } from './extract.js';

/** The key to check against: a shared secret, a public key, or a JWKS address. */
export type VerificationKey = { secret: string | Uint8Array } | { publicKey: string | JWK } | { jwksUrl: string | URL; timeoutMs?: number };

/** The outcome. `key-unavailable` means nothing was proven either way. */
export interface VerificationResult {
  status: 'verified' | 'invalid-signature' | 'key-unavailable';
  /** Why, in plain words. */
  reason: string;
  alg: string | null;
  kid: string | null;
}

/** Prosody implements these; anything else could never pass there. */
const SECRET_ALGS = ['HS256', 'HS384', 'HS512'];
const KEY_ALGS = ['RS256', 'RS384', 'RS512'];

type Getter = Parameters<typeof compactVerify>[1];

/** Turns the caller's key into what jose verifies with, and the algorithms it may use. */
async function resolveKey(key: VerificationKey, alg: string): Promise<{ key: Getter; algorithms: string[] }> {
  if ('secret' in key) {
    const bytes = typeof key.secret === 'string' ? new TextEncoder().encode(key.secret) : key.secret;
    return { key: bytes, algorithms: SECRET_ALGS };
  }
  if ('publicKey' in key) {
    const { publicKey } = key;
    if (typeof publicKey !== 'string') return { key: await importJWK(publicKey, alg), algorithms: KEY_ALGS };
    const imported = publicKey.includes('BEGIN CERTIFICATE') ? await importX509(publicKey, alg) : await importSPKI(publicKey, alg);
    return { key: imported, algorithms: KEY_ALGS };
  }
  const jwks = createRemoteJWKSet(new URL(key.jwksUrl), { timeoutDuration: key.timeoutMs ?? 5000 });
  return { key: jwks as Getter, algorithms: KEY_ALGS };
}

/** Reads alg and kid without trusting anything else. */
function peekHeader(token: string): { alg: string | null; kid: string | null } {
  try {
    const header = decodeProtectedHeader(token);
    return { alg: typeof header.alg === 'string' ? header.alg : null, kid: typeof header.kid === 'string' ? header.kid : null };
  } catch {
    return { alg: null, kid: null };
  }
}

/** Sorts jose's errors into the three outcomes. */
function classify(error: unknown): Pick<VerificationResult, 'status' | 'reason'> {
  const code = (error as { code?: string })?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (
    code === 'ERR_JWKS_NO_MATCHING_KEY' ||
    code === 'ERR_JWKS_TIMEOUT' ||
    code === 'ERR_JWKS_INVALID' ||
    code === 'ERR_JWKS_MULTIPLE_MATCHING_KEYS' ||
    /fetch|network|ECONN|status code/i.test(message)
  ) {
    return { status: 'key-unavailable', reason: `The key could not be obtained: ${message}` };
  }
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return { status: 'invalid-signature', reason: 'The signature does not match this key.' };
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED') return { status: 'invalid-signature', reason: `The token's algorithm does not fit this kind of key: ${message}` };
  if (code === 'ERR_JWS_INVALID' || code === 'ERR_JOSE_NOT_SUPPORTED')
    return { status: 'invalid-signature', reason: `The token cannot be verified: ${message}` };
  return { status: 'key-unavailable', reason: `The key could not be used: ${message}` };
}

/** Checks the signature of a token (or tokenized link). Never throws. */
export async function verifyToken(input: string, key: VerificationKey): Promise<VerificationResult> {
  const token = extractToken(typeof input === 'string' ? input : '');
  const { alg, kid } = peekHeader(token);
  if (!alg || alg.toLowerCase() === 'none') return { status: 'invalid-signature', reason: 'The token is not signed.', alg, kid };
  try {
    const resolved = await resolveKey(key, alg);
    await compactVerify(token, resolved.key, { algorithms: resolved.algorithms });
    return { status: 'verified', reason: `Signed with ${alg} by the holder of this key.`, alg, kid };
  } catch (error) {
    return { ...classify(error), alg, kid };
  }
}
