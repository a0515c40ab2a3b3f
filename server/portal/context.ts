/** What every route of the portal shares, and how a request is matched to a signed-in person. */
import type { IncomingMessage } from 'node:http';
import type { DemoAccount } from './accounts.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';
import type { SignedInView } from './pages/layout.js';
import type { PortalRoom } from './rooms.js';
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
  accounts: readonly DemoAccount[];
  sessions: SessionStore;
  rooms: readonly PortalRoom[];
  meeting: MeetingSettings;
  assets: PortalAssets;
  /** Sessions last this long after sign-in (the cookie's Max-Age). */
  sessionSeconds: number;
}

/** A signed-in request. */
export interface SignedIn {
  session: Session;
  account: DemoAccount;
}

/** The signed-in person of this request, or null. */
export function signedIn(context: PortalContext, req: IncomingMessage): SignedIn | null {
  const session = context.sessions.get(readCookie(req, SESSION_COOKIE));
  if (!session) return null;
  const account = context.accounts.find((candidate) => candidate.username === session.username);
  return account ? { session, account } : null;
}

/** The person as the top bar shows them. */
export function viewOf(user: SignedIn): SignedInView {
  return { name: user.account.name, role: user.account.role, csrfToken: user.session.csrfToken };
}

/** Whether cookies must be `Secure` (only when the portal itself is served over https). */
export function secureCookies(context: PortalContext): boolean {
  return context.origin.startsWith('https:');
}
