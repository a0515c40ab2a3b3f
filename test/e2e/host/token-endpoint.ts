/**
 * The host site's backend as a spec plays it: a token endpoint (`GET ?room=&reason=` → `{ token }`,
 * 401 when the spec's `mint` says "not signed in") and one-time token hand-overs for the `token`
 * prop. Real HTTP on the host site's origin, so the component's fetches are real requests.
 * Calls are recorded with room and reason only, never the token.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { HostSite } from '../pages/host-site.js';

/** One request the endpoint answered. */
export interface TokenCall {
  room: string;
  reason: string;
  /** `Date.now()` when it came. */
  at: number;
  /** Whether a token was given. */
  answered: boolean;
}

/** Decides what a request gets: a token, or null for "not signed in" (401). */
export type TokenMinter = (request: { room: string; reason: string }) => Promise<string | null>;

/** A running endpoint. */
export interface TokenEndpoint {
  /** Its same-origin path (the host page's `provider`). */
  path: string;
  calls: TokenCall[];
  /** Replaces what the next requests get. */
  answerWith(mint: TokenMinter): void;
  /** Removes the route. */
  close(): void;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

const randomPath = (prefix: string): string => `/${prefix}/${randomBytes(9).toString('base64url')}`;

/** Adds a token endpoint to `site`. */
export function addTokenEndpoint(site: HostSite, mint: TokenMinter): TokenEndpoint {
  const path = randomPath('api/meeting-token');
  const calls: TokenCall[] = [];
  let current = mint;
  site.handle(path, (request, response) => {
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'method-not-allowed' });
    const query = new URL(request.url ?? '/', 'http://site.invalid').searchParams;
    const call = { room: query.get('room') ?? '', reason: query.get('reason') ?? '', at: Date.now(), answered: false };
    calls.push(call);
    current({ room: call.room, reason: call.reason }).then(
      (token) => {
        call.answered = token !== null;
        if (token === null) sendJson(response, 401, { error: 'not-signed-in' });
        else sendJson(response, 200, { token });
      },
      () => sendJson(response, 500, { error: 'internal-error' }),
    );
  });
  return {
    path,
    calls,
    answerWith(next) {
      current = next;
    },
    close: () => void site.handle(path, null),
  };
}

/** Hands `token` over once at a fresh path (the host page's `tokenRef`); a second read gets 410. */
export function handOverToken(site: HostSite, token: string): string {
  const path = randomPath('handoff');
  let taken = false;
  site.handle(path, (_request, response) => {
    if (taken) return sendJson(response, 410, { error: 'gone' });
    taken = true;
    sendJson(response, 200, { token });
  });
  return path;
}
