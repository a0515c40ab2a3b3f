import type { ServerProfile } from './profile.js';

/**
 * Public types of the token inspector. Everything here is plain data so a report can be
 * serialised (CLI `--json`, postMessage, extension storage) without losing anything.
 */

/** Where a token comes from, judged from its claims. */
export type TokenFlavour = 'self-hosted' | 'jaas' | 'oidc' | 'unknown';

/** The role Jitsi's Prosody plugins give the holder of this token. */
export type TokenRole = 'owner' | 'moderator' | 'member' | 'guest';

/** How bad a finding is: `error` means Prosody (or JaaS) refuses the token. */
export type Severity = 'error' | 'warning' | 'info';

/** Stable finding codes; scripts may rely on them. */
export type FindingCode =
  | 'token-too-large'
  | 'malformed'
  | 'alg-none'
  | 'alg-unsupported'
  | 'typ-not-jwt'
  | 'bad-timestamp'
  | 'expired'
  | 'not-yet-valid'
  | 'timestamp-milliseconds'
  | 'issued-in-future'
  | 'missing-exp'
  | 'long-lived'
  | 'missing-claim'
  | 'room-mismatch'
  | 'room-wildcard'
  | 'room-pattern'
  | 'sub-mismatch'
  | 'iss-mismatch'
  | 'aud-mismatch'
  | 'feature-as-string'
  | 'feature-value-invalid'
  | 'unknown-feature'
  | 'features-misplaced'
  | 'unknown-affiliation'
  | 'role-conflict'
  | 'missing-display-name'
  | 'unsafe-avatar'
  | 'jaas-kid'
  | 'room-options-ignored'
  | 'context-invalid'
  | 'tenant-invalid'
  | 'claims-too-deep'
  | 'weak-secret';

/**
 * One thing the inspector noticed, as data (what `judgeToken` returns): stable and small, for
 * scripts and services that need the verdict but not the words.
 */
export interface FindingFacts {
  /** Stable machine-readable code. */
  code: FindingCode;
  severity: Severity;
  /** The claim concerned, as a dotted path (`context.user.avatar`, `header.alg`), or null. */
  claim: string | null;
  /** The Prosody option(s) this verdict depends on (`enable_domain_verification`), when it depends on one. */
  setting?: string;
  /**
   * What the finding is about: `value` is the claim's value where one is concerned; `case` names
   * the case where a code has several (`room-pattern`: `off`, `quantifiers`, `invalid`…); the
   * rest are the numbers and names the verdict rests on (`limit`, `accepted`, `expected`…).
   * Documented per code in the README ("Findings as data").
   */
  params: FindingParams;
}

/**
 * The parameters of a finding (see `FindingFacts.params`): each code sets the ones it rests on.
 * Values taken from the token are unverified, hostile input: never render them unescaped.
 */
export interface FindingParams {
  /** Which case of the code, where it has several (absent for a code's main case); stable like the code. */
  case?: string;
  /** The value of the claim concerned (for patterns: the pattern as Lua reads it). */
  value?: unknown;
  /** A limit that was passed: characters, nesting levels, pattern quantifiers, room length. */
  limit?: number;
  /** How many there are: characters (`token-too-large`, `room-pattern` room-length), quantifiers (`count`). */
  length?: number;
  count?: number;
  /** The part of the token concerned: `token`, `header`, `payload` or `signature`. */
  part?: string;
  /** How many segments Prosody split the token into (`malformed` parts). */
  segments?: number;
  /** With a key server: whether the token had a dot at all (`malformed` key-server). */
  dot?: boolean;
  /** What the server expects: the signature algorithm (`alg-none`, `alg-unsupported`) or the sub (`sub-mismatch`). */
  expected?: string;
  /** Whether the server takes its keys from a key server (`alg-none`, `alg-unsupported`). */
  keyServer?: boolean;
  /** Seconds since 1970 of the check (`expired`), and the token's iat (or null). */
  now?: number;
  iat?: number | null;
  /** How long the token is meant to live (`long-lived`). */
  seconds?: number;
  /** The accepted values (`iss-mismatch`, `aud-mismatch`). */
  accepted?: readonly string[];
  /** The target room as the MUC names it (`room`: the room part; `node`: `[tenant]room` or `room`). */
  room?: string;
  node?: string;
  /** What `string.match` gave (`room-mismatch` pattern): the first capture or the match; absent for no match. */
  result?: string | number;
  /** The pattern has capitals, which a lowercase room never has. */
  uppercase?: boolean;
  /** Whether the expected sub is the tenant (else the XMPP domain). */
  tenant?: boolean;
  /** Lua's error for an invalid pattern (`room-pattern` invalid). */
  error?: string;
  /** The app id read from kid (`jaas-kid` sub). */
  appId?: string;
  /** The keys concerned (`features-misplaced`, `room-options-ignored`), and whether a real context.features exists to merge them into. */
  keys?: readonly string[];
  merge?: boolean;
  /** The feature key concerned. */
  key?: string;
  /** `role-conflict`: the role, the claim that decided it, and the claims that disagree. */
  role?: string;
  decidedBy?: string | null;
  conflicts?: readonly string[];
  /** `weak-secret`: the secret's length in bytes, the algorithm and the least it needs. */
  bytes?: number;
  alg?: string;
  minimum?: number;
}

