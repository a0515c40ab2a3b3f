/** `GET /login` shows the form; `POST /login` checks the password and starts a new session. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkSignIn, personOf } from '../accounts.js';
import { sessionCookie } from '../cookies.js';
import { secureCookies, sendPortalPage, signedIn, viewOf, type PortalContext } from '../context.js';
import { html } from '../html.js';
import { isSameOriginPost, readForm, redirect } from '../http.js';
import { messagePage } from '../pages/messages.js';
import { signInPage } from '../pages/sign-in.js';
import { findRoom } from '../rooms.js';
import { safeReturnTo } from '../return-to.js';
import { SessionsFullError } from '../sessions.js';
import { signInKeys } from '../sign-in-limit.js';

/** The room title when `returnTo` is a room page, for "Sign in to join …". */
function roomTitleOf(context: PortalContext, returnTo: string): string | null {
  const match = /^\/rooms\/([^/?#]+)/.exec(returnTo);
  if (!match?.[1]) return null;
  try {
    return findRoom(context.rooms, decodeURIComponent(match[1]))?.title ?? null;
  } catch {
    return null;
  }
}

/** What the sign-in page says this time. */
export interface SignInOptions {
  status: number;
  returnTo: string;
  error?: string;
  username?: string;
  signedOut?: boolean;
  headers?: Record<string, string | string[]>;
}

/** Sends the sign-in page: the password form and demo accounts, or the button to the OpenID provider. */
export function showSignIn(context: PortalContext, req: IncomingMessage, res: ServerResponse, options: SignInOptions): void {
  const current = signedIn(context, req);
  const method = context.oidc
    ? { kind: 'oidc' as const, provider: new URL(context.oidc.settings.issuer).host, startUrl: `/login/start?returnTo=${encodeURIComponent(options.returnTo)}` }
    : { kind: 'password' as const, accounts: context.accounts };
  sendPortalPage(
    context,
    res,
    options.status,
    signInPage({
      method,
      returnTo: options.returnTo,
      roomTitle: roomTitleOf(context, options.returnTo),
      error: options.error ?? null,
      username: options.username ?? '',
      signedOut: options.signedOut ?? false,
      current: current ? viewOf(current) : null,
      deploymentNote: html`${context.meeting.description}`,
    }),
    options.headers ? { headers: options.headers } : {},
  );
}

/** GET /login?returnTo=… */
export function getSignIn(context: PortalContext, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'), context.origin);
  showSignIn(context, req, res, { status: 200, returnTo, signedOut: url.searchParams.has('signedOut') });
}

/** POST /login: only from the portal's own form; a wrong password says so without saying which part. */
export async function postSignIn(context: PortalContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (context.oidc) {
    sendPortalPage(context, res, 405, messagePage({ title: 'Sign in elsewhere', message: 'This portal signs people in at its OpenID provider.' }));
    return;
  }
  if (!isSameOriginPost(req, context.origin)) {
    sendPortalPage(context, res, 403, messagePage({ title: 'Refused', message: 'This form can only be sent from the portal’s own sign-in page.' }));
    return;
  }
  const form = await readForm(req);
  if (!form) {
    sendPortalPage(context, res, 400, messagePage({ title: 'Bad request', message: 'The sign-in form could not be read.' }));
    return;
  }
  const returnTo = safeReturnTo(form.get('returnTo'), context.origin);
  const limited = context.signInLimiter?.take(signInKeys(req, form.get('username')));
  if (limited && !limited.ok) {
    showSignIn(context, req, res, {
      status: 429,
      returnTo,
      error: `Too many sign-in attempts; try again in ${limited.retryAfterSeconds} seconds.`,
      headers: { 'Retry-After': String(limited.retryAfterSeconds) },
    });
    return;
  }
  const account = checkSignIn(context.accounts, form.get('username'), form.get('password'));
  if (!account) {
    showSignIn(context, req, res, { status: 401, returnTo, error: 'Wrong user name or password.', username: (form.get('username') ?? '').slice(0, 64) });
    return;
  }
  // A fresh id at every sign-in; the previous session of this browser ends.
  const previous = signedIn(context, req);
  if (previous) context.sessions.destroy(previous.session.id);
  let session;
  try {
    session = context.sessions.create(personOf(account));
  } catch (error) {
    if (!(error instanceof SessionsFullError)) throw error;
    showSignIn(context, req, res, { status: 503, returnTo, error: error.message, headers: { 'Retry-After': '60' } });
    return;
  }
  redirect(res, returnTo, { 'Set-Cookie': sessionCookie(session.id, { secure: secureCookies(context), maxAgeSeconds: context.sessionSeconds }) });
}
