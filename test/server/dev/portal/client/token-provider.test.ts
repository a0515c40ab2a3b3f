import { describe, expect, it } from 'vitest';
import { createPortalTokenProvider, type FetchLike } from '../../../../../server/dev/portal/client/index.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoieCJ9.c2lnbmF0dXJl';

/** A fetch that records its calls and answers with `status` and `body`. */
function fakeFetch(status: number, body: unknown): FetchLike & { calls: [string, RequestInit][] } {
  const calls: [string, RequestInit][] = [];
  const fn = (async (input: string, init: RequestInit) => {
    calls.push([input, init]);
    return { status, ok: status >= 200 && status < 300, json: async () => body };
  }) as FetchLike & { calls: [string, RequestInit][] };
  fn.calls = calls;
  return fn;
}

const request = (room: string) => ({ room, domain: 'localhost:4281', reason: 'initial' as const, signal: new AbortController().signal });

describe('portal token provider', () => {
  it('asks the same-origin endpoint for the room, with the cookie, never cached', async () => {
    const fetch = fakeFetch(200, { token: TOKEN, expiresAt: '2030-01-01T00:00:00Z' });
    const req = request('team standup/ä');
    await expect(createPortalTokenProvider('/api/meeting-token', fetch)(req)).resolves.toBe(TOKEN);
    expect(fetch.calls).toHaveLength(1);
    const [url, init] = fetch.calls[0]!;
    expect(url).toBe('/api/meeting-token?room=team%20standup%2F%C3%A4');
    expect(init).toMatchObject({ method: 'GET', credentials: 'same-origin', cache: 'no-store', signal: req.signal });
  });

  it("passes the response's Date header on, for the clock", async () => {
    const dates: Array<string | null> = [];
    const fetch: FetchLike = async () => ({
      status: 200,
      ok: true,
      json: async () => ({ token: TOKEN }),
      headers: new Headers({ date: 'Sat, 28 Nov 2026 03:00:00 GMT' }),
    });
    await createPortalTokenProvider('/t', fetch)({ ...request('r'), reportDate: (date) => dates.push(date) });
    expect(dates).toEqual(['Sat, 28 Nov 2026 03:00:00 GMT']);
  });

  it('resolves null when the person is not signed in (401)', async () => {
    await expect(createPortalTokenProvider('/t', fakeFetch(401, { error: 'not-signed-in' }))(request('r'))).resolves.toBeNull();
  });

  it.each([
    [403, { error: 'not-allowed' }, 'does not let this account join this room'],
    [400, { error: 'invalid-room' }, 'does not know this room name'],
    [500, { error: 'internal-error' }, 'HTTP 500'],
    [200, { token: '' }, 'without a token'],
    [200, { token: 42 }, 'without a token'],
    [200, null, 'without a token'],
  ])('rejects %i %o with a message that says why', async (status, body, message) => {
    await expect(createPortalTokenProvider('/t', fakeFetch(status, body))(request('r'))).rejects.toThrow(message);
  });
});
