/**
 * Finds the compact JWT in what a person pasted: a bare token, `Bearer <token>`, or a
 * tokenized meeting link (`https://host/room?jwt=…`, `#jwt="…"` as the IFrame API writes it).
 */

/** Tokens above this many characters are refused without decoding (Prosody's own limits are lower). */
export const MAX_TOKEN_LENGTH = 16 * 1024;

/** A link may carry config and other parameters besides the token. */
export const MAX_INPUT_LENGTH = 4 * MAX_TOKEN_LENGTH;

const PARAM = /(?:^|[?#&])jwt=([^&#\s]*)/;

/** Reads the `jwt` parameter of one URL part, undoing the JSON quoting Jitsi uses in the hash. */
function readParam(part: string): string | null {
  const found = PARAM.exec(part);
  if (!found) return null;
  let value = found[1] ?? '';
  try {
    value = decodeURIComponent(value);
  } catch {
    // A broken escape is left as it is; the decoder then reports the token as malformed.
  }
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return value;
}

/**
 * Returns the token inside `input`. Like Jitsi, the hash wins over the query.
 * Input without a `jwt` parameter is returned trimmed, as the token itself.
 */
export function extractToken(input: string): string {
  const text = input.trim();
  if (/^bearer\s+/i.test(text)) return text.replace(/^bearer\s+/i, '');
  if (!/jwt=/.test(text)) return text;
  const hashAt = text.indexOf('#');
  const hash = hashAt >= 0 ? text.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? text.slice(0, hashAt) : text;
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt >= 0 ? beforeHash.slice(queryAt) : '';
  return readParam(hash) ?? readParam(query) ?? text;
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
  const lastDot = token.lastIndexOf('.');
  return lastDot < 0 ? '[redacted]' : `${token.slice(0, lastDot)}.[signature redacted]`;
}
