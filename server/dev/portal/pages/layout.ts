/** The frame every portal page shares: head, top bar with the signed-in person, main content. */
import { html, type SafeHtml } from '../html.js';

/** The signed-in person as the top bar shows them, with the sign-out form's CSRF token. */
export interface SignedInView {
  name: string;
  role: string;
  csrfToken: string;
}

/** What a page is made of. */
export interface PageParts {
  title: string;
  body: SafeHtml;
  user?: SignedInView | null;
  /** Scripts (same-origin paths) loaded as modules at the end of the body. */
  scripts?: readonly string[];
  /** Extra class on `<main>`. */
  mainClass?: string;
  /** Data for the page's script, written as JSON into `<script type="application/json" id="page-data">`. */
  data?: SafeHtml;
}

/** The sign-out button: a POST form with the session's CSRF token, never a link. */
export function signOutForm(csrfToken: string, label = 'Sign out'): SafeHtml {
  return html`<form method="post" action="/logout"><input type="hidden" name="csrf" value="${csrfToken}"><button type="submit">${label}</button></form>`;
}

/** A complete HTML document. */
export function renderPage(parts: PageParts): string {
  const user = parts.user;
  const who = user
    ? html`<span class="who"><span data-testid="signed-in-as">${user.name}</span><span class="badge ${user.role}">${user.role}</span></span>${signOutForm(user.csrfToken)}`
    : html``;
  const data = parts.data ? html`<script type="application/json" id="page-data">${parts.data}</script>` : html``;
  const scripts = (parts.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>`);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${parts.title} · Intranet meetings</title><link rel="stylesheet" href="/assets/portal.css"></head>
<body><header class="topbar"><a href="/rooms">Intranet · Meetings</a><span class="muted tagline">MeetGate demo portal</span><span class="spacer"></span>${who}</header>
<main class="${parts.mainClass ?? ''}">${parts.body}</main>${data}${scripts}</body></html>`.text;
}
