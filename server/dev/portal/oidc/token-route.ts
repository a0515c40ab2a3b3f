/**
 * `/api/meeting-token` with OpenID sign-in: the meeting token is the access token the provider
 * issued at sign-in (Keycloak with Jitsi mappers, as in the seeds). It is refreshed with the
 * refresh token when it has less than a minute left; when the provider refuses, the session
 * ends and the meeting offers the sign-in page again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OidcClient, TokenSet } from '../../../../lib/oidc/index.js';
import { inspectToken } from '../../../../lib/token/index.js';
import { checkRoomName } from '../../../mint/index.js';
import { sendJson } from '../http.js';
import { findRoom, mayJoin, type PortalRoom } from '../rooms.js';
import type { Session, SessionStore } from '../sessions.js';

/** What the route needs. */
export interface OidcTokenRouteOptions {
  /** Refreshes tokens (its web auth flow is never used). */
  client: Pick<OidcClient, 'refresh'>;
  sessions: SessionStore;
  rooms: readonly PortalRoom[];
  /** The session of a request (from its cookie), or null. */
  sessionFor(req: IncomingMessage): Session | null;
  /** Refresh when less than this is left. Default 60 s. */
  refreshLeadMs?: number;
  now?: () => number;
  /** Told about refused refreshes (the kind only; never a token). */
  onError?(error: unknown): void;
}

/** When the access token expires (ms), from the provider's `expires_in` or the token's `exp`. */
export function accessTokenExpiry(tokens: TokenSet): number | null {
  if (tokens.expiresAt !== null) return tokens.expiresAt;
  const exp = inspectToken(tokens.accessToken).validity.expiresAt;
  return exp ? exp.getTime() : null;
}

/** Creates the handler. */
export function createOidcTokenRoute(options: OidcTokenRouteOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const now = options.now ?? Date.now;
  const lead = options.refreshLeadMs ?? 60_000;
  // One refresh at a time per session: refresh tokens may be single-use (Keycloak's rotation).
  const refreshing = new WeakMap<Session, Promise<TokenSet>>();

  async function freshTokens(session: Session, tokens: TokenSet): Promise<TokenSet> {
    const expiry = accessTokenExpiry(tokens);
    if (expiry === null || expiry - now() > lead || !tokens.refreshToken) return tokens;
    let pending = refreshing.get(session);
    if (!pending) {
      pending = options.client.refresh(tokens.refreshToken);
      refreshing.set(session, pending);
      pending
        .then(
          (fresh) => {
            session.tokens = fresh;
          },
          () => undefined,
        )
        .finally(() => refreshing.delete(session));
    }
    return pending;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== undefined && new URL(origin, 'http://invalid.invalid').host !== req.headers.host) return sendJson(res, 403, { error: 'origin-not-allowed' });
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'method-not-allowed' });
    const session = options.sessionFor(req);
    if (!session?.tokens) return sendJson(res, 401, { error: 'not-signed-in' });
    const names = new URL(req.url ?? '/', 'http://portal.invalid').searchParams.getAll('room');
    const checked = names.length === 1 ? checkRoomName(names[0]) : { ok: false as const };
    if (!checked.ok) return sendJson(res, 400, { error: 'invalid-room' });
    const room = findRoom(options.rooms, names[0] ?? '');
    if (!room || !mayJoin(room, session.person)) return sendJson(res, 403, { error: 'not-allowed' });
    let tokens: TokenSet;
    try {
      tokens = await freshTokens(session, session.tokens);
    } catch (error) {
      options.onError?.(error);
      options.sessions.destroy(session.id);
      return sendJson(res, 401, { error: 'not-signed-in' });
    }
    const expiry = accessTokenExpiry(tokens);
    sendJson(res, 200, { token: tokens.accessToken, expiresAt: expiry === null ? null : new Date(expiry).toISOString() });
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal-error' });
    });
  };
}
