/**
 * The portal's request handler: refuses foreign `Host` headers (DNS rebinding), sends
 * `localhost` visitors to the one canonical origin, and dispatches to the routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { splitLinkTokens } from '../../../lib/token/link-params.js';
import { sendPortalPage, signedIn, viewOf, type PortalContext } from './context.js';
import { redirect, sendAsset } from './http.js';
import { CALLBACK_PATH, getOidcCallback, getOidcStart } from './oidc/index.js';
import { messagePage, PORTAL_CSS } from './pages/index.js';
import { getRoom, getRooms, getSignIn, getSignOut, postSignIn, postSignOut } from './routes/index.js';
import { TOKEN_PATH } from './token-route.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Decodes `/rooms/<name>`; null for anything else (or a malformed escape). */
function roomNameOf(pathname: string): string | null {
  const match = /^\/rooms\/([^/]+)$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

async function route(context: PortalContext, tokenRoute: Handler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const canonical = new URL(context.origin);
  const host = (req.headers.host ?? '').toLowerCase();
  if (host !== canonical.host) {
    // `localhost:<port>` is this portal under another name: same cookies only on one name, so move there.
    if (host === `localhost:${canonical.port}` && req.method === 'GET') return redirect(res, `${context.origin}${req.url ?? '/'}`);
    res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request: open the portal at its printed address.');
    return;
  }
  const url = new URL(req.url ?? '/', context.origin);
  const { pathname } = url;
  const method = req.method ?? 'GET';

  if (pathname === TOKEN_PATH) return tokenRoute(req, res);
  if (method === 'POST' && pathname === '/login') return postSignIn(context, req, res);
  if (method === 'POST' && pathname === '/logout') return postSignOut(context, req, res);
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  // The portal takes no link tokens. One in the query is dropped before any page loads, so no
  // script, image or navigation-timing entry of a portal page ever holds it.
  const linkTokens = splitLinkTokens(req.url ?? '/');
  if (linkTokens.query.length > 0) return redirect(res, linkTokens.cleaned || '/', { 'Referrer-Policy': 'no-referrer' });
  if (pathname === '/') return redirect(res, signedIn(context, req) ? '/rooms' : '/login');
  if (pathname === '/login') return getSignIn(context, req, res, url);
  if (pathname === '/login/start') return getOidcStart(context, req, res, url);
  if (pathname === CALLBACK_PATH) return getOidcCallback(context, req, res, url);
  if (pathname === '/logout') return getSignOut(context, req, res);
  if (pathname === '/rooms') return getRooms(context, req, res, url);
  const roomName = roomNameOf(pathname);
  if (roomName !== null) return getRoom(context, req, res, url, roomName);
  if (pathname === '/assets/portal.css') return sendAsset(res, 'text/css; charset=utf-8', PORTAL_CSS);
  if (pathname === '/assets/room.js') return sendAsset(res, 'text/javascript; charset=utf-8', context.assets.roomScript);
  if (pathname === '/assets/sign-in.js') return sendAsset(res, 'text/javascript; charset=utf-8', context.assets.signInScript);
  if (pathname === '/favicon.ico') {
    res.writeHead(204, { 'Cache-Control': 'max-age=86400' }).end();
    return;
  }
  const user = signedIn(context, req);
  sendPortalPage(context, res, 404, messagePage({ title: 'Not found', message: 'There is no page at this address.', user: user ? viewOf(user) : null }));
}

/** Creates the handler; `tokenRoute` serves `/api/meeting-token`. */
export function createPortalHandler(context: PortalContext, tokenRoute: Handler): Handler {
  return (req, res) => {
    route(context, tokenRoute, req, res).catch((error: unknown) => {
      // Only the kind of failure: a message could carry request data.
      console.error(`[portal] request failed (${error instanceof Error ? error.name : typeof error})`);
      if (!res.headersSent)
        sendPortalPage(context, res, 500, messagePage({ title: 'Something went wrong', message: 'The portal could not answer. Try again.' }));
      else res.end();
    });
  };
}
