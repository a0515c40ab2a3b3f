/**
 * `iss` and `aud` as `luajwtjitsi.lib.lua` `verify` checks them: each must be present (JSON
 * `null` counts as present) and equal (`==`) one of the accepted values, where `*` accepts
 * anything; so an array never matches a configured value. Accepted issuers default to the
 * `app_id`; when neither is known the issuer is not judged.
 */
import { own, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import type { Findings } from './finding.js';

/** Checks iss and aud against the profile's accepted values. */
export function checkIssuerAndAudience(claims: Json, profile: ServerProfile, findings: Findings): void {
  const issuers = profile.asap_accepted_issuers ?? (profile.app_id !== null ? [profile.app_id] : null);
  const checks = [
    ['iss', issuers, profile.asap_accepted_issuers ? 'asap_accepted_issuers' : 'app_id'],
    ['aud', profile.asap_accepted_audiences, 'asap_accepted_audiences'],
  ] as const;
  for (const [name, accepted, setting] of checks) {
    const value = own(claims, name);
    // Prosody: "'iss' claim is missing", "'aud' claim is missing".
    if (value === undefined) findings.add('missing-claim', 'error', name);
    // Without the server's app_id there is nothing to compare with (the report cannot judge iss).
    else if (accepted !== null) {
      const passes = accepted.includes('*') || accepted.includes(value as string);
      // Prosody: "invalid 'iss' claim" (a list never equals one value); a list that passes only through "*" is a warning.
      if (!passes || Array.isArray(value)) findings.add(`${name}-mismatch`, passes ? 'warning' : 'error', name, { value, accepted }, setting);
    }
  }
}
