/**
 * The connection-time token check of Prosody's token plugin, rule by rule and with its exact
 * reason texts (`token/util.lib.lua process_and_verify_token`, `luajwtjitsi.lib.lua verify`;
 * research/jitsi-facts.md §4.3–§4.4). Written independently of lib/token on purpose: the
 * simulator is the referee our inspector is tested against, not an echo of it.
 */
import { createHmac, KeyObject, timingSafeEqual, verify } from 'node:crypto';
import type { ResolvedOptions } from './options.js';
import type { KeyResolver, VerifyKey } from './token-keys.js';

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

/** `split_token`: the runs of characters between dots and backslashes (Lua's `[^\\.]+`); empty runs vanish. */
function splitToken(token: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (const ch of token) {
    if (ch === '.' || ch === '\\') {
      if (current) segments.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) segments.push(current);
  return segments;
}

/** basexx `from_url64`: `=` is skipped wherever it is; any other foreign character fails. */
function fromUrl64(segment: string): Buffer | null {
  const bare = segment.split('=').join('');
  return /^[A-Za-z0-9_-]*$/.test(bare) ? Buffer.from(bare, 'base64url') : null;
}

/** lua-cjson: strict JSON, a BOM is an error, at most 1000 levels. Returns undefined when it fails. */
function cjson(bytes: Buffer | null): { value: unknown } | undefined {
  if (!bytes) return undefined;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let level = 0;
  let deepest = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++level);
    else if (c === ']' || c === '}') level--;
  }
  if (deepest > 1000) return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** `alg_verify`: HS compares the HMAC bytes; RS verifies with the public key. */
async function signatureMatches(algorithm: string, data: string, signature: Buffer, key: VerifyKey): Promise<boolean> {
  const hash = `sha${algorithm.slice(2)}`;
  if (algorithm.startsWith('HS')) {
    const expected = createHmac(hash, key instanceof Uint8Array ? Buffer.from(key) : Buffer.alloc(0))
      .update(data)
      .digest();
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  }
  try {
    return verify(hash, Buffer.from(data), KeyObject.from(key as CryptoKey), signature);
  } catch {
    return false;
  }
}

/** `verify_claim`: a `*` entry accepts anything; otherwise equality, so an array never matches. */
function claimAccepted(value: unknown, accepted: readonly string[]): boolean {
  return accepted.some((entry) => entry === '*' || entry === value);
}

/** `luajwtjitsi verify` after the key is known. Returns the payload, or the refusal text. */
async function verifyJwt(token: string, key: VerifyKey, context: CheckContext): Promise<Record<string, unknown> | string> {
  const { options, now } = context;
  const parts = splitToken(token);
  if (parts.length !== 3) return 'Invalid token';
  const header = cjson(fromUrl64(parts[0] ?? ''));
  if (!header) return 'Invalid header';
  const decoded = cjson(fromUrl64(parts[1] ?? ''));
  if (!decoded) return 'Invalid body';
  const signature = fromUrl64(parts[2] ?? '');
  if (!signature) return 'Invalid signature';
  // Lua indexes a JSON array or string without complaint (nil); other values fail the check.
  const head = asRecord(header.value) ?? {};
  if (head.typ !== 'JWT') return 'Invalid typ';
  if (head.alg !== options.algorithm) return 'Invalid or incorrect alg';
  if (!(await signatureMatches(options.algorithm, `${parts[0]}.${parts[1]}`, signature, key))) return 'Invalid signature';
  const body = asRecord(decoded.value) ?? {};
  const { exp, nbf, iat } = body;
  // `body.exp and type(body.exp) ~= "number"`: false is skipped, JSON null (cjson.null) is not.
  if (exp !== undefined && exp !== false && typeof exp !== 'number') return 'exp must be number';
  if (nbf !== undefined && nbf !== false && typeof nbf !== 'number') return 'nbf must be number';
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
  if (kid === undefined) return "'kid' claim is missing";
  // The kid is hashed to find the key: Lua turns a number into text; null, true or a table fail.
  if (typeof kid !== 'string' && typeof kid !== 'number') return 'internal error';
  if (typeof alg !== 'string' || !alg) return "'alg' claim is missing";
  if (!alg.startsWith('RS')) return "'kid' claim only support with RS family";
  return { alg, kid: String(kid) };
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
  if (options.subAtLogin && verified.sub === undefined) return refuse('sub claim is missing', 'not-authorized');
  // Storing context.user & co. indexes context: JSON null, a number or a boolean fails in Lua.
  const claimed = verified.context;
  if (claimed === null || typeof claimed === 'number' || typeof claimed === 'boolean') return refuse('internal error');
  return { ok: true, session: { token, claims: verified } };
}
