/**
 * Redirect validation: a target is followed only when it is http(s), carries no credentials,
 * and its origin is the page's own or in the allow list. Everything else is refused with a
 * reason the screen can show — never `javascript:`, `data:` or a look-alike host.
 */

/** Why a redirect was refused. */
export type RedirectRefusal = 'invalid-url' | 'scheme' | 'credentials' | 'origin';

/** The outcome of `checkRedirect`. `shown` is safe to display: an origin or a scheme, never the full URL. */
export type RedirectCheck = { ok: true; url: string; origin: string } | { ok: false; refusal: RedirectRefusal; shown: string };

/** Where the check happens. */
export interface RedirectPolicy {
  /** Exact origins, as returned by `parseOriginList`. */
  allowedOrigins: ReadonlySet<string>;
  /** The current page's address; relative targets resolve against it and its origin is always allowed. */
  pageUrl: string;
}

/** Controls and spaces have no place in a redirect; the URL parser would silently drop some of them. */
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f]/;

/** Shortens what is shown of an unparseable target so a screen never echoes a long secret. */
function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Decides whether `target` may be followed under `policy`. Never throws. */
export function checkRedirect(target: unknown, policy: RedirectPolicy): RedirectCheck {
  if (typeof target !== 'string' || target.trim() === '' || UNSAFE_CHARACTERS.test(target.trim())) {
    return { ok: false, refusal: 'invalid-url', shown: typeof target === 'string' ? preview(target.trim()) : '' };
  }
  let url: URL;
  try {
    url = new URL(target.trim(), policy.pageUrl);
  } catch {
    return { ok: false, refusal: 'invalid-url', shown: preview(target.trim()) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, refusal: 'scheme', shown: url.protocol };
  if (url.username || url.password) return { ok: false, refusal: 'credentials', shown: url.origin };
  let pageOrigin: string | null = null;
  try {
    pageOrigin = new URL(policy.pageUrl).origin;
  } catch {
    // Without a readable page address only the allow list counts.
  }
  if (url.origin !== pageOrigin && !policy.allowedOrigins.has(url.origin)) return { ok: false, refusal: 'origin', shown: url.origin };
  return { ok: true, url: url.href, origin: url.origin };
}
