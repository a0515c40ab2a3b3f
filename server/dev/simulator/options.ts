/**
 * Options of the local Jitsi deployment simulator, named after the Prosody settings they stand
 * for (research/jitsi-facts.md §4.2), and their defaults.
 */
import type { JWK } from 'jose';
import type { ServerProfile } from '../../../lib/token/profile.js';
import { isJitsiRelease, type JitsiRelease } from './release.js';

/** How the simulated deployment is configured. */
export interface SimulatorOptions {
  /** Prosody `app_id`; the default accepted issuer. */
  appId: string;
  /** Prosody `app_secret`: HS256 (or `signatureAlgorithm`) tokens. */
  appSecret?: string;
  /** Prosody `cache_keys_url`: a JWKS address; RS256 tokens with a `kid`. */
  jwksUrl?: string;
  /** One RSA public key (SPKI PEM, X.509 certificate PEM, or JWK) for every `kid`; RS256. */
  publicKey?: string | JWK;
  /** Prosody `signature_algorithm`; defaults to HS256 with a secret, RS256 with keys. */
  signatureAlgorithm?: 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512';
  /** The host name browsers use (and the XMPP domain `sub` is compared with), e.g. `meet.meetgate.test`. */
  domain: string;
  /** Prosody `asap_accepted_issuers` (default `[appId]`). */
  acceptedIssuers?: string[];
  /** Prosody `asap_accepted_audiences` (default `['*']`). */
  acceptedAudiences?: string[];
  /** Prosody `allow_empty_token` (default false). */
  allowEmptyToken?: boolean;
  /** Prosody `asap_require_room_claim` (default true). */
  requireRoomClaim?: boolean;
  /** Whether `token_verification` runs on the MUC (room and `sub` checks; default true). */
  verifyRoom?: boolean;
  /** `muc_wait_for_host`: members and guests wait until a host (owner token) is in (default true). */
  waitForHost?: boolean;
  /** Like the seeds' `token_owner_party`: end the meeting when the last host leaves (default false). */
  endMeetingWhenHostLeaves?: boolean;
  /**
   * `muc_max_occupants` (jitsi-meet's resources/prosody-plugins/mod_muc_max_occupants.lua): a room
   * refuses anyone beyond this many participants, and Jitsi's page reports `conference.max_users`
   * (lib-jitsi-meet: a presence error `service-unavailable`). Default: no limit.
   */
  maxOccupants?: number;
  /** How long a dropped connection may come back and resume its session (default 15 s). */
  resumeTimeoutMs?: number;
  /**
   * The meeting page's reload countdown after a fatal error, in seconds: Jitsi waits
   * `10 + randomInt(0, 20)` (jitsi-meet react/features/overlay/components/web/AbstractPageReloadOverlay.tsx).
   * Default [10, 30]; tests shorten it.
   */
  reloadOverlaySeconds?: [number, number];
  /** The Jitsi web app release the meeting page imitates (default `2026`; see release.ts). */
  release?: JitsiRelease;
  /**
   * A maintainer's aid: a real deployment's `external_api.js` on disk, served as `/external_api.js`
   * instead of MeetGate's own host, to drive the same flows through a real Jitsi build. Read once
   * at start (never fetched); pair a 2021-era build with `release: '2021'`.
   */
  externalApiFile?: string;
  /**
   * The Prosody settings, as a `ServerProfile` (the same type `inspectToken` takes). Where it sets
   * an option, it wins over the camelCase option above; `domain` here is the XMPP domain `sub`
   * is compared with (default: `domain` above).
   */
  profile?: Partial<ServerProfile>;
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number;
  /** The server stops itself after this long (default 1 h; 0 = never, for the CLI). */
  lifetimeMs?: number;
  /** The clock, in milliseconds; tests may pin it. */
  now?: () => number;
}

/** The options with every default filled in. */
export interface ResolvedOptions {
  appId: string;
  appSecret: string | null;
  jwksUrl: string | null;
  publicKey: string | JWK | null;
  algorithm: string;
  domain: string;
  acceptedIssuers: string[];
  acceptedAudiences: string[];
  allowEmptyToken: boolean;
  requireRoomClaim: boolean;
  verifyRoom: boolean;
  /** The room and `sub` rules `verify_room` applies (issue #10's classes). */
  roomRules: RoomRuleOptions;
  /** A token without `sub` is refused at login ("sub claim is missing"; profile `sub_claim_check`). */
  subAtLogin: boolean;
  waitForHost: boolean;
  endMeetingWhenHostLeaves: boolean;
  maxOccupants: number | null;
  resumeTimeoutMs: number;
  reloadOverlaySeconds: [number, number];
  release: JitsiRelease;
  externalApiFile: string | null;
  port: number;
  lifetimeMs: number;
  now: () => number;
}

