/**
 * A token provider backed by a site's token endpoint (as `createTokenEndpoint` serves it):
 * `GET <token-url>?room=<room>` with the site's cookies, answering `{ token }`.
 */
import type { TokenProvider } from '../../lib/sources/types.js';

/** Makes the provider. `fetchImpl` is a parameter so tests need no network. */
export function tokenUrlProvider(tokenUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): TokenProvider {
  return async ({ room, reason, signal, reportDate }) => {
    const url = new URL(tokenUrl, globalThis.location?.href);
    url.searchParams.set('room', room);
    url.searchParams.set('reason', reason);
    // Same-origin credentials only: the page's cookies go to its own endpoint, never to another
    // origin (a token-url on another origin gets no cookies, CORS or not, so it cannot tell who asks).
    const response = await fetchImpl(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
    reportDate?.(response.headers?.get('date') ?? null); // the server's clock judges expiry
    if (response.status === 401 || response.status === 403) return null;
    if (!response.ok) throw new Error(`The token service answered ${response.status}.`);
    const body = (await response.json()) as { token?: unknown };
    if (typeof body.token !== 'string') throw new Error('The token service answered without a token.');
    return body.token;
  };
}
