/**
 * The sign-in page: the form and the demo accounts with their passwords (it is a demo), or,
 * with an OpenID provider, one button that goes there.
 */
import type { DemoAccount } from '../accounts.js';
import { html, type SafeHtml } from '../html.js';
import { renderPage, type SignedInView } from './layout.js';

/** How people sign in. */
export type SignInMethod =
  | { kind: 'password'; accounts: readonly DemoAccount[] }
  | { kind: 'oidc' /** The provider's host, shown on the button. */; provider: string /** `/login/start?returnTo=…`. */; startUrl: string };

/** What the sign-in page shows. */
export interface SignInView {
  method: SignInMethod;
  /** Already checked by `safeReturnTo`. */
  returnTo: string;
  /** The room title when `returnTo` leads to a room. */
  roomTitle?: string | null;
  error?: string | null;
  username?: string;
  signedOut?: boolean;
  /** Someone is already signed in on this browser: signing in again switches account. */
  current?: SignedInView | null;
  /** One line about where meetings happen (the simulator or a real deployment). */
  deploymentNote: SafeHtml;
}

function accountRows(accounts: readonly DemoAccount[]): SafeHtml[] {
  return accounts.map(
    (account) => html`<tr data-account="${account.username}">
<td><code>${account.username}</code></td><td><code data-testid="password-${account.username}">${account.password}</code></td>
<td>${account.name} <span class="badge ${account.role}">${account.role}</span><br><span class="muted">${account.blurb}</span></td>
<td><button type="button" class="secondary" data-fill="${account.username}" data-password="${account.password}">Use</button></td></tr>`,
  );
}

function passwordForm(view: SignInView): SafeHtml {
  return html`<form method="post" action="/login">
<input type="hidden" name="returnTo" value="${view.returnTo}">
<label for="username">User name</label><input type="text" id="username" name="username" autocomplete="username" required autofocus value="${view.username ?? ''}">
<label for="password">Password</label><input type="password" id="password" name="password" autocomplete="current-password" required>
<p><button type="submit">Sign in</button></p></form>`;
}

function accountsCard(accounts: readonly DemoAccount[], note: SafeHtml): SafeHtml {
  return html`<section class="card" aria-labelledby="accounts-title"><h2 id="accounts-title">Demo accounts</h2>
<p class="muted">Passwords are new each time the portal starts. Use two windows to meet yourself: one normal, one private (each window keeps its own sign-in).</p>
<table class="accounts"><thead><tr><th scope="col">User name</th><th scope="col">Password</th><th scope="col">Who</th><th scope="col"><span class="muted">Fill in</span></th></tr></thead>
<tbody>${accountRows(accounts)}</tbody></table>
<p class="muted">${note}</p></section>`;
}

/** Renders the page. */
export function signInPage(view: SignInView): string {
  const heading = view.roomTitle ? html`Sign in to join “${view.roomTitle}”` : html`Sign in`;
  const status = view.error
    ? html`<p class="error" role="alert">${view.error}</p>`
    : view.signedOut
      ? html`<p class="notice" role="status" data-testid="signed-out">You are signed out.</p>`
      : html``;
  const current = view.current
    ? html`<p class="notice">You are signed in as ${view.current.name} (${view.current.role}). Signing in again switches to another account.</p>`
    : html``;
  const { method } = view;
  const action =
    method.kind === 'password'
      ? passwordForm(view)
      : html`<p><a class="button" href="${method.startUrl}">Sign in with ${method.provider}</a></p><p class="muted">${view.deploymentNote}</p>`;
  const body = html`<div class="sign-in">
<section class="card" aria-labelledby="sign-in-title"><h1 id="sign-in-title">${heading}</h1>${status}${current}${action}</section>
${method.kind === 'password' ? accountsCard(method.accounts, view.deploymentNote) : html``}</div>`;
  return renderPage({ title: 'Sign in', body, scripts: method.kind === 'password' ? ['/assets/sign-in.js'] : [] });
}
