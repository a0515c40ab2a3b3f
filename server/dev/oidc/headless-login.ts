/**
 * `passwordSignIn`: plays the browser through the dev provider's sign-in (follow redirects, keep
 * cookies, post the form) and returns the address the provider finally redirects to, exactly
 * what `launchWebAuthFlow` resolves with. For Node tests and benchmarks; never for real IdPs.
 */

/** Where to start and who signs in. */
export interface PasswordSignInOptions {
  /** The full authorization request URL (with client_id, redirect_uri, PKCE challenge, state…). */
  authorizationUrl: string;
  /** The redirect URI registered for the client; the walk stops when it is reached. */
  redirectUri: string;
  username: string;
  password: string;
  /** Cookies kept from an earlier sign-in (the provider's session), updated in place. */
  cookies?: Map<string, string>;
}

const MAX_STEPS = 12;

/** Keeps `name=value` of each Set-Cookie header. */
function keepCookies(response: Response, jar: Map<string, string>): void {
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(';', 1)[0] ?? '';
    const at = pair.indexOf('=');
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

/** Decodes the numeric entities `escapeHtml` writes. */
function unescapeHtml(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}

/** Signs in with a password; resolves with the redirect URI carrying `code` (or `error`). */
export async function passwordSignIn(options: PasswordSignInOptions): Promise<string> {
  const jar = options.cookies ?? new Map<string, string>();
  const origin = new URL(options.authorizationUrl).origin;
  let url = options.authorizationUrl;
  let body: URLSearchParams | null = null;
  let posted = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (url.startsWith(options.redirectUri)) return url;
    if (new URL(url).origin !== origin) throw new Error(`sign-in left the provider for ${new URL(url).origin}`);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response: Response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body: body.toString() } : {}),
    });
    body = null;
    keepCookies(response, jar);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const html: string = await response.text();
    const autoPost = /<title>Submitting Callback<\/title>/.test(html) ? /<form method="post" action="([^"]+)">/.exec(html)?.[1] : undefined;
    if (response.ok && autoPost) {
      // The provider's self-submitting form (ending the previous account's session): submit it as a browser would.
      url = new URL(unescapeHtml(autoPost), url).href;
      body = new URLSearchParams(
        [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map((m) => [m[1] ?? '', unescapeHtml(m[2] ?? '')]),
      );
      continue;
    }
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (response.ok && action && html.includes('name="username"')) {
      if (posted) throw new Error(`sign-in refused: ${/role="alert">([^<]*)</.exec(html)?.[1] ?? 'the form came back'}`);
      posted = true;
      url = new URL(unescapeHtml(action), url).href;
      body = new URLSearchParams({ username: options.username, password: options.password });
      continue;
    }
    throw new Error(
      `sign-in stopped at HTTP ${response.status}: ${html
        .replace(/<style>[^<]*<\/style>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200)}`,
    );
  }
  throw new Error('sign-in took too many steps');
}
