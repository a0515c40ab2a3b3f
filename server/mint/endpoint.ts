/**
 * The token endpoint, `GET /api/meeting-token?room=…`: gives signed-in people a short-lived token
 * for one room. Its replies are decided here once, for any request (`tokenReplies`); two thin
 * adapters serve them: `createTokenEndpoint`, a plain Node handler (`http.createServer`, Express,
 * any framework's raw `req` and `res`), and `createTokenHandler` (fetch-endpoint.ts), the Fetch
 * API's `Request → Response` (Next.js route handlers, Hono, Bun, Deno).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenRole } from '../../lib/token/index.js';
import { isMintError } from './errors.js';
import { corsHeaders, judgeOrigin, parseAllowedOrigins, sendJson } from './http.js';
import { checkSecretStrength, importPrivateKey } from './key.js';
import { mintMeetingToken } from './mint.js';
import { resolvePlacement } from './placement.js';
import { checkRoomName } from './room-name.js';
import { resolveTtl } from './times.js';
import type { DeploymentOptions, FeatureFlags, MintUser, SigningAlgorithm } from './types.js';

/** The signed-in person as `authenticate` returns them: who they are and their role. */
export interface TokenEndpointUser extends MintUser {
  role: TokenRole;
  features?: FeatureFlags;
}

/** What `authorize` is told besides the claim. */
export interface RoomRequest {
  /** The `room` parameter as the page sent it (decoded from the query string, not normalised). */
  requestedRoom: string;
}

/** The deployment, plus how to recognise and authorise people; `R` is the request `authenticate` is given. */
export interface TokenServiceOptions<R> extends DeploymentOptions {
  /** The signed-in person for this request (from your session cookie or header), or null. */
  authenticate(request: R): Promise<TokenEndpointUser | null>;
  /**
   * Whether the person may join this room; only `true` allows. `room` is the exact room claim the
   * token will carry (Jitsi's canonical room: NFKC, lowercase, URL-encoded, e.g. `team%20standup`),
   * so `Board-Room`, `ｂoard-room` and `board-room` all ask about `board-room`; the name as
   * requested is beside it in `request.requestedRoom`, for messages only. Omitted: every signed-in
   * person may join every room.
   */
  authorize?(user: TokenEndpointUser, room: string, request: RoomRequest): boolean | Promise<boolean>;
  /** Other origins whose pages may fetch tokens (with credentials). Same-origin pages need nothing. */
  allowedOrigins?: readonly string[];
  /** The path served; default `/api/meeting-token`. Other paths get 404. */
  path?: string;
  /** Told about failures that are not the caller's fault (500s). Never receives a token. */
  onError?(error: unknown): void;
}

/** `createTokenEndpoint`'s options: `authenticate` is given Node's request. */
export type TokenEndpointOptions = TokenServiceOptions<IncomingMessage>;

/** A request as the endpoint reads it, whichever server received it. */
export interface EndpointRequest<R> {
  method: string;
  /** The path and query (`/api/meeting-token?room=standup`). */
  url: string;
  /** The `Origin` header, when the browser sent one. */
  origin: string | undefined;
  /** The host the request was sent to (`Host`), for telling a same-origin page. */
  host: string | undefined;
  /** What `authenticate` is given. */
  raw: R;
}

/** A reply: status, JSON body (none for 204) and the headers beyond the base ones. */
export interface EndpointReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const DEPLOYMENT_KEYS = [
  'appId',
  'secret',
  'privateKey',
  'kid',
  'algorithm',
  'domain',
  'tenant',
  'issuer',
  'audience',
  'ttl',
  'allowLongLived',
  'allowWeakSecret',
] as const;

/** Logs only the kind of failure: messages from `authenticate` could carry anything. */
function defaultOnError(error: unknown): void {
  console.error(`[meetgate] token endpoint could not issue a token (${failureKind(error)})`);
}

/** A failure's kind, never its message (which may carry a cookie, a key or a token). */
function failureKind(error: unknown): string {
  return isMintError(error) ? `MintError ${error.code}` : error instanceof Error ? error.name : typeof error;
}

/**
 * Tells the site's `onError`; one that throws (a log shipper down) must not cost the reply: the
 * Node handler could only leave the throw unhandled, which ends the process.
 */
function report(onError: (error: unknown) => void, error: unknown): void {
  try {
    onError(error);
  } catch (thrown) {
    console.error(`[meetgate] token endpoint could not issue a token (${failureKind(error)}); its onError threw too (${failureKind(thrown)})`);
  }
}

/** Copies the deployment options, importing a private key once instead of on every request. */
async function prepareDeployment<R>(options: TokenServiceOptions<R>): Promise<DeploymentOptions> {
  const deployment = Object.fromEntries(DEPLOYMENT_KEYS.filter((k) => options[k] !== undefined).map((k) => [k, options[k]])) as unknown as DeploymentOptions;
  if (deployment.privateKey === undefined) return deployment;
  const alg: SigningAlgorithm = deployment.algorithm ?? 'RS256';
  const imported = await importPrivateKey(deployment.privateKey, alg);
  return { ...deployment, privateKey: imported.key, kid: deployment.kid ?? imported.jwkKid };
}