/** One thing the inspector noticed, phrased for a site admin (what `inspectToken` returns). */
export interface Finding {
  /** Stable machine-readable code. */
  code: FindingCode;
  severity: Severity;
  /** The claim concerned, as a dotted path (`context.user.avatar`, `header.alg`), or null. */
  claim: string | null;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix the token or the server. */
  hint: string;
  /** The Prosody option(s) this verdict depends on (`enable_domain_verification`), when it depends on one. */
  setting?: string;
}

/** What the caller knows about the meeting the token is meant for. All optional. */
export interface InspectContext {
  /**
   * The server's settings (see `ServerProfile`; from `readProsodyConfig` + `profileFromProsodyConfig`
   * or a named profile). Unset settings are current Jitsi's defaults. The older fields below
   * (`domain`, `expectedIssuer`, `expectedAudience`, `domainVerification`) fill what it leaves unset.
   */
  profile?: Partial<ServerProfile>;
  /** The deployment's domain (XMPP domain or web host), compared with `sub`. */
  domain?: string;
  /** The room the person wants to join, as typed (`Team Standup`) or as `tenant/room`. */
  room?: string;
  /** The tenant (JaaS app id or multi-tenant prefix), compared with `sub`. */
  tenant?: string;
  /** Prosody's `asap_accepted_issuers` (default there: the app_id). */
  expectedIssuer?: string | readonly string[];
  /** Prosody's `asap_accepted_audiences` (default there: `*`). */
  expectedAudience?: string | readonly string[];
  /** The time to judge against; defaults to the current time. */
  now?: Date | number;
  /**
   * Whether Prosody's `enable_domain_verification` is on for this deployment and `domain` is its
   * XMPP domain: then a `sub` for another domain is an error, else only a warning (the web host
   * and the XMPP domain often differ, e.g. `meet.jitsi` in Docker).
   */
  domainVerification?: boolean;
  /** Tolerance for clock drift between this machine and the server. Prosody itself allows none. */
  clockSkewSeconds?: number;
}

/** Who the token says the holder is. Every field is a trimmed string or absent. */
export interface TokenUser {
  id?: string;
  name?: string;
  email?: string;
  /** Only `https:` and `data:image/` avatars survive. */
  avatar?: string;
}

/** The role and which claim decided it. */
export interface RoleReport {
  value: TokenRole;
  /** Claim path that decided the role, or null when the default applied. */
  decidedBy: string | null;
  /** Claims that say otherwise than `decidedBy`. */
  conflicts: string[];
}

/** The state of one feature flag in the token. */
export type FeatureState = 'enabled' | 'disabled' | 'unset';

/** One feature flag, normalised. */
export interface FeatureReport {
  state: FeatureState;
  /** Whether the holder gets the feature, after Jitsi's defaults for `unset`. */
  granted: boolean;
  /** Where `granted` comes from when the flag is unset, in words (`Jitsi default: on`). */
  source: 'token' | 'default' | 'moderator-default';
}

/** The known feature names (Jitsi's MEET_FEATURES plus the server-side ones). */
export type FeatureName =
  | 'branding'
  | 'calendar'
  | 'create-polls'
  | 'file-upload'
  | 'flip'
  | 'inbound-call'
  | 'list-visitors'
  | 'livestreaming'
  | 'live-translation'
  | 'lobby'
  | 'moderation'
  | 'outbound-call'
  | 'recording'
  | 'room'
  | 'screen-sharing'
  | 'send-groupchat'
  | 'send-private-message'
  | 'sip-inbound-call'
  | 'sip-outbound-call'
  | 'transcription'
  | 'name-readonly'
  | 'lobby_bypass';

/** The room claim against the target room. */
export interface RoomReport {
  /** The `room` claim as given, or null. */
  claim: string | null;
  wildcard: boolean;
  /** `context.room.regex` turns the claim into a Lua pattern. */
  pattern: boolean;
  /** The target room as Jitsi names the MUC room (lowercase, URL-encoded), when a room was given. */
  target: string | null;
  /** Whether Prosody lets this token into the target room; null when unknown. */
  matches: boolean | null;
}

/** The token's time claims. */
export interface ValidityReport {
  issuedAt: Date | null;
  notBefore: Date | null;
  expiresAt: Date | null;
  /** Seconds until `exp` (negative once expired), or null without `exp`. */
  secondsRemaining: number | null;
  /** True when no finding is an error: Prosody would accept this token. */
  usable: boolean;
}

/**
 * What `judgeToken` (the inspector's core) learned: whether Prosody accepts the token for the room,
 * with every finding about it as data. `inspectToken`'s report adds the holder (`flavour`, `user`,
 * `role`, `features`), its findings, and words. Decoded data is unverified: see `verifyToken`.
 */
export interface TokenVerdict extends Pick<TokenReport, 'token' | 'header' | 'claims' | 'room' | 'validity' | 'usable' | 'verified'> {
  findings: FindingFacts[];
}

/** Everything `inspectToken` learned. Decoded data is unverified: see `verifyToken`. */
export interface TokenReport {
  /** The compact JWT that was inspected (extracted from a link if one was given), or null. */
  token: string | null;
  header: Record<string, unknown> | null;
  claims: Record<string, unknown> | null;
  flavour: TokenFlavour;
  user: TokenUser;
  role: RoleReport;
  features: Record<FeatureName, FeatureReport>;
  /** Feature keys in the token that Jitsi does not know. */
  unknownFeatures: string[];
  room: RoomReport;
  validity: ValidityReport;
  findings: Finding[];
  /** Same as `validity.usable`. */
  usable: boolean;
  /** Always false here: only `verifyToken` checks signatures. */
  verified: false;
}
