/**
 * `/api/meeting-token?room=…` for the portal: `createTokenEndpoint` from server/mint, once per
 * token lifetime the rooms use, answering only signed-in people for rooms their role may join.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkRoomName, createTokenEndpoint, type TokenEndpointUser } from '../../mint/index.js';
import { toTokenUser, type PortalPerson, type PortalRole } from './person.js';
import { findRoom, mayJoin, type PortalRoom } from './rooms.js';

/** The path the room pages fetch tokens from. */
export const TOKEN_PATH = '/api/meeting-token';

/** How tokens are signed for the deployment (Prosody's app id and secret, and `sub`). */
export interface SigningSettings {
  appId: string;
  secret: string;
  /** Written as `sub`: the XMPP domain, or `*`. */
  subject: string;
}

/** What the route needs. */
export interface TokenRouteOptions {
  signing: SigningSettings;
  rooms: readonly PortalRoom[];
  /** The signed-in person of a request (from the session cookie), or null. */
  personFor(req: IncomingMessage): PortalPerson | null;
  onError?(error: unknown): void;
}

/**
 * Creates the handler. The room is read here only to pick the lifetime; `createTokenEndpoint`
 * validates it and asks `authorize`, so an unknown or forbidden room is refused there.
 */
export function createTokenRoute(options: TokenRouteOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const authenticate = async (req: IncomingMessage): Promise<TokenEndpointUser | null> => {
    const person = options.personFor(req);
    return person ? toTokenUser(person) : null;
  };
  // The portal's room names are already Jitsi's canonical names, so the claim finds them.
  const authorize = (user: TokenEndpointUser, claim: string): boolean => {
    const room = findRoom(options.rooms, claim);
    return room !== null && mayJoin(room, { role: user.role as PortalRole });
  };
  const endpoints = new Map<number, (req: IncomingMessage, res: ServerResponse) => void>();
  const endpointFor = (ttl: number): ((req: IncomingMessage, res: ServerResponse) => void) => {
    let endpoint = endpoints.get(ttl);
    if (!endpoint) {
      endpoint = createTokenEndpoint({
        appId: options.signing.appId,
        secret: options.signing.secret,
        domain: options.signing.subject,
        ttl,
        path: TOKEN_PATH,
        authenticate,
        authorize,
        ...(options.onError ? { onError: options.onError } : {}),
      });
      endpoints.set(ttl, endpoint);
    }
    return endpoint;
  };
  // Build every endpoint now, so a bad secret or subject stops the portal at start-up.
  const fallbackTtl = options.rooms[0]?.ttlSeconds ?? 600;
  for (const room of options.rooms) endpointFor(room.ttlSeconds);
  endpointFor(fallbackTtl);

  return (req, res) => {
    const checked = checkRoomName(new URL(req.url ?? '/', 'http://portal.invalid').searchParams.get('room'));
    const room = checked.ok ? findRoom(options.rooms, checked.claim) : null;
    endpointFor(room?.ttlSeconds ?? fallbackTtl)(req, res);
  };
}
