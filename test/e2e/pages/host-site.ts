/**
 * A loopback web site for e2e host pages: a plain HTTP server on 127.0.0.1 (an origin other than
 * the simulator's) that serves whatever pages a test registers, files it is given, and dynamic
 * routes (a site's token endpoint).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A registered response. */
export interface SiteFile {
  body: string | Buffer;
  contentType: string;
}

/** A dynamic route: answers one request (e.g. a token endpoint backed by the test). */
export type SiteHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** The running site. */
export interface HostSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Serves `html` at a fresh path and returns its URL. */
  serve(html: string): string;
  /** Serves a file at `path` (e.g. a bundle) and returns its URL. */
  put(path: string, file: SiteFile): string;
  /** Answers requests for `path` (any query) with `handler` and returns its URL; `null` removes it. */
  handle(path: string, handler: SiteHandler | null): string;
  stop(): Promise<void>;
}

/** Starts the site; it stops itself after `lifetimeMs` at the latest. */
export async function startHostSite(lifetimeMs = 15 * 60_000): Promise<HostSite> {
  const files = new Map<string, SiteFile>();
  const handlers = new Map<string, SiteHandler>();
  let counter = 0;
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host.invalid');
    const handler = handlers.get(pathname);
    if (handler) {
      handler(request, response);
      return;
    }
    const file = files.get(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  const put = (path: string, file: SiteFile): string => {
    files.set(path, file);
    return `${origin}${path}`;
  };
  return {
    origin,
    put,
    handle(path, handler) {
      if (handler) handlers.set(path, handler);
      else handlers.delete(path);
      return `${origin}${path}`;
    },
    serve: (html) => put(`/page-${++counter}.html`, { body: html, contentType: 'text/html; charset=utf-8' }),
    stop: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
