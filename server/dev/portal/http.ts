/**
 * HTTP helpers for the portal: pages with security headers, redirects, small form bodies, and
 * the same-origin test every state-changing request must pass.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Content-Security-Policy sources a page needs beyond the portal itself. */
export interface PageSources {
  /** Origins the page may frame (the Jitsi deployment). */
  frames?: readonly string[];
  /** Origins the page may fetch (the simulator certificate check). */
  connect?: readonly string[];
  /** Origins the page may load scripts from (a real deployment's external_api.js). */
  scripts?: readonly string[];
  /** Origins a form's redirect may lead to (the OpenID provider's logout after sign-out). */
  forms?: readonly string[];
}

/** Both lists of sources together. */
export function mergeSources(a: PageSources, b: PageSources = {}): PageSources {
  const join = (x?: readonly string[], y?: readonly string[]): string[] => [...new Set([...(x ?? []), ...(y ?? [])])];
  return { frames: join(a.frames, b.frames), connect: join(a.connect, b.connect), scripts: join(a.scripts, b.scripts), forms: join(a.forms, b.forms) };
}

/** The policy: same-origin everything, nothing inline but styles React sets, never framed. */
export function contentSecurityPolicy(sources: PageSources = {}): string {
  const list = (extra: readonly string[] | undefined): string => ["'self'", ...(extra ?? [])].join(' ');
  return [
    "default-src 'none'",
    `script-src ${list(sources.scripts)}`,
    // The meeting component may set style attributes; scripts stay strictly same-origin.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    `connect-src ${list(sources.connect)}`,
    `frame-src ${sources.frames?.length ? sources.frames.join(' ') : "'none'"}`,
    `form-action ${list(sources.forms)}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every page: not cached (pages show who is signed in), not framed, not sniffed. */
function pageHeaders(sources: PageSources | undefined): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': contentSecurityPolicy(sources),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // The meeting iframe learns the portal's origin, never its paths.
    'Referrer-Policy': 'strict-origin',
  };
}

/** Sends an HTML page. */
export function sendPage(
  res: ServerResponse,
  status: number,
  body: string,
  options: { sources?: PageSources; headers?: Record<string, string | string[]> } = {},
): void {
  res.writeHead(status, { ...pageHeaders(options.sources), ...options.headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** Sends a `303 See Other` to a portal path (after a form, the browser then GETs it). */
export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': '0', ...headers });
  res.end();
}

/** Sends a static asset. */
export function sendAsset(res: ServerResponse, type: string, body: string | Buffer): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/** Forms here are tiny; anything bigger is refused rather than buffered. */
export const MAX_FORM_BYTES = 8 * 1024;

/** Reads an `application/x-www-form-urlencoded` body; null when it is another type or too large. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Whether a POST comes from the portal's own pages. Browsers send `Origin` with every POST;
 * a missing or foreign one is refused, so another site's form cannot sign people in or out.
 */
export function isSameOriginPost(req: IncomingMessage, portalOrigin: string): boolean {
  return req.headers.origin === portalOrigin;
}

/** Sends JSON that is never cached (it may hold a token) and never sniffed. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
