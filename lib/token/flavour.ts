/** Tells which kind of issuer wrote a token, from its shape. */
import { own, type Json } from './claims.js';
import type { TokenFlavour } from './types.js';

const JAAS_PREFIX = 'vpaas-magic-cookie';

/** Whether a value is an http(s) URL, as OpenID issuers are. */
function isUrl(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\/[^\s/]+/i.test(value);
}

/**
 * `jaas`: 8x8 JaaS (sub or kid starts with the `vpaas-magic-cookie` app id, or iss "chat" with
 * aud "jitsi"); `oidc`: an OpenID provider's access token (URL issuer and no room claim, or OAuth
 * markers such as `azp`/`scope`); `self-hosted`: a Prosody app_id/app_secret token.
 */
export function detectFlavour(header: Json, claims: Json): TokenFlavour {
  const sub = own(claims, 'sub');
  const kid = own(header, 'kid');
  const iss = own(claims, 'iss');
  if (
    (typeof sub === 'string' && sub.startsWith(JAAS_PREFIX)) ||
    (typeof kid === 'string' && kid.startsWith(JAAS_PREFIX)) ||
    (iss === 'chat' && own(claims, 'aud') === 'jitsi')
  ) {
    return 'jaas';
  }
  const hasRoom = own(claims, 'room') !== undefined;
  if (isUrl(iss) && (!hasRoom || own(claims, 'azp') !== undefined || own(claims, 'scope') !== undefined)) return 'oidc';
  if (hasRoom || own(claims, 'context') !== undefined || (iss !== undefined && own(claims, 'aud') !== undefined)) {
    return 'self-hosted';
  }
  return 'unknown';
}
