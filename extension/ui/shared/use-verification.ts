/** Checks a token's signature against a deployment's JWKS, when one is configured. */
import { useEffect, useState } from 'react';
import { verifyToken } from '../../../lib/token/index.js';

/** `verified`, `invalid` (with the reason), `unknown` (no key or unreachable), or `checking`. */
export type Verification = { state: 'verified' } | { state: 'invalid'; reason: string } | { state: 'unknown' } | { state: 'checking' };

/** The verification state of `token` with `jwksUrl`; re-checked when either changes. */
export function useVerification(token: string | null, jwksUrl: string | null): Verification {
  const [result, setResult] = useState<Verification>({ state: 'unknown' });
  useEffect(() => {
    if (!token || !jwksUrl) {
      setResult({ state: 'unknown' });
      return;
    }
    let live = true;
    setResult({ state: 'checking' });
    void verifyToken(token, { jwksUrl, timeoutMs: 4000 }).then((outcome) => {
      if (!live) return;
      if (outcome.status === 'verified') setResult({ state: 'verified' });
      else if (outcome.status === 'invalid-signature') setResult({ state: 'invalid', reason: outcome.reason });
      else setResult({ state: 'unknown' });
    });
    return () => {
      live = false;
    };
  }, [token, jwksUrl]);
  return result;
}
