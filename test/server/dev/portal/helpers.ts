/** Shared by the portal tests: a real portal on 127.0.0.1 with known passwords, and raw HTTP calls. */
import { request, type IncomingHttpHeaders } from 'node:http';
import { createDemoAccounts, startPortal, type Portal, type StartPortalOptions } from '../../../../server/dev/portal/index.js';

/** A secret with a distinctive spelling, so a leak into any output is easy to find. */
export const PORTAL_SECRET = 'Portal-app-secret-NEVER-PRINT-77c1';

/** Passwords of the test accounts: `<username>-pw-1234`. */
export const passwordOf = (username: string): string => `${username}-pw-1234`;

/** An HTTP answer. */
export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a call sends; every header is under the test's control (Origin, Host, Cookie). */
export interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as `application/x-www-form-urlencoded` unless a content-type header is given. */
  form?: Record<string, string>;
}

/** One request to the portal. `Host` defaults to the portal's own. */
export function call(portal: Portal, path: string, options: CallOptions = {}): Promise<Reply> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  const headers: Record<string, string> = { Host: `127.0.0.1:${portal.port}`, ...options.headers };
  if (body !== undefined) {
    headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
    headers['Content-Length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: portal.port, path, method: options.method ?? (body ? 'POST' : 'GET'), headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('request timed out')));
    req.end(body);
  });
}

/** The session cookie's `name=value` from a reply, or null. */
export function sessionCookieOf(reply: Reply): string | null {
  const header = reply.headers['set-cookie']?.find((line) => line.startsWith('portal_session='));
  return header ? (header.split(';', 1)[0] ?? null) : null;
}

/** Starts a portal with known passwords and placeholder scripts, as a simulator deployment would be configured. */
export function startTestPortal(overrides: Partial<StartPortalOptions> = {}): Promise<Portal> {
  return startPortal({
    meeting: {
      domain: 'localhost:48443',
      origin: 'https://localhost:48443',
      externalApi: 'bundled',
      simulatorUrl: 'https://localhost:48443/',
      description: 'Meetings run on a test simulator.',
    },
    signing: { appId: 'portal-test', secret: PORTAL_SECRET, subject: 'localhost' },
    assets: { roomScript: 'console.log("room")', signInScript: 'console.log("sign-in")' },
    accounts: createDemoAccounts(passwordOf),
    lifetimeMs: 60_000,
    ...overrides,
  });
}

/** Signs in through the real form and returns the cookie. */
export async function signIn(portal: Portal, username: string): Promise<string> {
  const reply = await call(portal, '/login', {
    headers: { Origin: portal.origin },
    form: { username, password: passwordOf(username), returnTo: '/rooms' },
  });
  const cookie = sessionCookieOf(reply);
  if (reply.status !== 303 || !cookie) throw new Error(`sign-in as ${username} failed with ${reply.status}`);
  return cookie;
}
