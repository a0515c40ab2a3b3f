/**
 * Performs a redirect the reducer asked for, checking the final URL once more (a login URL gets
 * `returnTo` appended just now). Returns the refusal instead of navigating when the check fails.
 */
import { checkRedirect, type RedirectCheck } from '../redirect/check.js';
import { buildLoginUrl } from '../redirect/login-url.js';
import { withoutLinkTokens } from '../token/link-params.js';
import { redirectUrl, type AuthOptions } from './config.js';
import type { RedirectTarget } from './types.js';

/** The page address and the way to leave it. */
export interface PageLocation {
  readonly href: string;
  assign(url: string): void;
}

/** Navigates to `target` when allowed; returns the failed check otherwise (null when nothing was configured). */
export function redirectTo(
  target: RedirectTarget,
  auth: AuthOptions | undefined,
  room: string,
  allowedOrigins: ReadonlySet<string>,
  page: PageLocation | undefined,
): Extract<RedirectCheck, { ok: false }> | null {
  const configured = redirectUrl(auth, target);
  if (!page || configured === undefined) return null;
  const url = target === 'login' ? buildLoginUrl(configured, { returnTo: withoutLinkTokens(page.href), room }) : configured;
  const checked = checkRedirect(url, { allowedOrigins, pageUrl: page.href });
  if (!checked.ok) return checked;
  page.assign(checked.url);
  return null;
}
