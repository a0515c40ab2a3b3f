/**
 * The room page's `tokenProvider`: asks the portal's same-origin token endpoint, with the session
 * cookie, for a token for this room. "Not signed in" (401) resolves null so the meeting offers the
 * sign-in page; every other failure rejects with a message that never contains a token.
 */
import type { TokenProvider } from '../../../../lib/sources/index.js';

/** The subset of `fetch` used (injected for tests). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'ok' | 'json'> & Partial<Pick<Response, 'headers'>>>;

/** Why the portal refused, in words for the developer console and the meeting's error screen. */
function refusal(status: number): string {
  if (status === 403) return 'The portal does not let this account join this room.';
  if (status === 400) return 'The portal does not know this room name.';
  return `The portal could not issue a token (HTTP ${status}).`;
}

/** Creates the provider for `tokenPath` (e.g. `/api/meeting-token`). */
export function createPortalTokenProvider(tokenPath: string, fetchFn: FetchLike = (input, init) => fetch(input, init)): TokenProvider {
  return async ({ room, signal, reportDate }) => {
    const response = await fetchFn(`${tokenPath}?room=${encodeURIComponent(room)}`, {
      method: 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
      signal,
    });
    reportDate?.(response.headers?.get('date') ?? null); // the portal's clock judges expiry (README, Clocks)
    if (response.status === 401) return null;
    if (!response.ok) throw new Error(refusal(response.status));
    const body: unknown = await response.json();
    const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined;
    if (typeof token !== 'string' || token.length === 0) throw new Error('The portal answered without a token.');
    return token;
  };
}
