/**
 * `startOidcProvider`: a real OpenID provider (panva's oidc-provider) on 127.0.0.1, shaped like
 * the Keycloak realm of the seeds, for tests and offline development of the extension.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { providerConfiguration, KEYCLOAK_ROUTES } from './config.js';
import { handleInteraction } from './interactions.js';
import { errorPage, loggedOutPage, logoutPage } from './pages.js';
import { DEFAULT_USERS } from './users.js';
import type { RunningOidcProvider, StartOidcProviderOptions } from './types.js';

const DEFAULT_LIFETIME_MS = 15 * 60 * 1000;

/** A fresh RS256 signing key as a private JWK with a key id. */
function newSigningKey(): JsonWebKey & { kid: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: `meetgate-${randomBytes(6).toString('hex')}` };
}

/** Starts the provider; resolves once it listens. */
export async function startOidcProvider(options: StartOidcProviderOptions): Promise<RunningOidcProvider> {
  const realm = options.realm ?? 'jitsi-realm';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(realm)) throw new RangeError('realm must be letters, digits, "-" or "_"');
  const mountPath = `/realms/${realm}`;
  const users = options.users ?? DEFAULT_USERS;
  const userMap = new Map(users.map((user) => [user.username, user]));
  const signingKey = newSigningKey();

  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}${mountPath}`;

  const provider = new Provider(
    issuer,
    providerConfiguration({
      mountPath,
      clients: options.clients,
      users,
      audience: options.audience ?? 'jitsi',
      room: options.room ?? '*',
      ...(options.subject ? { subject: options.subject } : {}),
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 300,
      refreshTokens: options.refreshTokens ?? true,
      signingKey,
      cookieKey: randomBytes(32).toString('hex'),
      logoutPage,
      loggedOutPage,
      errorPage,
    }),
  );
  const callback = provider.callback();

  handler = (req, res) => {
    const url = req.url ?? '/';
    if (url !== mountPath && !url.startsWith(`${mountPath}/`) && !url.startsWith(`${mountPath}?`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const inner = url.slice(mountPath.length) || '/';
    if (inner.startsWith('/interaction/')) {
      const action = url.split('?')[0] ?? url;
      handleInteraction(provider, req, res, { realm, users: userMap, action }).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        res.end(errorPage({ error: 'invalid_request', error_description: error instanceof Error ? error.message : 'interaction failed' }));
      });
      return;
    }
    // oidc-provider derives its mount path from originalUrl vs url, like an Express mount.
    Object.assign(req, { originalUrl: url });
    req.url = inner;
    callback(req, res);
  };

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopped;
  };
  const timer = setTimeout(() => void stop(), options.lifetimeMs ?? DEFAULT_LIFETIME_MS);
  timer.unref();

  return {
    issuer,
    jwksUrl: `${issuer}${KEYCLOAK_ROUTES.jwks}`,
    logoutUrl: `${issuer}${KEYCLOAK_ROUTES.end_session}`,
    kid: signingKey.kid,
    stop,
  };
}
