/**
 * The OpenID routes: `GET /login/start` sends the browser to the provider (binding the flow to it
 * with a cookie), `GET /login/callback` finishes the sign-in and starts a portal session.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OidcError } from '../../../../lib/oidc/index.js';
import { readCookie, sessionCookie } from '../cookies.js';
import { secureCookies, signedIn, type PortalContext } from '../context.js';
import { redirect } from '../http.js';
import { safeReturnTo } from '../return-to.js';
import { SessionsFullError } from '../sessions.js';
import { personFromTokens } from './person.js';
import { showSignIn } from '../routes/index.js';

/** The cookie binding a sign-in to the browser that started it. */
export const FLOW_COOKIE = 'portal_oidc_flow';

/** Where the provider sends people back. */
export const CALLBACK_PATH = '/login/callback';

function flowCookie(value: string, context: PortalContext, maxAgeSeconds: number): string {
  return `${FLOW_COOKIE}=${value}; Path=${CALLBACK_PATH}; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secureCookies(context) ? '; Secure' : ''}`;
}

/** Why a sign-in failed, in words for the sign-in page. */
function failureText(error: unknown): string {
  const kind = error instanceof OidcError ? error.kind : null;
  if (kind === 'cancelled') return 'The sign-in was cancelled or took too long. Try again.';
  if (kind === 'unreachable') return 'The sign-in service could not be reached. Try again in a moment.';
  if (kind === 'provider-error') return 'The sign-in service refused the sign-in.';
  if (error instanceof SessionsFullError) return error.message;
  return 'The sign-in could not be completed. Start it again from this page.';
}

/** GET /login/start?returnTo=… */
export async function getOidcStart(context: PortalContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'), context.origin);
  if (!context.oidc) return redirect(res, '/login');
  try {
    const started = await context.oidc.flows.start(returnTo);
    redirect(res, started.authorizationUrl, { 'Set-Cookie': flowCookie(started.flowId, context, 600) });
  } catch (error) {
    context.oidc.onError?.(error);
    showSignIn(context, req, res, { status: 502, returnTo, error: failureText(error) });
  }
}

/** GET /login/callback?code=…&state=… */
export async function getOidcCallback(context: PortalContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!context.oidc) return redirect(res, '/login');
  const cleared = flowCookie('', context, 0);
  try {
    const { tokens, returnTo } = await context.oidc.flows.finish(url, readCookie(req, FLOW_COOKIE));
    const person = personFromTokens(tokens);
    if (!person) throw new Error("The provider's access token is not a readable JWT.");
    const previous = signedIn(context, req);
    if (previous) context.sessions.destroy(previous.session.id);
    const session = context.sessions.create(person, tokens);
    redirect(res, returnTo, { 'Set-Cookie': [cleared, sessionCookie(session.id, { secure: secureCookies(context), maxAgeSeconds: context.sessionSeconds })] });
  } catch (error) {
    context.oidc.onError?.(error);
    showSignIn(context, req, res, { status: 400, returnTo: '/rooms', error: failureText(error), headers: { 'Set-Cookie': cleared } });
  }
}
