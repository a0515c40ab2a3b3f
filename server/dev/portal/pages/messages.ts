/** Small pages: the sign-out confirmation, and plain error pages. */
import { html } from '../html.js';
import { renderPage, signOutForm, type SignedInView } from './layout.js';

/**
 * `GET /logout`, where the meeting sends people after hang-up: it asks before signing out,
 * because a GET that signed out could be triggered by any other site (an image, a link).
 */
export function signOutPage(user: SignedInView): string {
  const body = html`<section class="card"><h1>Sign out of the portal?</h1>
<p>You left the meeting. You are still signed in as ${user.name}.</p>
<div class="room-head">${signOutForm(user.csrfToken, 'Sign out')}<a class="button secondary" href="/rooms">Back to the rooms</a></div></section>`;
  return renderPage({ title: 'Sign out', body, user });
}

/** A plain page for refusals and unknown addresses. */
export function messagePage(options: { title: string; message: string; user?: SignedInView | null }): string {
  const body = html`<section class="card"><h1>${options.title}</h1><p>${options.message}</p><p><a href="/rooms">Back to the rooms</a></p></section>`;
  return renderPage({ title: options.title, body, user: options.user ?? null });
}
