/**
 * The provider's HTML: sign-in form, logout confirmation, signed-out and error pages. Plain
 * markup with every dynamic value escaped, no script, no remote font: the pages work offline
 * and under a strict CSP.
 */

/** Escapes text for HTML element and attribute content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE =
  'body{font:16px system-ui,sans-serif;margin:0;background:#f3f5f8;color:#1d2430}' +
  'main{max-width:22rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 2px 8px #0002}' +
  'label{display:block;margin:.75rem 0 .25rem}input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit}' +
  'button{margin-top:1rem;width:100%;padding:.6rem;font:inherit;background:#1a5fb4;color:#fff;border:0;border-radius:4px}' +
  '.error{color:#a51d2d}.note{color:#5e6672;font-size:.85rem}';

/** A complete page around `body`. */
function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>`
  );
}

/** The sign-in form of an interaction (Keycloak's "Sign in to your account"). */
export function loginPage(options: { action: string; realm: string; clientId: string; username?: string; error?: string }): string {
  return page(
    `Sign in to ${options.realm}`,
    `<h1>Sign in to your account</h1>` +
      `<p class="note">${escapeHtml(options.realm)} · for ${escapeHtml(options.clientId)} · MeetGate test provider</p>` +
      (options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : '') +
      `<form method="post" action="${escapeHtml(options.action)}" autocomplete="off">` +
      `<label for="username">Username</label><input id="username" name="username" required autofocus value="${escapeHtml(options.username ?? '')}">` +
      `<label for="password">Password</label><input id="password" name="password" type="password" required>` +
      `<button type="submit" id="kc-login">Sign In</button></form>`,
  );
}

/** "Do you want to log out?", with oidc-provider's hidden form (it carries the xsrf token). */
export function logoutPage(form: string, host: string): string {
  return page(
    'Logging out',
    `<h1>Do you want to log out?</h1><p class="note">${escapeHtml(host)}</p>${form}` +
      `<button type="submit" form="op.logoutForm" name="logout" value="yes" id="kc-logout">Logout</button>`,
  );
}

/** Shown after logout when no post-logout redirect was asked for. */
export function loggedOutPage(): string {
  return page('Signed out', '<h1>You are logged out</h1>');
}

/** Shown for a refused request (unknown client, bad redirect URI…), with the reason. */
export function errorPage(error: { error?: string; error_description?: string }): string {
  const reason = `${error.error ?? 'error'}${error.error_description ? `: ${error.error_description}` : ''}`;
  return page('Sign-in error', `<h1>We are sorry…</h1><p class="error" role="alert">${escapeHtml(reason)}</p>`);
}
