/**
 * The page link as a source: `?jwt=` or `#jwt=` (also Jitsi's JSON-quoted `#jwt="…"`) in the
 * host page's address. The token is read once and at once removed from the address bar and the
 * history entry with `history.replaceState`, so it does not stay in history, bookmarks or
 * screenshots, and later requests from the page no longer carry it as Referer.
 */
import { splitLinkTokens } from '../token/link-params.js';
import { MAX_TOKEN_LENGTH } from './token-shape.js';
import type { TokenSource } from './types.js';

/** The parts of `window.location` and `window.history` this needs. */
export interface LinkEnvironment {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'state' | 'replaceState'>;
}

/**
 * Takes the token out of the address: returns it (hash first, as Jitsi does) and rewrites the
 * current history entry without any `jwt` parameter. Returns null when there is none; an
 * oversized value is removed but not returned.
 */
export function takeTokenFromLink(env: LinkEnvironment): string | null {
  const href = env.location.href;
  const found = splitLinkTokens(href);
  const values = [...found.hash, ...found.query];
  if (values.length === 0) return null;
  try {
    env.history.replaceState(env.history.state, '', found.cleaned);
  } catch {
    // A sandboxed or opaque-origin page may refuse; the token is still used once, never stored.
  }
  const token = values.find((value) => value.trim() !== '')?.trim() ?? null;
  return token !== null && token.length <= MAX_TOKEN_LENGTH ? token : null;
}

/** The link source: reads the address when created, then answers with that token until forgotten. */
export function createLinkSource(env: LinkEnvironment): TokenSource {
  let token = takeTokenFromLink(env);
  return {
    kind: 'link',
    request: async () => token,
    forget() {
      token = null;
    },
  };
}
