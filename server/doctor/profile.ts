/**
 * The server profile read from the files — lib/token/profile.ts's ServerProfile, named after the
 * Prosody options token/util.lib.lua reads, with current Jitsi's defaults — and the inspector
 * context it becomes, so `--token` judges tokens as this server will. Built from the doctor's
 * model so that a docker-jitsi-meet `.env` gives a profile too (Docker renders
 * `enable_domain_verification = false` unless JWT_ENABLE_DOMAIN_VERIFICATION is set).
 */
import { asBoolean, asNumber } from '../../lib/prosody/profile.js';
import type { InspectContext } from '../../lib/token/index.js';
import { serverProfile, type ServerProfile, type SignatureAlgorithm } from '../../lib/token/profile.js';
import { listOption, moduleOn, stringOption, type Deployment } from './model.js';
import { mainHost, mucComponent, tokenHosts } from './views.js';

const ALGORITHMS = new Set(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512']);

/** Reads the profile; null without a Prosody configuration (or its Docker equivalent). */
export function readProfile(d: Deployment): ServerProfile | null {
  const host = tokenHosts(d)[0] ?? mainHost(d);
  if (!host) return null;
  // Prosody's get_option_boolean (core/moduleapi.lua, 0.12.3): true/"true"/1, false/"false"/0; any
  // other value is "not understood" and nil, which token/util.lib.lua reads as off (`offIfOther`).
  const flag = (name: string, offIfOther = true) => {
    const v = host.option(name)?.value;
    const known = asBoolean(v);
    if (known !== undefined || v === undefined || v === null || (typeof v === 'object' && 'unevaluated' in v)) return known;
    return offIfOther ? false : undefined;
  };
  const number = (name: string) => asNumber(host.option(name)?.value);
  const algorithm = stringOption(host, 'signature_algorithm')?.value;
  const prefix = stringOption(host, 'muc_mapper_domain_prefix')?.value;
  return serverProfile({
    name: host.name,
    app_id: stringOption(host, 'app_id')?.value ?? null,
    key_kind: stringOption(host, 'asap_key_server') || stringOption(host, 'cache_keys_url') ? 'key-server' : 'secret',
    signature_algorithm: algorithm && ALGORITHMS.has(algorithm) ? (algorithm as SignatureAlgorithm) : undefined,
    asap_accepted_issuers: listOption(host, 'asap_accepted_issuers')?.value ?? null,
    asap_accepted_audiences: listOption(host, 'asap_accepted_audiences')?.value,
    enable_domain_verification: flag('enable_domain_verification'),
    asap_require_room_claim: flag('asap_require_room_claim'),
    allow_empty_token: flag('allow_empty_token'),
    // PR #17803's code could not be read: a value it may not understand keeps the default.
    token_regex_enabled: flag('token_regex_enabled', false),
    token_regex_room_max_length: number('token_regex_room_max_length'),
    token_regex_max_quantifiers: number('token_regex_max_quantifiers'),
    domain: host.name,
    muc_mapper_domain_prefix: prefix,
    muc_mapper_domain_base: stringOption(host, 'muc_mapper_domain_base')?.value ?? null,
    token_verification: Boolean(moduleOn(mucComponent(d), 'token_verification')),
  });
}

/** What the inspector is told about this deployment: the whole profile read from the files. */
export function inspectContextOf(profile: ServerProfile | null, now?: Date | number): InspectContext {
  const when = now === undefined ? {} : { now };
  return profile ? { profile, ...when } : when;
}
