/** What every route of the portal shares, and how a request is matched to a signed-in person. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoAccount } from './accounts.js';
import type { OidcSignIn } from './oidc/sign-in.js';
import type { PortalPerson } from './person.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';
import { mergeSources, sendPage, type PageSources } from './http.js';
import type { SignedInView } from './pages/layout.js';
import type { PortalRoom } from './rooms.js';
import type { RateLimiter } from './rate-limit.js';
import type { Session, SessionStore } from './sessions.js';

/** Where meetings happen, as the room pages need it. */
export interface MeetingSettings {
  /** `<SecureMeeting domain>`: host and port of the deployment (`localhost:4281`, `meet.example.org`). */
  domain: string;
  /** The iframe's origin (`https://<domain>`), allowed by the room page's CSP. */
  origin: string;
  /** `bundled`: MeetGate's own IFrame API host; `deployment`: the deployment's external_api.js. */
  externalApi: 'bundled' | 'deployment';
  /** The local simulator's address, whose self-signed certificate the browser must accept once. */
  simulatorUrl: string | null;
  /** One sentence about where meetings happen, for the sign-in page and the room list. */
  description: string;
}

/** The browser scripts, built once at start. */
export interface PortalAssets {
  roomScript: string;
  signInScript: string;
}

/** Shared by every route. */
export interface PortalContext {
  /** The portal's one origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** The demo accounts (password sign-in); empty with OpenID sign-in. */
  accounts: readonly DemoAccount[];
  /** Set when people sign in at an OpenID provider instead of with a demo password. */
  oidc: OidcSignIn | null;
  sessions: SessionStore;
  /** Counts sign-in attempts per account and per client address; none when omitted (tests). */
  signInLimiter?: RateLimiter;
  rooms: readonly PortalRoom[];
  meeting: MeetingSettings;
  assets: PortalAssets;
  /** Sessions last this long after sign-in (the cookie's Max-Age). */
  sessionSeconds: number;
  /** Sources every page allows besides its own (the OpenID provider for the sign-out redirect). */
  pageSources: PageSources;
}

/** Sends a portal page with the portal's policy plus `sources`. */
export function sendPortalPage(
  context: PortalContext,
  res: ServerResponse,
  status: number,
  body: string,
  options: { sources?: PageSources; headers?: Record<string, string | string[]> } = {},
): void {
  sendPage(res, status, body, { sources: mergeSources(context.pageSources, options.sources), ...(options.headers ? { headers: options.headers } : {}) });
}

/** A signed-in request. */
export interface SignedIn {
  session: Session;
  person: PortalPerson;
}

/** The signed-in person of this request, or null. */
export function signedIn(context: PortalContext, req: IncomingMessage): SignedIn | null {
  const session = context.sessions.get(readCookie(req, SESSION_COOKIE));
  return session ? { session, person: session.person } : null;
}

/** The person as the top bar shows them. */
export function viewOf(user: SignedIn): SignedInView {
  return { name: user.person.name, role: user.person.role, csrfToken: user.session.csrfToken };
}

/** Whether cookies must be `Secure` (only when the portal itself is served over https). */
export function secureCookies(context: PortalContext): boolean {
  return context.origin.startsWith('https:');
}
