/**
 * The rest of Prosody's login check (`token/util.lib.lua` `process_and_verify_token`, current
 * jitsi/jitsi-meet): the room claim is required unless `asap_require_room_claim = false`, `sub`
 * too in current code (`sub_claim_check`); `context` must be indexable (JSON null, a number or a
 * boolean makes the Lua code fail). `context.tenant` is only stored here: it is read on joining
 * (checks/placement.ts). Checked by running the Lua itself (scripts/prosody-real).
 */
import { own, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import type { Findings } from './finding.js';

/** Checks the claims the login stores on the session. */
export function checkLogin(claims: Json, profile: ServerProfile, findings: Findings): void {
  // Prosody: "room claim is missing"; accepted (info) when the server does not require one.
  if (own(claims, 'room') === undefined)
    findings.add('missing-claim', profile.asap_require_room_claim ? 'error' : 'info', 'room', {}, 'asap_require_room_claim');
  // Prosody: "sub claim is missing".
  if (own(claims, 'sub') === undefined && profile.sub_claim_check === 'login') findings.add('missing-claim', 'error', 'sub', {}, 'sub_claim_check');
  const context = own(claims, 'context');
  // Prosody's login reads context.user from it and fails with a Lua error.
  if (context === null || typeof context === 'number' || typeof context === 'boolean') findings.add('context-invalid', 'error', 'context', { value: context });
}
