/**
 * The session cookie: HttpOnly (page scripts never see it), SameSite=Lax (other sites' pages
 * cannot send it with their forms, images or fetches), Path=/, and Secure whenever the portal
 * is served over https. Over plain http on 127.0.0.1 a Secure cookie would not be stored.
 */
import type { IncomingMessage } from 'node:http';

/** The cookie's name. */
export const SESSION_COOKIE = 'portal_session';

/** Reads one cookie from the request; the first one wins if a name repeats. */
export function readCookie(req: Pick<IncomingMessage, 'headers'>, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The `Set-Cookie` value that signs a browser in for `maxAgeSeconds`. */
export function sessionCookie(id: string, options: { secure: boolean; maxAgeSeconds: number }): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.floor(options.maxAgeSeconds)}${options.secure ? '; Secure' : ''}`;
}

/** The `Set-Cookie` value that removes the session cookie. */
export function clearedSessionCookie(options: { secure: boolean }): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${options.secure ? '; Secure' : ''}`;
}
