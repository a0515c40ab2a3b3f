/**
 * `createTokenHandler`: the token endpoint (endpoint.ts `tokenReplies`) for servers built on the
 * Fetch API — a Next.js route handler (`export const GET = handler`), Hono, Bun, Deno, workers —
 * where there is no Node `req` or `res`: it takes a `Request` and answers a `Response`.
 */
import { tokenReplies, type TokenServiceOptions } from './endpoint.js';
import { BASE_HEADERS } from './http.js';

/** `createTokenHandler`'s options: `authenticate` is given the Fetch API's `Request`. */
export type TokenHandlerOptions = TokenServiceOptions<Request>;

/** Creates the handler; the same replies, statuses and headers as `createTokenEndpoint`'s. */
export function createTokenHandler(options: TokenHandlerOptions): (request: Request) => Promise<Response> {
  const replies = tokenReplies(options);
  return async (request) => {
    const url = new URL(request.url);
    const { status, body, headers } = await replies({
      method: request.method,
      url: `${url.pathname}${url.search}`,
      origin: request.headers.get('origin') ?? undefined,
      // The address the request was sent to: what a same-origin page's Origin names.
      host: request.headers.get('host') ?? url.host,
      raw: request,
    });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
  };
}
