/**
 * Header checks, mirroring `luajwtjitsi.lib.lua (verify)`: `typ` must be exactly "JWT", `alg`
 * must be one Prosody implements (HS256/384/512, RS256/384/512), and RS tokens need a `kid`.
 */
import { own, quote, type Json } from '../claims.js';
import type { Findings } from './finding.js';

const PROSODY_ALGORITHMS = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512'];

/** Checks `alg`, `typ` and `kid`. */
export function checkHeader(header: Json, findings: Findings): void {
  const alg = own(header, 'alg');
  if (typeof alg !== 'string' || alg === '' || alg.toLowerCase() === 'none') {
    findings.add(
      'alg-none',
      'error',
      'header.alg',
      'The token is not signed (alg none or empty): anyone could have written it.',
      'Sign with HS256 and the app_secret, or RS256.',
    );
  } else if (!PROSODY_ALGORITHMS.includes(alg)) {
    findings.add(
      'alg-unsupported',
      'error',
      'header.alg',
      `Prosody cannot check ${quote(alg)} signatures.`,
      'Use HS256/384/512 or RS256/384/512 (in Keycloak: an RS256 realm key).',
    );
  } else if (alg.startsWith('RS') && typeof own(header, 'kid') !== 'string') {
    findings.add(
      'missing-claim',
      'error',
      'header.kid',
      'RS tokens need a "kid" header for Prosody to find the key.',
      'Add the key id (JWKS kid) as "kid".',
    );
  }
  const typ = own(header, 'typ');
  if (typ !== 'JWT') {
    findings.add(
      'typ-not-jwt',
      'error',
      'header.typ',
      `The header typ is ${typ === undefined ? 'missing' : quote(typ)}; Prosody refuses all but "JWT".`,
      'Set typ "JWT" in the header (jose: setProtectedHeader({ alg, typ: "JWT" })).',
    );
  }
}
