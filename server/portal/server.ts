/**
 * `startPortal`: the demo intranet portal on 127.0.0.1 — sign-in, room list, rooms with the
 * meeting, sign-out — and its token endpoint. Stops itself after `lifetimeMs`.
 */
import { createServer, type RequestListener } from 'node:http';
import { createDemoAccounts, type DemoAccount } from './accounts.js';
import { signedIn, type MeetingSettings, type PortalAssets, type PortalContext } from './context.js';
import { listenOnLoopback } from './listen.js';
import { DEMO_ROOMS, type PortalRoom } from './rooms.js';
import { createPortalHandler } from './router.js';
import { createSessionStore, type SessionStore } from './sessions.js';
import { createTokenRoute, type SigningSettings } from './token-route.js';

/** What the portal needs. */
export interface StartPortalOptions {
  meeting: MeetingSettings;
  /** How meeting tokens are signed for the deployment. */
  signing: SigningSettings;
  assets: PortalAssets;
  /** Defaults to the three demo accounts with fresh passwords. */
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
  /** Told about token endpoint failures (never a token). */
  onError?(error: unknown): void;
}

/** A running portal. */
export interface Portal {
  /** `http://127.0.0.1:<port>` — the address to open. */
  origin: string;
  port: number;
  accounts: readonly DemoAccount[];
  sessions: SessionStore;
  /** Stops the server and closes open connections. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts the portal; resolves once it listens. */
export async function startPortal(options: StartPortalOptions): Promise<Portal> {
  const accounts = options.accounts ?? createDemoAccounts();
  const rooms = options.rooms ?? DEMO_ROOMS;
  const sessionSeconds = options.sessionSeconds ?? 12 * 60 * 60;
  const sessions = createSessionStore({ absoluteMs: sessionSeconds * 1000 });

  let handler: RequestListener | null = null;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  // The context needs the port; the token route is built first so a bad signing setting fails
  // before a port is opened, and reads the context only when a request comes.
  let context: PortalContext | null = null;
  const tokenRoute = createTokenRoute({
    signing: options.signing,
    rooms,
    accountFor: (req) => (context ? (signedIn(context, req)?.account ?? null) : null),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const port = await listenOnLoopback(server, options.port ?? 0, options.fallbackPort ?? false);
  const origin = `http://127.0.0.1:${port}`;
  context = { origin, accounts, sessions, rooms, meeting: options.meeting, assets: options.assets, sessionSeconds };
  handler = createPortalHandler(context, tokenRoute);

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
