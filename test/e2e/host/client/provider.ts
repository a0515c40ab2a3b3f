/**
 * The host page's `tokenProvider`: the site's token endpoint (`GET <path>?room=&reason=` with the
 * site's cookies → `{ token }`, 401 when the person is not signed in), as a real site would have.
 */
import type { TokenProvider } from '../../../../components/index.js';

/** A provider asking the same-origin endpoint at `path`. */
export function endpointProvider(path: string): TokenProvider {
  return async ({ room, reason, signal, reportDate }) => {
    const url = new URL(path, window.location.href);
    url.searchParams.set('room', room);
    url.searchParams.set('reason', reason);
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
    reportDate?.(response.headers.get('date'));
    if (response.status === 401) return null;
    if (!response.ok) throw new Error(`The token endpoint answered ${response.status}.`);
    const body = (await response.json()) as { token?: unknown };
    return typeof body.token === 'string' ? body.token : null;
  };
}

/** Fetches the one-time token handed over at `path` (the `token` prop), or undefined. */
export async function takeHandedToken(path: string): Promise<string | undefined> {
  const response = await fetch(new URL(path, window.location.href), { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) return undefined;
  const body = (await response.json()) as { token?: unknown };
  return typeof body.token === 'string' ? body.token : undefined;
}