const HOST_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

/** The settings `verify_room` reads, resolved. */
export interface RoomRuleOptions {
  /** `enable_domain_verification` (default true). */
  domainVerification: boolean;
  /** The XMPP domain `sub` must name for plain rooms (lowercase). */
  xmppDomain: string;
  requireRoomClaim: boolean;
  /** `token_regex_enabled`, `token_regex_room_max_length`, `token_regex_max_quantifiers` (null: no limit). */
  patterns: { enabled: boolean; maxRoomLength: number | null; maxQuantifiers: number | null; keepCase: boolean };
}

/** Checks the options as Prosody checks its configuration, and fills in defaults. */
export function resolveOptions(given: SimulatorOptions): ResolvedOptions {
  const p = given.profile ?? {};
  // The profile's Prosody option names win over the camelCase options they stand for.
  const options: SimulatorOptions = {
    ...given,
    appId: p.app_id ?? given.appId,
    signatureAlgorithm: p.signature_algorithm ?? given.signatureAlgorithm,
    acceptedIssuers: p.asap_accepted_issuers ? [...p.asap_accepted_issuers] : given.acceptedIssuers,
    acceptedAudiences: p.asap_accepted_audiences ? [...p.asap_accepted_audiences] : given.acceptedAudiences,
    allowEmptyToken: p.allow_empty_token ?? given.allowEmptyToken,
    requireRoomClaim: p.asap_require_room_claim ?? given.requireRoomClaim,
    verifyRoom: p.token_verification ?? given.verifyRoom,
  };
  if (!options.appId) throw new Error("'app_id' must not be empty");
  const keyed = Boolean(options.jwksUrl || options.publicKey);
  if (!options.appSecret && !keyed) throw new Error('One of appSecret, jwksUrl or publicKey is required');
  if (!HOST_NAME.test(options.domain)) throw new Error(`domain must be a host name, got ${JSON.stringify(options.domain)}`);
  const algorithm = options.signatureAlgorithm ?? (keyed ? 'RS256' : 'HS256');
  if (algorithm.startsWith('HS') && !options.appSecret) throw new Error(`${algorithm} needs appSecret`);
  const limit = (value: number | null | undefined, fallback: number) => (value === undefined ? fallback : value);
  return {
    appId: options.appId,
    appSecret: options.appSecret ?? null,
    jwksUrl: options.jwksUrl ?? null,
    publicKey: options.publicKey ?? null,
    algorithm,
    domain: options.domain.toLowerCase(),
    acceptedIssuers: options.acceptedIssuers ?? [options.appId],
    acceptedAudiences: options.acceptedAudiences ?? ['*'],
    allowEmptyToken: options.allowEmptyToken ?? false,
    requireRoomClaim: options.requireRoomClaim ?? true,
    verifyRoom: options.verifyRoom ?? true,
    subAtLogin: (p.sub_claim_check ?? 'login') === 'login',
    roomRules: {
      domainVerification: p.enable_domain_verification ?? true,
      xmppDomain: (p.muc_mapper_domain_base ?? p.domain ?? options.domain).toLowerCase(),
      requireRoomClaim: options.requireRoomClaim ?? true,
      patterns: {
        enabled: p.token_regex_enabled ?? true,
        maxRoomLength: limit(p.token_regex_room_max_length, 128),
        maxQuantifiers: limit(p.token_regex_max_quantifiers, 3),
        keepCase: (p.room_pattern_case ?? 'kept') === 'kept',
      },
    },
    waitForHost: options.waitForHost ?? true,
    endMeetingWhenHostLeaves: options.endMeetingWhenHostLeaves ?? false,
    maxOccupants: options.maxOccupants ?? null,
    resumeTimeoutMs: options.resumeTimeoutMs ?? 15_000,
    reloadOverlaySeconds: reloadRange(options.reloadOverlaySeconds),
    release: isJitsiRelease(options.release) ? options.release : '2026',
    externalApiFile: options.externalApiFile || null,
    port: options.port ?? 0,
    lifetimeMs: options.lifetimeMs ?? 60 * 60_000,
    now: options.now ?? Date.now,
  };
}

/** A sane countdown range (whole seconds, 1–60, min ≤ max). */
function reloadRange(range: [number, number] | undefined): [number, number] {
  if (!range) return [10, 30];
  const clamp = (n: number) => Math.min(60, Math.max(1, Math.round(Number.isFinite(n) ? n : 10)));
  const [a, b] = [clamp(range[0]), clamp(range[1])];
  return a <= b ? [a, b] : [b, a];
}
