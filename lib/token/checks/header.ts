/**
 * Header rules as Prosody applies them (jitsi/jitsi-meet `token/util.lib.lua`
 * `process_and_verify_token`, `luajwtjitsi.lib.lua` `verify`): with a key server
 * (`asap_key_server` / `cache_keys_url`) Prosody first reads the raw first segment for `kid` and
 * `alg` (RS only); then `typ` must be exactly "JWT" and `alg` exactly the one configured
 * algorithm (`signature_algorithm`: HS256 with `app_secret`, RS256 with a key server).
 */
import { own, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import { cjsonDecode } from '../prosody/decode.js';
import { luaText } from '../prosody/lua-value.js';
import { luaError } from './placement.js';
import type { Findings } from './finding.js';

const KEY_SERVER = 'asap_key_server / cache_keys_url';

/** The key-server pre-check on the raw first segment. */
function checkKeyLookup(token: string, findings: Findings): void {
  const dot = token.indexOf('.');
  // The segment before the first dot, decoded as parse_token decodes (a depth past cjson's cannot occur here: the token decoded).
  const decoded = dot < 0 ? 'json' : cjsonDecode(token.slice(0, dot));
  if (typeof decoded === 'string') {
    // Prosody: "Invalid token" without a dot, else "bad token format".
    findings.add('malformed', 'error', 'header', { case: 'key-server', dot: dot >= 0 }, KEY_SERVER);
    return;
  }
  const kid = own(decoded.value, 'kid');
  const alg = own(decoded.value, 'alg');
  // "'kid' claim is missing"; Prosody hashes the kid (sha256) to build the key's URL: a number is turned into text, anything else fails.
  if (kid === undefined) findings.add('missing-claim', 'error', 'header.kid', {}, KEY_SERVER);
  else if (luaText(kid) === null) luaError(findings, 'missing-claim', 'header.kid', kid, KEY_SERVER);
  // "'alg' claim is missing", "'kid' claim only support with RS family".
  if (typeof alg !== 'string' || !alg.startsWith('RS')) findings.add('alg-unsupported', 'error', 'header.alg', { case: 'key-server', value: alg }, KEY_SERVER);
}

/** Checks the header against the server profile. */
export function checkHeader(token: string, header: Json, profile: ServerProfile, findings: Findings): void {
  if (profile.key_kind === 'key-server') checkKeyLookup(token, findings);
  const typ = own(header, 'typ');
  // Prosody: "Invalid typ".
  if (typ !== 'JWT') findings.add('typ-not-jwt', 'error', 'header.typ', { value: typ });
  const alg = own(header, 'alg');
  const expected = profile.signature_algorithm;
  if (alg === expected) return;
  const unsigned = alg === undefined || alg === '' || (typeof alg === 'string' && alg.toLowerCase() === 'none');
  // Prosody: "Invalid or incorrect alg".
  findings.add(
    unsigned ? 'alg-none' : 'alg-unsupported',
    'error',
    'header.alg',
    { value: alg, expected, keyServer: profile.key_kind === 'key-server' },
    'signature_algorithm',
  );
}
