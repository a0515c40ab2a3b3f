/**
 * `createTokenHandler`, the Fetch API handler (Next.js route handlers, Hono, Bun, Deno): the same
 * behaviour as the Node handler (endpoint-suite.ts), each request turned into a Fetch `Request`
 * as those servers make it, and the `Response` written back as it is.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTokenHandler } from '../../../server/mint/index.js';
import { endpointSuite } from './endpoint-suite.js';

/** Node's request as a Fetch `Request` (absolute URL, every header); the reply written back untouched. */
function viaFetch(handle: (request: Request) => Promise<Response>) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, { method: req.method, headers });
    void handle(request).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  };
}

endpointSuite((options) => viaFetch(createTokenHandler(options)));
