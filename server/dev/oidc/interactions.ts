/**
 * The sign-in step of the dev provider: shows the form of an interaction and checks the
 * posted user name and password against the configured users.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Provider } from 'oidc-provider';
import { loginPage } from './pages.js';
import type { OidcUser } from './types.js';

const MAX_FORM_BYTES = 8 * 1024;

/** Reads a small urlencoded form body; refuses anything larger than a login form. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Compares passwords in constant time. */
function samePassword(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Sends an HTML page that nobody may frame or cache. */
function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    // No form-action: browsers apply it to the redirects after the post too, and those end at the client's redirect URI.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  res.end(html);
}

/** Handles `GET|POST <mount>/interaction/<uid>`. */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  context: { realm: string; users: ReadonlyMap<string, OidcUser>; action: string },
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const clientId = String(details.params.client_id ?? '');
  if (details.prompt.name !== 'login') {
    // Consent is granted by loadExistingGrant; any other prompt means the flow went astray.
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: `unexpected prompt ${details.prompt.name}` });
    return;
  }
  if (req.method === 'GET') {
    sendHtml(res, 200, loginPage({ action: context.action, realm: context.realm, clientId }));
    return;
  }
  if (req.method !== 'POST') {
    sendHtml(res, 405, loginPage({ action: context.action, realm: context.realm, clientId, error: 'Method not allowed.' }));
    return;
  }
  const form = await readForm(req);
  const username = (form.get('username') ?? '').trim();
  const user = context.users.get(username);
  if (!user || !samePassword(form.get('password') ?? '', user.password)) {
    sendHtml(res, 200, loginPage({ action: context.action, realm: context.realm, clientId, username, error: 'Invalid username or password.' }));
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: user.username } }, { mergeWithLastSubmission: false });
}
