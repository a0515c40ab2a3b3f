/**
 * The connection-time token check of Prosody's token plugin, rule by rule and with its exact
 * reason texts (`token/util.lib.lua process_and_verify_token`, `luajwtjitsi.lib.lua verify`;
 * research/jitsi-facts.md §4.3–§4.4). Written independently of lib/token on purpose: the
 * simulator is the referee our inspector is tested against, not an echo of it.
 */
import { compactVerify } from 'jose/jws/compact/verify';
import type { ResolvedOptions } from './options.js';
import type { KeyResolver } from './token-keys.js';

/** A verified connection: what Prosody stores on the session. Claims are still hostile input. */
export interface TokenSession {
  token: string | null;
  claims: Record<string, unknown>;
}

/** Why Prosody refused; only `not-allowed` texts reach the client (lib-jitsi-meet FAILURE_REGEX). */
export interface TokenRefusal {
  condition: 'not-allowed' | 'not-authorized';
  text: string;
}

/** The outcome of the check. */
export type TokenCheck = { ok: true; session: TokenSession } | ({ ok: false } & TokenRefusal);

/** Check-time inputs besides the token. */
export interface CheckContext {
  options: ResolvedOptions;
  resolveKey: KeyResolver;
  /** Seconds since the epoch, as Lua's os.time(). */
  now: number;
}

const refuse = (text: string, condition: TokenRefusal['condition'] = 'not-allowed'): TokenCheck => ({ ok: false, condition, text });

function decodeJson(segment: string | undefined): Record<string, unknown> | null {
  if (segment === undefined || !/^[A-Za-z0-9_-]*$/.test(segment)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `verify_claim`: a `*` entry accepts anything; otherwise equality, so an array never matches. */
function claimAccepted(value: unknown, accepted: readonly string[]): boolean {
  return accepted.some((entry) => entry === '*' || entry === value);
}

/** `luajwtjitsi verify` after the key is known. Returns the payload, or the refusal text. */
async function verifyJwt(token: string, key: Parameters<typeof compactVerify>[1], context: CheckContext): Promise<Record<string, unknown> | string> {
  const { options, now } = context;
  const parts = token.split('.');
  if (parts.length !== 3) return 'Invalid token';
  const header = decodeJson(parts[0]);
  if (!header) return 'Invalid header';
  const body = decodeJson(parts[1]);
  if (!body) return 'Invalid body';
  if (header.typ !== 'JWT') return 'Invalid typ';
  if (header.alg !== options.algorithm) return 'Invalid or incorrect alg';
  try {
    await compactVerify(token, key, { algorithms: [options.algorithm] });
  } catch {
    return 'Invalid signature';
  }
  const { exp, nbf, iat } = body;
  if (exp !== undefined && typeof exp !== 'number') return 'exp must be number';
  if (nbf !== undefined && typeof nbf !== 'number') return 'nbf must be number';
  if (typeof exp === 'number' && now >= exp) {
    const validFor = typeof iat === 'number' ? `, valid for:${exp - iat} sec` : '';
    return `Not acceptable by exp (${now - exp} sec since expired${validFor})`;
  }
  if (typeof nbf === 'number' && now < nbf) return 'Not acceptable by nbf';
  if (body.iss === undefined) return "'iss' claim is missing";
  if (!claimAccepted(body.iss, options.acceptedIssuers)) return "invalid 'iss' claim";
  if (body.aud === undefined) return "'aud' claim is missing";
  if (!claimAccepted(body.aud, options.acceptedAudiences)) return "invalid 'aud' claim";
  return body;
}

/** In RS mode Prosody reads the header itself first, to pick the key by `kid`. */
function rsHeader(token: string): { alg: string; kid: string } | string {
  const segment = token.split('.')[0] ?? '';
  let text: string;
  try {
    text = Buffer.from(segment, 'base64url').toString('utf8');
  } catch {
    return 'Invalid token';
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch {
    return 'bad token format';
  }
  const { kid, alg } = (typeof header === 'object' && header !== null ? header : {}) as Record<string, unknown>;
  if (typeof kid !== 'string' || !kid) return "'kid' claim is missing";
  if (typeof alg !== 'string' || !alg) return "'alg' claim is missing";
  if (!alg.startsWith('RS')) return "'kid' claim only support with RS family";
  return { alg, kid };
}

/** Checks the token a participant connects (or resumes) with. */
export async function checkConnectionToken(token: string | null, context: CheckContext): Promise<TokenCheck> {
  const { options, resolveKey } = context;
  if (!token) return options.allowEmptyToken ? { ok: true, session: { token: null, claims: {} } } : refuse('token required');
  let key;
  if (options.algorithm.startsWith('RS')) {
    const header = rsHeader(token);
    if (typeof header === 'string') return refuse(header);
    try {
      key = await resolveKey(header);
    } catch {
      return refuse('could not obtain public key');
    }
  } else {
    key = await resolveKey({ alg: options.algorithm, kid: '' });
  }
  const verified = await verifyJwt(token, key, context);
  if (typeof verified === 'string') return refuse(verified);
  if (options.requireRoomClaim && verified.room === undefined) return refuse('room claim is missing', 'not-authorized');
  if (verified.sub === undefined) return refuse('sub claim is missing', 'not-authorized');
  return { ok: true, session: { token, claims: verified } };
}
