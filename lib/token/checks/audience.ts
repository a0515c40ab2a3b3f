/**
 * `iss` and `aud` as `luajwtjitsi` checks them: each must be present and equal (`==`) one of
 * the accepted values, where `*` accepts anything. An array `aud` therefore never matches a
 * configured audience, a classic with Keycloak tokens that carry several audiences.
 */
import { own, quote, type Json } from '../claims.js';
import type { InspectContext, TokenFlavour } from '../types.js';
import type { Findings } from './finding.js';

/** Normalises the accepted values from the context. */
function accepted(value: string | readonly string[] | undefined): readonly string[] | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? [value] : value;
}

/** Checks iss and aud, with JaaS's fixed values ("chat", "jitsi") for JaaS tokens. */
export function checkIssuerAndAudience(claims: Json, flavour: TokenFlavour, context: InspectContext, findings: Findings): void {
  const jaas = flavour === 'jaas';
  const issuers = jaas ? ['chat'] : accepted(context.expectedIssuer);
  const audiences = jaas ? ['jitsi'] : accepted(context.expectedAudience);
  const iss = own(claims, 'iss');
  const aud = own(claims, 'aud');
  if (iss === undefined) {
    findings.add('missing-claim', 'error', 'iss', "The token has no issuer (iss); Prosody refuses it (\"'iss' claim is missing\").",
      jaas ? 'JaaS tokens use iss "chat".' : 'Set iss to the app_id configured in Prosody (or one of asap_accepted_issuers).');
  } else if (issuers && !issuers.includes('*') && !issuers.includes(iss as string)) {
    findings.add('iss-mismatch', 'error', 'iss', `The issuer ${quote(iss)} is not accepted here (expected ${issuers.map(quote).join(' or ')}).`,
      jaas ? 'JaaS tokens must have iss "chat".' : 'Mint with iss = the app_id, or add this issuer to asap_accepted_issuers in Prosody.');
  }
  if (aud === undefined) {
    findings.add('missing-claim', 'error', 'aud', "The token has no audience (aud); Prosody refuses it (\"'aud' claim is missing\").",
      jaas ? 'JaaS tokens use aud "jitsi".' : 'Set aud to the app_id (or a value in asap_accepted_audiences).');
  } else if (Array.isArray(aud) && !(audiences ?? ['*']).includes('*')) {
    findings.add('aud-mismatch', 'error', 'aud', `The audience is a list (${quote(aud)}); Prosody compares aud as one string, so a list never matches.`,
      'Issue a token with a single aud (in Keycloak: an audience mapper, or a dedicated client scope), or accept "*" in asap_accepted_audiences.');
  } else if (Array.isArray(aud)) {
    findings.add('aud-mismatch', 'warning', 'aud', `The audience is a list (${quote(aud)}); it only passes while Prosody accepts any audience ("*").`,
      'Use a single string aud so the token keeps working once asap_accepted_audiences is set.');
  } else if (audiences && !audiences.includes('*') && !audiences.includes(aud as string)) {
    findings.add('aud-mismatch', 'error', 'aud', `The audience ${quote(aud)} is not accepted here (expected ${audiences.map(quote).join(' or ')}).`,
      jaas ? 'JaaS tokens must have aud "jitsi".' : 'Mint with the expected aud, or add it to asap_accepted_audiences in Prosody.');
  }
}
