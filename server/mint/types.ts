/**
 * Public types of token minting. Times given by the caller are JavaScript times (a Date or
 * milliseconds, like `Date.now()`); the token itself always holds seconds.
 */
import type { KeyObject } from 'node:crypto';
import type { JWK } from 'jose';
import type { FeatureName, Finding, TokenRole } from '../../lib/token/index.js';

/** Feature flags as Jitsi reads them: booleans under known names only. */
export type FeatureFlags = Partial<Record<FeatureName, boolean>>;

/** The algorithms Prosody can check (`luajwtjitsi`): HS with `app_secret`, RS with ASAP/JWKS keys. */
export type SigningAlgorithm = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512';

/** Who the token is for; becomes `context.user`. */
export interface MintUser {
  /** A stable id from your user store; Jitsi shows it to nobody but puts it in logs and presence. */
  id?: string;
  /** The display name; required, since Jitsi otherwise asks for one or shows "Fellow Jitster". */
  name: string;
  email?: string;
  /** An `https:` image address (or an inline `data:image/…`); anything else is refused. */
  avatar?: string;
}

/** A private signing key: PKCS#8 PEM text, a private JWK (object or JSON text), or an imported key. */
export type PrivateKeyInput = string | JWK | CryptoKey | KeyObject;

/** What stays the same for every token a site mints for one Jitsi deployment. */
export interface DeploymentOptions {
  /** Prosody's `app_id`, or the JaaS app id (`vpaas-magic-cookie-…`, which switches to JaaS rules). */
  appId: string;
  /**
   * Prosody's `app_secret` (HS256). Give this or `privateKey`, not both. At least as long as the
   * hash (32 bytes for HS256, 48 for HS384, 64 for HS512; RFC 7518 §3.2) unless `allowWeakSecret`.
   */
  secret?: string | Uint8Array;
  /** Permits a secret shorter than RFC 7518 §3.2 requires; such a secret can be guessed offline from one token. */
  allowWeakSecret?: boolean;
  /** An RSA private key (RS256) for `asap_key_server` / `cache_keys_url` deployments and JaaS. */
  privateKey?: PrivateKeyInput;
  /** The key id written to the header; required with `privateKey`. For JaaS, `keyId` or `appId/keyId`. */
  kid?: string;
  /** Prosody's `signature_algorithm`, when it is not the default (HS256 for secrets, RS256 for keys). */
  algorithm?: SigningAlgorithm;
  /** The XMPP domain (`hosts.domain` in config.js; `meet.jitsi` in Docker), written as `sub`. */
  domain?: string;
  /** The tenant of a multi-tenant deployment (`https://host/<tenant>/<room>`), written as `sub` instead of the domain. */
  tenant?: string;
  /** `iss`; defaults to `appId` (Prosody's default `asap_accepted_issuers`). JaaS requires "chat". */
  issuer?: string;
  /** `aud`; defaults to `appId` (accepted by Prosody's default `*`). JaaS requires "jitsi". */
  audience?: string;
  /** Lifetime in seconds or as text (`90s`, `15m`, `1h`, `1d`); default one hour, at most 24 hours. */
  ttl?: number | string;
  /** Permits lifetimes above 24 hours. A leaked long-lived token keeps opening the room. */
  allowLongLived?: boolean;
}

/** Everything `mintMeetingToken` needs for one person and one room. */
export interface MintOptions extends DeploymentOptions {
  /** The room as people see it (`Team Standup`); `'*'` mints a token for every room and must be asked for. */
  room: string;
  user: MintUser;
  role: TokenRole;
  /** Omit to let Jitsi decide (Prosody then grants moderators everything); JaaS gets role-based defaults. */
  features?: FeatureFlags;
  /** The token is refused before this time (`nbf`). Omitted by default: Prosody allows no clock drift. */
  notBefore?: Date | number;
  /** The time to mint at; defaults to the current time. */
  now?: Date | number;
}

/** A minted token and what it says, for callers that hand it on (`{ token, expiresAt }`). */
export interface MintedToken {
  /** The compact JWT. Treat it as a password: never log or persist it. */
  token: string;
  expiresAt: Date;
  issuedAt: Date;
  notBefore: Date | null;
  header: Record<string, unknown>;
  /** The signed claims (no secrets: they never enter the token). */
  claims: Record<string, unknown>;
  /** What `inspectToken` still noted (information only, or warnings that were asked for). */
  findings: Finding[];
}
