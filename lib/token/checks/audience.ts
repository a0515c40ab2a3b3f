/**
 * `iss` and `aud` as `luajwtjitsi.lib.lua` `verify` checks them: each must be present (JSON
 * `null` counts as present) and equal (`==`) one of the accepted values, where `*` accepts
 * anything; so an array never matches a configured value. Accepted issuers default to the
 * `app_id`; when neither is known the issuer is not judged.
 */
import { own, quote, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import type { Findings } from './finding.js';

/** Checks iss and aud against the profile's accepted values. */
export function checkIssuerAndAudience(claims: Json, profile: ServerProfile, findings: Findings): void {
  const issuers = profile.asap_accepted_issuers ?? (profile.app_id !== null ? [profile.app_id] : null);
  const checks = [
    { name: 'iss', word: 'issuer', accepted: issuers, setting: profile.asap_accepted_issuers ? 'asap_accepted_issuers' : 'app_id' },
    { name: 'aud', word: 'audience', accepted: profile.asap_accepted_audiences, setting: 'asap_accepted_audiences' },
  ] as const;
  for (const { name, word, accepted, setting } of checks) {
    const value = own(claims, name);
    if (value === undefined) {
      findings.refuse(
        'missing-claim',
        name,
        `The token has no ${word} (${name}).`,
        `'${name}' claim is missing`,
        name === 'iss' ? 'Add iss (the app_id, or an accepted issuer).' : 'Add aud (any value is accepted by default).',
      );
      continue;
    }
    // Without the server's app_id there is nothing to compare with (the report cannot judge iss).
    if (accepted === null) continue;
    if (accepted.includes('*') || accepted.includes(value as string)) {
      if (Array.isArray(value)) {
        findings.add(
          `${name}-mismatch`,
          'warning',
          name,
          `The ${word} is a list (${quote(value)}); it passes only because ${setting} has "*".`,
          `Issue a single ${name} (Keycloak: an audience mapper).`,
          setting,
        );
      }
      continue;
    }
    findings.refuse(
      `${name}-mismatch`,
      name,
      `The ${word} ${quote(value)} is not accepted (${setting}: ${accepted.map(quote).join(', ')})${Array.isArray(value) ? '; a list never equals one value' : ''}.`,
      `invalid '${name}' claim`,
      `Issue ${name} ${quote(accepted[0])}, or add the value to ${setting}.`,
      setting,
    );
  }
}
