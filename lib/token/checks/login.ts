/**
 * The rest of Prosody's login check (`token/util.lib.lua` `process_and_verify_token`, current
 * jitsi/jitsi-meet): the room claim is required unless `asap_require_room_claim = false`, `sub`
 * too in current code (`sub_claim_check`); `context` must be indexable (JSON null, a number or a
 * boolean makes the Lua code fail). `context.tenant` is only stored here: it is read on joining
 * (checks/placement.ts). Checked by running the Lua itself (scripts/prosody-real).
 */
import { own, quote, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import type { Findings } from './finding.js';

/** Checks the claims the login stores on the session. */
export function checkLogin(claims: Json, profile: ServerProfile, findings: Findings): void {
  if (own(claims, 'room') === undefined) {
    if (profile.asap_require_room_claim) {
      findings.refuse(
        'missing-claim',
        'room',
        'The token has no room claim.',
        'room claim is missing',
        'Add "room" (a room name or "*"), or set asap_require_room_claim = false (Keycloak tokens).',
        'asap_require_room_claim',
      );
    } else {
      findings.add(
        'missing-claim',
        'info',
        'room',
        'The token has no room claim: accepted, because this server does not require one, and then sub is not checked either.',
        'Fine for Keycloak access tokens.',
        'asap_require_room_claim',
      );
    }
  }
  if (own(claims, 'sub') === undefined && profile.sub_claim_check === 'login') {
    findings.refuse(
      'missing-claim',
      'sub',
      'The token has no subject (sub).',
      'sub claim is missing',
      'Set sub to the XMPP domain, the tenant, or "*".',
      'sub_claim_check',
    );
  }
  const context = own(claims, 'context');
  if (context === null || typeof context === 'number' || typeof context === 'boolean') {
    findings.add(
      'context-invalid',
      'error',
      'context',
      `context is ${quote(context)}; Prosody's login reads context.user from it and fails with a Lua error.`,
      'Make context an object ({ "user": { … } }) or leave it out.',
    );
  }
}
