/** Small HTTP helpers for the token endpoint: JSON replies that are never cached, and origins. */
import type { ServerResponse } from 'node:http';
import { parseOrigin } from '../../lib/redirect/origins.js';

/** Headers on every reply: tokens must not be cached, sniffed or leaked through a Referer. */
export const BASE_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  Vary: 'Origin',
} as const;

/** Sends `body` as JSON with `status` and any extra headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...BASE_HEADERS, ...headers, 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/**
 * Normalises the configured origins (`https://portal.example.com`) with the component's own rules
 * (`parseOrigin`). `*`, `https://*.example.com` and `null` are refused at start-up: the endpoint
 * answers with credentials and compares origins exactly, so a wildcard would either let any site
 * mint tokens for a signed-in visitor or, worse, be accepted and silently never match.
 */
export function parseAllowedOrigins(origins: readonly string[] = []): ReadonlySet<string> {
  const allowed = new Set<string>();
  for (const origin of origins) {
    try {
      allowed.add(parseOrigin(origin, 'allowedOrigins'));
    } catch (error) {
      throw new TypeError(
        error instanceof Error ? error.message : `allowedOrigins: ${JSON.stringify(origin)} is not an origin such as https://portal.example.com`,
      );
    }
  }
  return allowed;
}

/** How a request's `Origin` header relates to the endpoint. */
export type OriginVerdict = 'none' | 'same' | 'listed' | 'refused';

/**
 * Browsers send `Origin` on cross-origin requests (and some same-origin ones). No header means
 * a same-origin GET or a non-browser client; a listed origin gets CORS headers; anything else is
 * refused, so another site cannot mint tokens with the visitor's cookies.
 */
export function judgeOrigin(
  origin: string | undefined,
  requestHost: string | undefined,
  allowed: ReadonlySet<string>,
): { verdict: OriginVerdict; origin: string | null } {
  if (origin === undefined) return { verdict: 'none', origin: null };
  if (allowed.has(origin)) return { verdict: 'listed', origin };
  let host: string | null = null;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    host = null;
  }
  const same = host !== null && host === (requestHost ?? '').toLowerCase();
  return { verdict: same ? 'same' : 'refused', origin };
}

/** CORS headers for a listed origin; credentials, since sign-in is usually a cookie. */
export function corsHeaders(origin: string, preflight: boolean): Record<string, string> {
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' };
  if (preflight) {
    headers['Access-Control-Allow-Methods'] = 'GET';
    headers['Access-Control-Allow-Headers'] = 'Authorization';
    headers['Access-Control-Max-Age'] = '600';
  }
  return headers;
}
