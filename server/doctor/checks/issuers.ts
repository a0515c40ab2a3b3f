/**
 * Issuers, audiences and keys against where the tokens come from: `app_id` for tokens minted by a
 * backend, a Keycloak realm for OpenID Connect (handbook authentication.md). Keycloak puts its
 * frontend URL plus `/realms/<realm>` in `iss`, signs RS256, and sets `aud` to "account" by default.
 */
import { clientSetting, listOption, stringOption, type Deployment, type Located } from '../model.js';
import { tokenHosts } from '../views.js';
import { finding, quoteList, SOURCES, spell, type Check } from './check.js';

/** A Keycloak realm address: scheme, host and realm name. */
export interface Realm {
  scheme: string;
  host: string;
  realm: string;
}

/** Reads `…/realms/<realm>…` from a URL (or from `host/realms/…` without a scheme, as config.sso.tokenService). */
export function realmOf(value: unknown): Realm | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  const match = /\/realms\/([^/?#]+)/.exec(url.pathname);
  return match ? { scheme: url.protocol.replace(':', ''), host: url.host.toLowerCase(), realm: decodeURIComponent(match[1]!) } : null;
}

/** The Keycloak issuers Prosody accepts, with their realm. */
function keycloakIssuers(d: Deployment): { issuer: string; realm: Realm; at: Located<string[]> }[] {
  const issuers = listOption(tokenHosts(d)[0], 'asap_accepted_issuers');
  if (!issuers) return [];
  return issuers.value.flatMap((issuer) => {
    const realm = realmOf(issuer);
    return realm ? [{ issuer, realm, at: issuers }] : [];
  });
}

/** Settings elsewhere that name a Keycloak realm: the key URL and the client's sign-in settings. */
function realmReferences(d: Deployment): { key: string; value: string; realm: Realm; at: Located<unknown> }[] {
  const host = tokenHosts(d)[0];
  const candidates: (Located<unknown> | undefined)[] = [
    stringOption(host, 'cache_keys_url'),
    clientSetting(d, 'tokenAuthUrl'),
    clientSetting(d, 'tokenLogoutUrl'),
    clientSetting(d, 'sso.tokenService'),
  ];
  return candidates.flatMap((c) => {
    const realm = c ? realmOf(c.value) : null;
    return c && realm ? [{ key: c.key, value: String(c.value), realm, at: c }] : [];
  });
}

export const issuerScheme: Check = {
  id: 'issuer-scheme-mismatch',
  needs: ['prosody'],
  run: ({ d }) =>
    keycloakIssuers(d).flatMap(({ issuer, realm, at }) => {
      const https = realmReferences(d).find((r) => r.realm.host === realm.host && r.realm.realm === realm.realm && r.realm.scheme !== realm.scheme);
      if (!https) return [];
      return [
        finding(
          'issuer-scheme-mismatch',
          'error',
          at.at,
          {
            message: `asap_accepted_issuers has "${issuer}", but ${https.key} reaches the same realm over ${https.realm.scheme} (${https.value.split('?')[0]}).`,
            why: `Keycloak writes its frontend URL into iss, scheme included, so its tokens say "${realm.scheme === 'http' ? issuer.replace(/^http:/, 'https:') : issuer.replace(/^https:/, 'http:')}" and Prosody refuses them with "invalid 'iss' claim".`,
            fix: `Set asap_accepted_issuers = { "${https.realm.scheme}://${realm.host}/realms/${realm.realm}" } (exactly the iss of a real token: check one with meetgate inspect).`,
          },
          SOURCES.tokenUtil,
        ),
      ];
    }),
};

export const realmMismatch: Check = {
  id: 'keycloak-realm-mismatch',
  needs: ['prosody'],
  run: ({ d }) => {
    const issuers = keycloakIssuers(d);
    if (issuers.length === 0) return [];
    return realmReferences(d).flatMap((ref) => {
      if (issuers.some((i) => i.realm.realm === ref.realm.realm && i.realm.host === ref.realm.host)) return [];
      const expected = issuers[0]!;
      return [
        finding(
          'keycloak-realm-mismatch',
          'error',
          ref.at.at,
          {
            message: `${ref.key} points at realm "${ref.realm.realm}" on ${ref.realm.host}, but Prosody accepts tokens only from ${quoteList(issuers.map((i) => i.issuer))}.`,
            why:
              {
                cache_keys_url: 'Prosody would verify signatures with another realm\'s keys, so every token is refused ("could not obtain public key").',
                'config.tokenLogoutUrl': 'Signing out ends a session in another realm, so people stay signed in to the realm that issued their token.',
                'config.sso.tokenService':
                  'static/sso.html exchanges the sign-in code at this realm, so the access token it hands over comes from a realm Prosody refuses.',
              }[ref.key] ?? 'People sign in to a realm whose tokens Prosody refuses, so they come back from a successful sign-in and still cannot join.',
            fix: `Use realm "${expected.realm.realm}" on ${expected.realm.host} in ${ref.key} (or accept the other realm's issuer), so that sign-in, keys and accepted issuer name one realm.`,
          },
          SOURCES.handbookKeycloak,
        ),
      ];
    });
  },
};

export const keycloakRoomClaim: Check = {
  id: 'keycloak-room-claim-required',
  needs: ['prosody'],
  run: ({ d }) => {
    const issuers = keycloakIssuers(d);
    const host = tokenHosts(d)[0];
    if (!host || issuers.length === 0 || host.option('asap_require_room_claim')?.value === false) return [];
    return [
      finding(
        'keycloak-room-claim-required',
        'error',
        issuers[0]!.at.at,
        {
          message: 'Tokens come from a Keycloak realm but asap_require_room_claim is not false.',
          why: 'Keycloak access tokens carry no room claim, and Prosody requires one by default ("room claim is missing").',
          fix: `Add asap_require_room_claim = false next to asap_accepted_issuers (or a "room" mapper in Keycloak).`,
        },
        SOURCES.handbookKeycloak,
      ),
    ];
  },
};

export const keycloakAudience: Check = {
  id: 'keycloak-audience',
  needs: ['prosody'],
  run: ({ d }) => {
    const issuers = keycloakIssuers(d);
    const audiences = listOption(tokenHosts(d)[0], 'asap_accepted_audiences');
    if (issuers.length === 0 || !audiences || audiences.value.some((a) => a === 'account' || a === '*')) return [];
    return [
      finding(
        'keycloak-audience',
        'warning',
        audiences.at,
        {
          message: `asap_accepted_audiences is ${quoteList(audiences.value)}, without "account".`,
          why: 'Keycloak access tokens have aud = "account" unless an audience mapper adds more, and Prosody compares aud exactly (an array aud never matches).',
          fix: 'Set asap_accepted_audiences = { "account" }, or add an audience mapper in Keycloak for the value you accept.',
        },
        SOURCES.handbookKeycloak,
      ),
    ];
  },
};

export const keycloakWithSecret: Check = {
  id: 'keycloak-with-shared-secret',
  needs: ['prosody'],
  run: ({ d }) => {
    const host = tokenHosts(d)[0];
    if (!host || keycloakIssuers(d).length === 0 || stringOption(host, 'cache_keys_url') || stringOption(host, 'asap_key_server')) return [];
    const secret = stringOption(host, 'app_secret');
    return [
      finding(
        'keycloak-with-shared-secret',
        'error',
        secret?.at ?? host.at,
        {
          message: 'Tokens come from a Keycloak realm, but Prosody has no cache_keys_url or asap_key_server.',
          why: 'Keycloak signs RS256 with keys it publishes; without their address Prosody checks HS256 with app_secret and refuses every Keycloak token ("Invalid or incorrect alg").',
          fix: `Set cache_keys_url = "${keycloakIssuers(d)[0]!.issuer.replace(/^http:/, 'https:')}/protocol/openid-connect/certs" under VirtualHost "${host.name}".`,
        },
        SOURCES.handbookKeycloak,
      ),
    ];
  },
};

export const issuersWithoutAppId: Check = {
  id: 'issuers-exclude-app-id',
  needs: ['prosody'],
  run: ({ d }) => {
    const host = tokenHosts(d)[0];
    const issuers = listOption(host, 'asap_accepted_issuers');
    const appId = stringOption(host, 'app_id');
    if (!host || !issuers || !appId || keycloakIssuers(d).length > 0 || issuers.value.includes(appId.value) || issuers.value.includes('*')) return [];
    return [
      finding(
        'issuers-exclude-app-id',
        'info',
        issuers.at,
        {
          message: `asap_accepted_issuers (${quoteList(issuers.value)}) replaces the default, so tokens with iss = app_id ("${appId.value}") are refused.`,
          why: 'Without this option Prosody accepts iss = app_id, which is what jitsi-meet-tokens and most minting examples use.',
          fix: spell(
            d,
            `If your backend mints iss = "${appId.value}", add it: asap_accepted_issuers = { ${quoteList([...issuers.value, appId.value])} }.`,
            `If your backend mints iss = "${appId.value}", add it to JWT_ACCEPTED_ISSUERS.`,
          ),
        },
        SOURCES.tokenUtil,
      ),
    ];
  },
};

export const ISSUER_CHECKS = [issuerScheme, realmMismatch, keycloakRoomClaim, keycloakAudience, keycloakWithSecret, issuersWithoutAppId];
