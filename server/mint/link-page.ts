/**
 * Headers for a host page that accepts link tokens (`?jwt=` / `#jwt=`). The component takes the
 * token out of the address as soon as it runs, but the browser fetches the page's scripts and
 * images before that (its preload scanner reads ahead of any script), each with the page's full
 * address as Referer. Only the response that serves the page can stop that: send these headers.
 */

/** `Referrer-Policy: no-referrer` (no request from the page names its address) and `Cache-Control: no-store`. */
export const LINK_TOKEN_PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
});
