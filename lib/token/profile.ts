/**
 * The server profile: the Prosody settings that decide a token's verdict, named after Prosody's
 * own options. Defaults are current Jitsi's (jitsi/jitsi-meet
 * `resources/prosody-plugins/token/util.lib.lua` `Util.new`, and PR #17803 of 2026-09-08 for the
 * room-pattern limits); `JITSI_2025_PROFILE` gives the behaviour of the releases before them,
 * checked by running their Lua (jitsi/jitsi-meet 412aa83 of 2025-11-17 and 9462a9c of
 * 2026-01-21: `enable_domain_verification` already defaults to true there, no pattern limits,
 * the pattern lowercased with the room claim, and no "sub claim is missing" at login).
 */

/** A JWS algorithm Prosody's `luajwtjitsi.lib.lua` can verify. */
export type SignatureAlgorithm = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512';

/** The Prosody settings (per VirtualHost, plus the deployment's domains) a verdict depends on. */
export interface ServerProfile {
  /** A label for reports (`jitsi-current`, `jitsi-2025`, the VirtualHost read from a config). */
  name: string;
  /** 8x8 JaaS (8x8.vc): JaaS's own rules (iss "chat", aud "jitsi", kid "<appId>/<keyId>") apply. */
  jaas: boolean;
  /** `app_id`: the default accepted issuer. */
  app_id: string | null;
  /** `app_secret` (`secret`) or `asap_key_server` / `cache_keys_url` (`key-server`, RS keys by `kid`). */
  key_kind: 'secret' | 'key-server';
  /** `signature_algorithm`: the only algorithm accepted (default HS256 with a secret, RS256 with a key server). */
  signature_algorithm: SignatureAlgorithm;
  /** `asap_accepted_issuers`; null means Prosody's default `{ app_id }`. `*` accepts any issuer. */
  asap_accepted_issuers: readonly string[] | null;
  /** `asap_accepted_audiences` (default `{ "*" }`). */
  asap_accepted_audiences: readonly string[];
  /** `enable_domain_verification`: `sub` must name this deployment (default true since 2026). */
  enable_domain_verification: boolean;
  /** `asap_require_room_claim` (default true). */
  asap_require_room_claim: boolean;
  /** `allow_empty_token`: joining without a token is allowed (a present token is still checked). */
  allow_empty_token: boolean;
  /** `token_regex_enabled`: room claims with `context.room.regex` are honoured (default true). */
  token_regex_enabled: boolean;
  /** `token_regex_room_max_length`: longest room a pattern is matched against (default 128; null: no limit). */
  token_regex_room_max_length: number | null;
  /** `token_regex_max_quantifiers`: most quantifiers a room pattern may have (default 3; null: no limit). */
  token_regex_max_quantifiers: number | null;
  /** Whether the room pattern keeps its case (current) or is lowercased like a literal claim (before 2026-09). */
  room_pattern_case: 'kept' | 'lowercased';
  /**
   * Where a token without `sub` fails: at login ("sub claim is missing", current code), or only on
   * joining with domain verification, where `string.lower(nil)` fails (releases up to 2026-01,
   * e.g. jitsi/jitsi-meet 9462a9c; without domain verification they accept it).
   */
  sub_claim_check: 'login' | 'join';
  /** The XMPP domain (`hosts.domain` in config.js; `meet.jitsi` in Docker); null when unknown. */
  domain: string | null;
  /** `muc_mapper_domain_prefix` (default `conference`): the MUC domain is `<prefix>.<sub>`. */
  muc_mapper_domain_prefix: string;
  /** `muc_mapper_domain_base`: needed for tenant rooms `[tenant]room`; null when not set. */
  muc_mapper_domain_base: string | null;
  /** `token_verification` in the MUC component's `modules_enabled`: room and `sub` are checked on join. */
  token_verification: boolean;
}

/** Current Jitsi's defaults (a self-hosted server with `app_secret`). */
export const DEFAULT_PROFILE: ServerProfile = /* @__PURE__ */ Object.freeze({
  name: 'jitsi-current',
  jaas: false,
  app_id: null,
  key_kind: 'secret',
  signature_algorithm: 'HS256',
  asap_accepted_issuers: null,
  asap_accepted_audiences: /* @__PURE__ */ Object.freeze(['*']),
  enable_domain_verification: true,
  asap_require_room_claim: true,
  allow_empty_token: false,
  token_regex_enabled: true,
  token_regex_room_max_length: 128,
  token_regex_max_quantifiers: 3,
  room_pattern_case: 'kept',
  sub_claim_check: 'login',
  domain: null,
  muc_mapper_domain_prefix: 'conference',
  muc_mapper_domain_base: null,
  token_verification: true,
}) as ServerProfile;

/**
 * A frozen profile: current Jitsi's defaults with `changes`. A function marked pure, so that a
 * bundle using none of the named profiles (the inspector alone) leaves them out.
 */
const frozenProfile = (changes: Partial<ServerProfile>): ServerProfile => Object.freeze({ ...DEFAULT_PROFILE, ...changes });

/**
 * Jitsi before the 2026 changes (jitsi/jitsi-meet 412aa83, 2025-11-17, run locally): domain
 * verification on by default as today, but no pattern limits, patterns lowercased, and `sub`
 * checked only on joining.
 */
export const JITSI_2025_PROFILE: ServerProfile = /* @__PURE__ */ frozenProfile({
  name: 'jitsi-2025',
  token_regex_room_max_length: null,
  token_regex_max_quantifiers: null,
  room_pattern_case: 'lowercased',
  sub_claim_check: 'join',
});

/** 8x8 JaaS (8x8.vc): RS256 keys by `kid`, JaaS's fixed issuer and audience. */
export const JAAS_PROFILE: ServerProfile = /* @__PURE__ */ frozenProfile({
  name: 'jaas',
  jaas: true,
  key_kind: 'key-server',
  signature_algorithm: 'RS256',
  asap_accepted_issuers: /* @__PURE__ */ Object.freeze(['chat']),
  asap_accepted_audiences: /* @__PURE__ */ Object.freeze(['jitsi']),
  enable_domain_verification: false,
  domain: '8x8.vc',
});

/** The named profiles, by name. */
export const NAMED_PROFILES: Readonly<Record<string, ServerProfile>> = /* @__PURE__ */ Object.freeze({
  'jitsi-current': DEFAULT_PROFILE,
  'jitsi-2025': JITSI_2025_PROFILE,
  jaas: JAAS_PROFILE,
});

/**
 * A full profile from a partial one: unset settings take `base`'s value (current Jitsi by
 * default), and `signature_algorithm` follows `key_kind` unless given, as in Prosody.
 */
export function serverProfile(settings: Partial<ServerProfile> = {}, base: ServerProfile = DEFAULT_PROFILE): ServerProfile {
  const keyKind = settings.key_kind ?? base.key_kind;
  const algorithm =
    settings.signature_algorithm ??
    (settings.key_kind && settings.key_kind !== base.key_kind ? (keyKind === 'key-server' ? 'RS256' : 'HS256') : base.signature_algorithm);
  return { ...base, ...stripUndefined(settings), key_kind: keyKind, signature_algorithm: algorithm };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
