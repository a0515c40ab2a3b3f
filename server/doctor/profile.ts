/**
 * The server profile read from the files — the Prosody options token/util.lib.lua reads, with its
 * defaults — and the inspector context it becomes, so `--token` judges tokens as this server will.
 */
import type { InspectContext } from '../../lib/token/index.js';
import { listOption, stringOption, type Deployment } from './model.js';
import { mainHost, mucComponent, tokenHosts } from './views.js';
import type { ServerProfile } from './types.js';

/** Reads the profile; null without a Prosody configuration (or its Docker equivalent). */
export function readProfile(d: Deployment): ServerProfile | null {
  const host = tokenHosts(d)[0] ?? mainHost(d);
  if (!host) return null;
  const appId = stringOption(host, 'app_id')?.value ?? null;
  const keyed = Boolean(stringOption(host, 'asap_key_server') || stringOption(host, 'cache_keys_url'));
  const flag = (name: string, fallback: boolean) => {
    const v = host.option(name)?.value;
    return typeof v === 'boolean' ? v : fallback;
  };
  return {
    domain: host.name,
    muc: mucComponent(d)?.name ?? null,
    appId,
    // token/util.lib.lua: asap_accepted_issuers defaults to { app_id }, audiences to { '*' }.
    acceptedIssuers: listOption(host, 'asap_accepted_issuers')?.value ?? (appId ? [appId] : []),
    acceptedAudiences: listOption(host, 'asap_accepted_audiences')?.value ?? ['*'],
    domainVerification: flag('enable_domain_verification', true),
    requireRoomClaim: flag('asap_require_room_claim', true),
    allowEmptyToken: flag('allow_empty_token', false),
    signatureAlgorithm: stringOption(host, 'signature_algorithm')?.value ?? (keyed ? 'RS256' : stringOption(host, 'app_secret') ? 'HS256' : null),
  };
}

/** What the inspector is told about this deployment. */
export function inspectContextOf(profile: ServerProfile | null, now?: Date | number): InspectContext {
  if (!profile) return now === undefined ? {} : { now };
  return {
    domain: profile.domain ?? undefined,
    expectedIssuer: profile.acceptedIssuers.length ? profile.acceptedIssuers : undefined,
    expectedAudience: profile.acceptedAudiences,
    domainVerification: profile.domainVerification,
    ...(now === undefined ? {} : { now }),
  };
}
