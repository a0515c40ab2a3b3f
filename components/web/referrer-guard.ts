/**
 * A page opened with a link token (`?jwt=`) sends its whole address, token included, as Referer
 * with every request it makes until the component takes the token out of the address. The
 * one-script-tag component therefore sets the page's referrer policy to `no-referrer` the moment
 * it loads, if the address holds a token: everything requested afterwards (scripts added later,
 * images, fetches, frames) carries no Referer. What the browser fetched earlier (its preload
 * scanner reads ahead of any script) and the navigation-timing entry only the response serving
 * the page can protect: `LINK_TOKEN_PAGE_HEADERS` from meetgate/server (README, "Security").
 */
import { splitLinkTokens } from '../../lib/token/link-params.js';

/** Adds `<meta name="referrer" content="no-referrer">` to `doc` when `href` carries a link token. Returns whether it did. */
export function guardLinkTokenReferrer(doc: Document, href: string): boolean {
  const found = splitLinkTokens(href);
  if (found.query.length + found.hash.length === 0) return false;
  const meta = doc.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  // Appended: of several referrer metas the last one read wins, and this is the newest.
  (doc.head ?? doc.documentElement).append(meta);
  return true;
}
