/**
 * Sign-out. `GET /logout` (the meeting's `logoutUrl`, reached after hang-up) only asks;
 * `POST /logout` with the session's CSRF token, from the portal's own pages, signs out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clearedSessionCookie } from '../cookies.js';
import { secureCookies, sendPortalPage, signedIn, viewOf, type PortalContext } from '../context.js';
import { isSameOriginPost, readForm, redirect } from '../http.js';
import { messagePage, signOutPage } from '../pages/messages.js';
import { isSessionCsrfToken } from '../sessions.js';

/** Where a signed-out person lands. */
export const SIGNED_OUT_PATH = '/login?signedOut=1';

/**
 * Where a signed-out person goes: the sign-in page, or first the OpenID provider's logout (which
 * sends them back there), so that signing in again asks for the password again.
 */
async function afterSignOut(context: PortalContext, idToken: string | null): Promise<string> {
  if (!context.oidc) return SIGNED_OUT_PATH;
  try {
    const url = await context.oidc.client.logoutUrl({ idToken, postLogoutRedirectUri: `${context.origin}${SIGNED_OUT_PATH}` });
    return url ?? SIGNED_OUT_PATH;
  } catch (error) {
    context.oidc.onError?.(error);
    return SIGNED_OUT_PATH;
  }
}

/** GET /logout */
export function getSignOut(context: PortalContext, req: IncomingMessage, res: ServerResponse): void {
  const user = signedIn(context, req);
  if (!user) return redirect(res, SIGNED_OUT_PATH);
  sendPortalPage(context, res, 200, signOutPage(viewOf(user)));
}

/** POST /logout */
export async function postSignOut(context: PortalContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const user = signedIn(context, req);
  const form = await readForm(req);
  if (!isSameOriginPost(req, context.origin) || (user && !isSessionCsrfToken(user.session, form?.get('csrf')))) {
    sendPortalPage(
      context,
      res,
      403,
      messagePage({ title: 'Refused', message: 'Sign-out works only from the portal’s own pages. Nothing was changed.', user: user ? viewOf(user) : null }),
    );
    return;
  }
  if (user) context.sessions.destroy(user.session.id);
  redirect(res, await afterSignOut(context, user?.session.tokens?.idToken ?? null), { 'Set-Cookie': clearedSessionCookie({ secure: secureCookies(context) }) });
}