/**
 * The endpoint's replies, for any server. Replies: 200 `{ token, expiresAt }` (ISO time), 400 bad
 * room name, 401 not signed in, 403 not allowed in this room or foreign origin, 404 other path,
 * 405 other method, 500 when no token could be issued (never with details). Every reply has
 * `Cache-Control: no-store`. Checks the deployment options now, so a misconfiguration fails at
 * start-up rather than per request.
 */
export function tokenReplies<R>(options: TokenServiceOptions<R>): (request: EndpointRequest<R>) => Promise<EndpointReply> {
  resolvePlacement(options);
  resolveTtl(options.ttl, options.allowLongLived);
  if (typeof options.secret === 'string' || options.secret instanceof Uint8Array) {
    const length = typeof options.secret === 'string' ? new TextEncoder().encode(options.secret).length : options.secret.length;
    if (length > 0) checkSecretStrength(length, options.algorithm ?? 'HS256', options.allowWeakSecret);
  }
  if (typeof options.authenticate !== 'function') throw new TypeError('The token endpoint needs an authenticate(request) function.');
  const allowed = parseAllowedOrigins(options.allowedOrigins);
  const path = options.path ?? '/api/meeting-token';
  const onError = options.onError ?? defaultOnError;
  const deployment = prepareDeployment(options);
  deployment.catch(() => undefined); // Reported per request, through onError.
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): EndpointReply => ({ status, body, headers });

  async function decide(request: EndpointRequest<R>, url: URL, cors: Record<string, string>): Promise<EndpointReply> {
    if (request.method === 'OPTIONS') return reply(204, undefined, { ...cors, Allow: 'GET, OPTIONS' });
    if (request.method !== 'GET') return reply(405, { error: 'method-not-allowed' }, { ...cors, Allow: 'GET, OPTIONS' });

    const user = await options.authenticate(request.raw);
    if (!user) return reply(401, { error: 'not-signed-in' }, cors);
    const rooms = url.searchParams.getAll('room');
    const checked = rooms.length === 1 ? checkRoomName(rooms[0]) : { ok: false as const, reason: 'Give exactly one room parameter.' };
    if (!checked.ok) return reply(400, { error: 'invalid-room', message: checked.reason }, cors);
    const requestedRoom = rooms[0] as string;
    // Authorise the claim that will be minted, never the name as typed: a deny-list of names
    // would otherwise be passed by any spelling that normalises to a denied room.
    const claim = checked.claim;
    if (options.authorize && (await options.authorize(user, claim, { requestedRoom })) !== true) {
      return reply(403, { error: 'not-allowed' }, cors);
    }

    const minted = await mintMeetingToken({
      ...(await deployment),
      room: requestedRoom,
      user: { id: user.id, name: user.name, email: user.email, avatar: user.avatar },
      role: user.role,
      features: user.features,
    });
    if (minted.claims.room !== claim) throw new Error('The minted room claim differs from the authorised one.');
    return reply(200, { token: minted.token, expiresAt: minted.expiresAt.toISOString() }, cors);
  }

  return async (request) => {
    // Node passes on request targets that are no URL path (`GET //`): a 404, never a throw, which
    // the Node handler could only leave unhandled — and an unhandled rejection ends the process.
    const url = URL.canParse(request.url, 'http://endpoint.invalid') ? new URL(request.url, 'http://endpoint.invalid') : null;
    if (url?.pathname !== path) return reply(404, { error: 'not-found' });
    const { verdict, origin } = judgeOrigin(request.origin, request.host, allowed);
    if (verdict === 'refused') return reply(403, { error: 'origin-not-allowed' });
    const cors = verdict === 'listed' && origin ? corsHeaders(origin, request.method === 'OPTIONS') : {};
    try {
      return await decide(request, url, cors);
    } catch (error) {
      report(onError, error);
      return reply(500, { error: isMintError(error) ? 'token-refused' : 'internal-error' }, verdict === 'listed' && origin ? corsHeaders(origin, false) : {});
    }
  };
}

/**
 * A plain Node handler for the endpoint (see `tokenReplies`): mount it in `http.createServer`, or
 * call it from any framework's route with the raw `req` and `res`.
 */
export function createTokenEndpoint(options: TokenEndpointOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const replies = tokenReplies(options);
  return (req, res) => {
    const request = { method: req.method ?? 'GET', url: req.url ?? '/', origin: req.headers.origin, host: req.headers.host, raw: req };
    void replies(request).then(({ status, body, headers }) => sendJson(res, status, body, headers));
  };
}
