/**
 * Tokenized meeting links, `https://host[/tenant]/<room>#jwt="…"`. The token goes in the fragment,
 * which the browser never sends to a server (no access log, no proxy, no Referer holds it). Jitsi
 * Meet reads `jwt` from the hash first, JSON-parsed, and only then from the query
 * (jitsi/jitsi-meet react/features/base/jwt/functions.ts `parseJWTFromURLParams`, commit 10f7c81e;
 * react/features/base/util/parseURLParams.ts, commit 1c8216eb), hence the quotes.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a deployment's base address: https, or http on this machine only (a local simulator).
 * Returns the normalised base without a trailing slash, or null when it is not acceptable.
 */
export function checkBaseUrl(base: string): string | null {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure || url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The meeting link for a room (as people see it), carrying the token. `tenant` is the first path
 * segment of multi-tenant deployments and JaaS (the app id).
 */
export function buildMeetingLink(base: string, room: string, token: string, tenant?: string): string {
  const checked = checkBaseUrl(base);
  if (!checked) throw new TypeError('The meeting address must be https:// (or http:// on localhost), without user, query or fragment.');
  const path = `${tenant ? `${encodeURIComponent(tenant)}/` : ''}${encodeURIComponent(room)}`;
  return `${checked}/${path}#jwt=${encodeURIComponent(JSON.stringify(token))}`;
}
