/**
 * `returnTo`: where the sign-in page sends a person afterwards. Only pages of the portal itself
 * are accepted — an absolute address on the portal's origin or a path — so the sign-in page can
 * never be used to bounce someone to another site (an open redirect). Anything else falls back
 * to the room list.
 */
import { checkRedirect } from '../../../lib/redirect/index.js';
import { withoutLinkTokens } from '../../../lib/sources/index.js';

/** Where people go when `returnTo` is missing or refused. */
export const DEFAULT_RETURN_TO = '/rooms';

/** Pages that make no sense to come back to: they would loop or sign out again. */
const NO_RETURN = new Set(['/login', '/logout']);

/**
 * The portal path (path, query and hash) `value` leads to, or `DEFAULT_RETURN_TO` when it is
 * not a page of `portalOrigin`. A token left in the link (`?jwt=`, `#jwt=`) is dropped.
 */
export function safeReturnTo(value: unknown, portalOrigin: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return DEFAULT_RETURN_TO;
  // `//evil.example` and `/\evil.example` are addresses on another host once a browser reads them.
  if (/^[/\\]{2}/.test(value) || /^\/\\/.test(value)) return DEFAULT_RETURN_TO;
  const checked = checkRedirect(value, { allowedOrigins: new Set(), pageUrl: `${portalOrigin}/` });
  if (!checked.ok || checked.origin !== portalOrigin) return DEFAULT_RETURN_TO;
  const url = new URL(withoutLinkTokens(checked.url));
  // `/.//evil.example` normalises to the path `//evil.example`: as a Location that is another host.
  if (url.pathname.startsWith('//') || NO_RETURN.has(url.pathname)) return DEFAULT_RETURN_TO;
  return `${url.pathname}${url.search}${url.hash}`;
}
