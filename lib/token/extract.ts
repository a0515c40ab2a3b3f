/**
 * Finds the compact JWT in what a person pasted: a bare token, `Bearer <token>`, or a
 * tokenized meeting link (`https://host/room?jwt=…`, `#jwt="…"` as the IFrame API writes it).
 */

import { linkParts, unquote } from './link-params.js';

/** Tokens above this many characters are refused without decoding (Prosody's own limits are lower). */
export const MAX_TOKEN_LENGTH = 16 * 1024;

/** A link may carry config and other parameters besides the token. */
export const MAX_INPUT_LENGTH = 4 * MAX_TOKEN_LENGTH;

/**
 * Returns the token inside `input`. Like Jitsi, the hash wins over the query. Links are read by
 * the same code that strips them from the address bar (`link-params.ts`), so the inspector and
 * the page-link source always agree on what a link carries. Input without a `jwt` parameter is
 * returned trimmed, as the token itself.
 */
export function extractToken(input: string): string {
  const text = input.trim();
  if (/^bearer\s+/i.test(text)) return text.replace(/^bearer\s+/i, '');
  if (!/jwt=/.test(text)) return text;
  // Read without rebuilding the address (the inspector's core does not need it).
  const { hash, query } = linkParts(text);
  const quoted = hash.values[0];
  return quoted !== undefined ? unquote(quoted) : (query.values[0] ?? text);
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
