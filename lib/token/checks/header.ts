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
      'The token is not signed (alg is "none" or empty), so anyone could have written it.',
      'Sign it with HS256 and the app_secret of Prosody, or RS256 with a key the server knows.',
    );
  } else if (!PROSODY_ALGORITHMS.includes(alg)) {
    findings.add(
      'alg-unsupported',
      'error',
      'header.alg',
      `Prosody cannot check ${quote(alg)} signatures; it knows HS256/384/512 and RS256/384/512 only.`,
      'Sign with HS256 (app_secret) or RS256 (asap_key_server / cache_keys_url). In Keycloak, set the realm key to RS256.',
    );
  } else if (alg.startsWith('RS') && typeof own(header, 'kid') !== 'string') {
    findings.add(
      'missing-claim',
      'error',
      'header.kid',
      'RS-signed tokens need a "kid" header so that Prosody can find the public key.',
      'Add the key id as "kid" in the header (the JWKS entry id, or the name under asap_key_server).',
    );
  }
  const typ = own(header, 'typ');
  if (typ !== 'JWT') {
    findings.add(
      'typ-not-jwt',
      'error',
      'header.typ',
      typ === undefined
        ? 'The header has no "typ"; Prosody refuses a token whose typ is not exactly "JWT".'
        : `The header says typ ${quote(typ)}; Prosody refuses anything but exactly "JWT".`,
      'Set the header typ to "JWT" (with jose: setProtectedHeader({ alg, typ: "JWT" })).',
    );
  }
}
