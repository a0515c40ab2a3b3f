/**
 * `startPortal`: the demo intranet portal on 127.0.0.1 — sign-in, room list, rooms with the
 * meeting, sign-out — and its token endpoint. Stops itself after `lifetimeMs`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { OidcSettings } from '../../../lib/oidc/index.js';
import { createDemoAccounts, type DemoAccount } from './accounts.js';
import { signedIn, type MeetingSettings, type PortalAssets, type PortalContext } from './context.js';
import { listenOnLoopback } from './listen.js';
import { CALLBACK_PATH, createOidcSignIn, createOidcTokenRoute } from './oidc/index.js';
import { DEMO_ROOMS, type PortalRoom } from './rooms.js';
import { createPortalHandler } from './router.js';
import { createSignInLimiter } from './sign-in-limit.js';
import { createSessionStore, type SessionStore } from './sessions.js';
import { createTokenRoute, type SigningSettings } from './token-route.js';

/** What the portal needs. Give `signing` (demo accounts, minted tokens) or `oidc` (sign-in at a provider). */
export interface StartPortalOptions {
  meeting: MeetingSettings;
  /** Demo accounts sign in with passwords; meeting tokens are minted with these settings. */
  signing?: SigningSettings;
  /** People sign in at this OpenID provider; its access tokens are the meeting tokens. */
  oidc?: OidcSettings;
  assets: PortalAssets;
  /** Defaults to the three demo accounts with fresh passwords (password sign-in only). */
  accounts?: DemoAccount[];
  rooms?: readonly PortalRoom[];
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** When `port` is taken, use a free one instead of failing. Default false. */
  fallbackPort?: boolean;
  /** The portal stops itself after this long. Default 1 hour. */
  lifetimeMs?: number;
  /** How long a sign-in lasts. Default 12 hours. */
  sessionSeconds?: number;
  /** Told about token and sign-in failures (never a token). */
  onError?(error: unknown): void;
}

/** A running portal. */
export interface Portal {
  /** `http://127.0.0.1:<port>` — the address to open. */
  origin: string;
  port: number;
  /** The demo accounts; empty with OpenID sign-in. */
  accounts: readonly DemoAccount[];
  sessions: SessionStore;
  /** Stops the server and closes open connections. Safe to call twice. */
  stop(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Logs only the kind of failure: messages may quote a provider or a request. */
function defaultOnError(error: unknown): void {
  console.error(`[portal] ${error instanceof Error ? `${error.name}${'kind' in error ? ` (${String(error.kind)})` : ''}` : typeof error}`);
}

/** Starts the portal; resolves once it listens. */
export async function startPortal(options: StartPortalOptions): Promise<Portal> {
  if (Boolean(options.signing) === Boolean(options.oidc)) throw new TypeError('startPortal needs either signing (demo accounts) or oidc (an OpenID provider).');
  const accounts = options.oidc ? [] : (options.accounts ?? createDemoAccounts());
  const rooms = options.rooms ?? DEMO_ROOMS;
  const sessionSeconds = options.sessionSeconds ?? 12 * 60 * 60;
  const sessions = createSessionStore({ absoluteMs: sessionSeconds * 1000 });
  const onError = options.onError ?? defaultOnError;

  let handler: Handler | null = null;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  // The context needs the port; a minting token route is built first so that a bad signing
  // setting fails before a port is opened, and reads the context only when a request comes.
  let context: PortalContext | null = null;
  const mintRoute = options.signing
    ? createTokenRoute({ signing: options.signing, rooms, personFor: (req) => (context ? (signedIn(context, req)?.person ?? null) : null), onError })
    : null;
  const port = await listenOnLoopback(server, options.port ?? 0, options.fallbackPort ?? false);
  const origin = `http://127.0.0.1:${port}`;
  const oidc = options.oidc ? createOidcSignIn(options.oidc, { redirectUri: `${origin}${CALLBACK_PATH}`, onError }) : null;
  const ready: PortalContext = {
    origin,
    accounts,
    sessions,
    rooms,
    oidc,
    sessionSeconds,
    // Ten attempts a minute per account, 120 per client address: enough for people, not for a script.
    signInLimiter: createSignInLimiter(),
    meeting: options.meeting,
    assets: options.assets,
    pageSources: oidc ? { forms: [new URL(oidc.settings.issuer).origin] } : {},
  };
  context = ready;
  const tokenRoute =
    mintRoute ??
    (oidc ? createOidcTokenRoute({ client: oidc.client, sessions, rooms, sessionFor: (req) => signedIn(ready, req)?.session ?? null, onError }) : null);
  if (!tokenRoute) throw new TypeError('unreachable: no token route');
  handler = createPortalHandler(ready, tokenRoute);

  let stopped: Promise<void> | null = null;
  const lifetime = setTimeout(() => void stop(), options.lifetimeMs ?? 60 * 60_000);
  lifetime.unref();
  function stop(): Promise<void> {
    stopped ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopped;
  }
  return { origin, port, accounts, sessions, stop };
}
