/**
 * `iss` and `aud` as `luajwtjitsi` checks them: each must be present and equal (`==`) one of
 * the accepted values, where `*` accepts anything. An array `aud` therefore never matches a
 * configured audience, a classic with Keycloak tokens that carry several audiences.
 */
import { own, quote, type Json } from '../claims.js';
import type { InspectContext, TokenFlavour } from '../types.js';
import type { Findings } from './finding.js';

const CLAIMS = [
  { name: 'iss', word: 'issuer', jaas: 'chat', setting: 'asap_accepted_issuers' },
  { name: 'aud', word: 'audience', jaas: 'jitsi', setting: 'asap_accepted_audiences' },
] as const;

/** Checks iss and aud, with JaaS's fixed values ("chat", "jitsi") for JaaS tokens. */
export function checkIssuerAndAudience(claims: Json, flavour: TokenFlavour, context: InspectContext, findings: Findings): void {
  for (const { name, word, jaas, setting } of CLAIMS) {
    const configured = name === 'iss' ? context.expectedIssuer : context.expectedAudience;
    const accepted = flavour === 'jaas' ? [jaas] : typeof configured === 'string' ? [configured] : configured;
    const anything = !accepted || accepted.includes('*');
    const fix = flavour === 'jaas' ? `JaaS tokens need ${name} "${jaas}".` : `Use the app_id, or add the value to ${setting} in Prosody.`;
    const value = own(claims, name);
    if (value === undefined) {
      findings.add('missing-claim', 'error', name, `The token has no ${word} (${name}); Prosody refuses it.`, fix);
    } else if (Array.isArray(value)) {
      // Prosody compares with ==: a list passes only where any value is accepted.
      findings.add(`${name}-mismatch`, anything ? 'warning' : 'error', name,
        `The ${word} is a list (${quote(value)}); Prosody compares one string, so it ${anything ? 'passes only while any value is accepted ("*")' : 'never matches'}.`,
        `Issue a single ${name} (Keycloak: an audience mapper or a dedicated client scope).`);
    } else if (!anything && !accepted.includes(value as string)) {
      findings.add(`${name}-mismatch`, 'error', name, `The ${word} ${quote(value)} is not accepted here (expected ${accepted.map(quote).join(' or ')}).`, fix);
    }
  }
}
