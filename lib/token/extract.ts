/**
 * Finds the compact JWT in what a person pasted: a bare token, `Bearer <token>`, or a
 * tokenized meeting link (`https://host/room?jwt=…`, `#jwt="…"` as the IFrame API writes it).
 */

/** Tokens above this many characters are refused without decoding (Prosody's own limits are lower). */
export const MAX_TOKEN_LENGTH = 16 * 1024;

/** A link may carry config and other parameters besides the token. */
export const MAX_INPUT_LENGTH = 4 * MAX_TOKEN_LENGTH;

/**
 * The token inside `input` and whether Jitsi skipped an unquoted `#jwt=` to find it (so there is
 * none). A link is read as Jitsi's web app reads its own address (jitsi/jitsi-meet, commit
 * 1c8216e: react/features/base/jwt/functions.ts `parseJWTFromURLParams`, base/util/
 * parseURLParams.ts; since May 2024, pull requests 14749 and 14760): the hash's `jwt` decoded
 * and parsed as JSON (`#jwt="…"`; curly quotes, as a mail program writes them, made straight),
 * else the query's `jwt` as written; of several, the last, each up to its next `=`. An unquoted
 * `#jwt=eyJ…` is no JSON, and Jitsi skips it. (Releases before May 2024 read the query only.)
 * A host page's own link is read by lib/sources/link.ts, which accepts both forms. Input without
 * a `jwt` parameter is returned trimmed, as the token itself.
 */
export function findToken(input: string): [token: string, unquotedSkipped: boolean] {
  const text = input.trim();
  if (/^bearer\s+/i.test(text)) return [text.replace(/^bearer\s+/i, ''), false];
  if (!/jwt=/.test(text)) return [text, false];
  // Jitsi reads window.location: the address as the URL parser writes it (`"` becomes %22).
  const url = URL.canParse(text) ? new URL(text) : null;
  const [beforeHash = '', hash = ''] = url ? [url.search, url.hash.slice(1)] : text.split(/#(.*)/s);
  let fromHash: unknown;
  let skipped = false;
  for (const value of jwtValues(hash)) {
    try {
      const decoded = decodeURIComponent(String(value))
        .replace(/\\&/, '&')
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201C\u201D]/g, '"');
      fromHash = decoded === 'undefined' ? undefined : JSON.parse(decoded);
    } catch {
      skipped = true;
    }
  }
  if (fromHash) return [typeof fromHash === 'string' ? fromHash : JSON.stringify(fromHash), false];
  const found = jwtValues(beforeHash.slice(beforeHash.indexOf('?') + 1)).at(-1) ?? '';
  return [found, skipped && !found];
}

/** Returns the token inside `input` (see `findToken`). */
export const extractToken = (input: string): string => findToken(input)[0];

/** The values of the `jwt` parameters of `a=1&jwt=x`, as Jitsi splits them (`undefined` for a bare `jwt`). */
function jwtValues(params: string): (string | undefined)[] {
  return params
    .split('&')
    .map((part) => part.split('='))
    .filter(([key]) => key === 'jwt')
    .map((pair) => pair[1]);
}

/** The meeting host and room of a tokenized link, so a pasted link also tells where it leads. */
export function linkTarget(input: string): { domain: string; room: string } | null {
  const text = input.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    const room = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
    return room ? { domain: url.hostname, room } : null;
  } catch {
    return null;
  }
}

/**
 * The token without its signature, for display and logs: the claims stay readable but the
 * result can no longer be replayed against the server.
 */
export function redactToken(token: string): string {
  // Cut at the second dot, not the last: in `h.p.sig.` (a token ending a sentence) the last dot keeps the signature.
  const second = token.indexOf('.', token.indexOf('.') + 1);
  const cut = second < 0 ? token.lastIndexOf('.') : second;
  return cut < 0 ? '[redacted]' : `${token.slice(0, cut)}.[signature redacted]`;
}
