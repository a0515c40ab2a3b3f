/**
 * `inspect --secret`: a shared secret shorter than the hash lets anyone holding one token guess it
 * offline and mint their own (RFC 7518 §3.2 requires at least the hash size). Prosody accepts such
 * tokens, so this is a warning about the deployment, not a reason to refuse the token.
 */
import type { Finding } from '../../lib/token/types.js';
import type { VerificationKey } from '../../lib/token/verify.js';
import { MIN_SECRET_BYTES } from '../mint/secret-size.js';

/** A `weak-secret` finding when `key` is a secret too short for `alg` (HS256 when the header says nothing usable). */
export function secretFindings(key: VerificationKey | null, alg: unknown): Finding[] {
  if (!key || !('secret' in key) || key.secret === undefined) return [];
  const bytes = typeof key.secret === 'string' ? new TextEncoder().encode(key.secret).length : key.secret.length;
  const name = typeof alg === 'string' && alg in MIN_SECRET_BYTES ? alg : 'HS256';
  const minimum = MIN_SECRET_BYTES[name] ?? 32;
  if (bytes >= minimum) return [];
  return [
    {
      code: 'weak-secret',
      severity: 'warning',
      claim: 'header.alg',
      message: `The secret is ${bytes} bytes long; ${name} needs at least ${minimum} (RFC 7518 §3.2). Anyone holding one token can try to guess it offline and mint their own tokens.`,
      hint: `Set a longer random app_secret in Prosody (e.g. openssl rand -hex ${minimum}) and mint with it.`,
    },
  ];
}
