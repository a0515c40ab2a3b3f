/**
 * Sign-in sessions, kept in memory: a random 256-bit id in an HttpOnly cookie, an idle and an
 * absolute lifetime, a per-session CSRF token, a cap per account and a cap on how many exist at
 * once. Signing in never ends another person's session: past its own cap an account loses its own
 * oldest session, and when the store is full a new sign-in is refused instead.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenSet } from '../../../lib/oidc/index.js';
import type { PortalPerson } from './person.js';

/** One signed-in browser. */
export interface Session {
  readonly id: string;
  readonly person: PortalPerson;
  /** Sent back with state-changing forms (sign-out). */
  readonly csrfToken: string;
  readonly createdAt: number;
  lastSeenAt: number;
  /** With OpenID sign-in: the provider's tokens, replaced when refreshed. Kept in memory only. */
  tokens?: TokenSet;
}

/** How long sessions live, and how many may exist. */
export interface SessionStoreOptions {
  /** Signed out after this long without a request. Default 2 hours. */
  idleMs?: number;
  /** Signed out this long after signing in, whatever happens. Default 12 hours. */
  absoluteMs?: number;
  /** Sessions alive at once; beyond this, new sign-ins are refused (nobody is signed out). Default 1000. */
  maxSessions?: number;
  /** Sessions of one account (`person.id`); beyond this its own oldest ends. Default 5. */
  maxPerPerson?: number;
  now?: () => number;
  /** Random bytes; tests may pin them. */
  random?: (size: number) => Buffer;
}

/** The store. */
export interface SessionStore {
  /**
   * A new session for `person` (sign-in always makes a new id: no session fixation). Throws
   * `SessionsFullError` when the store is full of other people's live sessions.
   */
  create(person: PortalPerson, tokens?: TokenSet): Session;
  /** The live session with this id, touching it; null for an unknown, idle or too old one. */
  get(id: string | undefined): Session | null;
  /** Ends a session (sign-out). */
  destroy(id: string): void;
  /** How many sessions are alive (for tests and the start-up banner). */
  size(): number;
}

/** Thrown by `create` when every place is taken by someone else's live session. */
export class SessionsFullError extends Error {
  override name = 'SessionsFullError';
  constructor() {
    super('Too many people are signed in; try again later.');
  }
}

/** Session ids are 43 base64url characters; anything else is not worth a lookup. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/** Creates an empty store. */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const idleMs = options.idleMs ?? 2 * 60 * 60_000;
  const absoluteMs = options.absoluteMs ?? 12 * 60 * 60_000;
  const maxSessions = options.maxSessions ?? 1000;
  const maxPerPerson = Math.max(1, options.maxPerPerson ?? 5);
  const now = options.now ?? Date.now;
  const random = options.random ?? randomBytes;
  // A Map keeps insertion order, so entries are met oldest first.
  const sessions = new Map<string, Session>();

  const alive = (session: Session, at: number): boolean => at - session.lastSeenAt < idleMs && at - session.createdAt < absoluteMs;

  return {
    create(person, tokens) {
      const at = now();
      for (const [id, old] of sessions) if (!alive(old, at)) sessions.delete(id);
      const own = [...sessions.values()].filter((old) => old.person.id === person.id);
      for (const old of own.slice(0, Math.max(0, own.length - maxPerPerson + 1))) sessions.delete(old.id);
      if (sessions.size >= maxSessions) throw new SessionsFullError();
      const session: Session = {
        id: random(32).toString('base64url'),
        person,
        csrfToken: random(32).toString('base64url'),
        createdAt: at,
        lastSeenAt: at,
        ...(tokens ? { tokens } : {}),
      };
      sessions.set(session.id, session);
      return session;
    },
    get(id) {
      if (id === undefined || !SESSION_ID.test(id)) return null;
      const session = sessions.get(id);
      if (!session) return null;
      const at = now();
      if (!alive(session, at)) {
        sessions.delete(id);
        return null;
      }
      session.lastSeenAt = at;
      return session;
    },
    destroy(id) {
      sessions.delete(id);
    },
    size: () => sessions.size,
  };
}

/** Whether a submitted CSRF token is this session's, compared in constant time. */
export function isSessionCsrfToken(session: Session, submitted: unknown): boolean {
  if (typeof submitted !== 'string') return false;
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(submitted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
