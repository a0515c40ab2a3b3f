/**
 * Header rules as Prosody applies them (jitsi/jitsi-meet `token/util.lib.lua`
 * `process_and_verify_token`, `luajwtjitsi.lib.lua` `verify`): with a key server
 * (`asap_key_server` / `cache_keys_url`) Prosody first reads the raw first segment for `kid` and
 * `alg` (RS only); then `typ` must be exactly "JWT" and `alg` exactly the one configured
 * algorithm (`signature_algorithm`: HS256 with `app_secret`, RS256 with a key server).
 */
import { own, quote, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import { fromUrl64 } from '../prosody/decode.js';
import { luaText } from '../prosody/lua-value.js';
import { luaError } from './placement.js';
import type { Findings } from './finding.js';

const KEY_SERVER = 'asap_key_server / cache_keys_url';

/** The key-server pre-check on the raw first segment; false when it refuses. */
function checkKeyLookup(token: string, findings: Findings): void {
  const dot = token.indexOf('.');
  const bytes = dot < 0 ? null : fromUrl64(token.slice(0, dot));
  let header: unknown;
  try {
    header = bytes ? JSON.parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)) : undefined;
  } catch {
    header = undefined;
  }
  if (dot < 0 || header === undefined) {
    findings.refuse(
      'malformed',
      'header',
      'With a key server, Prosody reads the header before the first dot, and cannot here.',
      dot < 0 ? 'Invalid token' : 'bad token format',
      'Send the compact JWT exactly as issued (no leading dot).',
      KEY_SERVER,
    );
    return;
  }
  const kid = own(header, 'kid');
  const alg = own(header, 'alg');
  if (kid === undefined) {
    findings.refuse(
      'missing-claim',
      'header.kid',
      'The header has no kid: the key server cannot find the key.',
      "'kid' claim is missing",
      'Add the key id (JWKS kid) as "kid".',
      KEY_SERVER,
    );
  } else if (luaText(kid) === null) {
    // Prosody hashes the kid (sha256) to build the key's URL: a number is turned into text, anything else fails.
    luaError(findings, 'missing-claim', 'header.kid', kid, KEY_SERVER);
  }
  if (alg === undefined) {
    findings.refuse('alg-unsupported', 'header.alg', 'The header has no alg.', "'alg' claim is missing", 'Sign with RS256.', KEY_SERVER);
  } else if (typeof alg !== 'string' || !alg.startsWith('RS')) {
    findings.refuse(
      'alg-unsupported',
      'header.alg',
      `A key server only verifies RS signatures, not ${quote(alg)}.`,
      "'kid' claim only support with RS family",
      'Sign with RS256 (in Keycloak: an RS256 realm key).',
      KEY_SERVER,
    );
  }
}

/** Checks the header against the server profile. */
export function checkHeader(token: string, header: Json, profile: ServerProfile, findings: Findings): void {
  if (profile.key_kind === 'key-server') checkKeyLookup(token, findings);
  const typ = own(header, 'typ');
  if (typ !== 'JWT') {
    findings.refuse(
      'typ-not-jwt',
      'header.typ',
      `The header typ is ${typ === undefined ? 'missing' : quote(typ)}, not "JWT".`,
      'Invalid typ',
      'Set typ "JWT" in the header (jose: setProtectedHeader({ alg, typ: "JWT" })).',
    );
  }
  const alg = own(header, 'alg');
  const expected = profile.signature_algorithm;
  if (alg === expected) return;
  const unsigned = alg === undefined || alg === '' || (typeof alg === 'string' && alg.toLowerCase() === 'none');
  findings.refuse(
    unsigned ? 'alg-none' : 'alg-unsupported',
    'header.alg',
    unsigned ? 'The token is not signed (alg none or missing).' : `The token is signed with ${quote(alg)}; this server verifies ${expected} only.`,
    'Invalid or incorrect alg',
    profile.key_kind === 'key-server'
      ? `Sign with ${expected} and the key the key server publishes.`
      : `Sign with ${expected} and the app_secret, or set signature_algorithm.`,
    'signature_algorithm',
  );
}
