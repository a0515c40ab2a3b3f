/**
 * Builds the sign-in address with a way back to this meeting. Two styles are common:
 * a site's own login page (`/login?returnTo=…`) and an OpenID Connect endpoint whose
 * redirect parameter has another name — write that one with a `{returnTo}` placeholder.
 */

/** What the sign-in address is built from. */
export interface LoginTarget {
  /** The page to come back to: this page, without any token in it. */
  returnTo: string;
  /** The room, for sites that route logins per room. */
  room: string;
}

/** Query parameter appended when the URL has no `{returnTo}` placeholder. */
export const RETURN_TO_PARAM = 'returnTo';

/**
 * Fills `{returnTo}` and `{room}` (URL-encoded, each replaced once in a single pass so an
 * inserted value is never scanned again), or appends `returnTo=` when there is no placeholder.
 * The result must still pass `checkRedirect`.
 */
export function buildLoginUrl(loginUrl: string, target: LoginTarget): string {
  const values: Record<string, string> = { returnTo: target.returnTo, room: target.room };
  if (loginUrl.includes('{returnTo}')) {
    return loginUrl.replace(/\{(returnTo|room)\}/g, (_match, key: string) => encodeURIComponent(values[key] ?? ''));
  }
  const filled = loginUrl.replace(/\{room\}/g, encodeURIComponent(target.room));
  const hashAt = filled.indexOf('#');
  const base = hashAt >= 0 ? filled.slice(0, hashAt) : filled;
  const hash = hashAt >= 0 ? filled.slice(hashAt) : '';
  const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${separator}${RETURN_TO_PARAM}=${encodeURIComponent(target.returnTo)}${hash}`;
}
