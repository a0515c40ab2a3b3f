/** Calls a token endpoint handler in-process, without a socket: for property tests that run it hundreds of times. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The status and JSON body of one reply. */
export interface EndpointReply {
  status: number;
  body: Record<string, unknown>;
}

/** Calls the endpoint handler in-process with a plain request and a recording response. */
export function callEndpoint(handler: (req: IncomingMessage, res: ServerResponse) => void, query: string): Promise<EndpointReply> {
  return new Promise((resolve) => {
    const req = { url: `/api/meeting-token?${query}`, method: 'GET', headers: { host: 'portal.example.org' } } as unknown as IncomingMessage;
    let status = 0;
    const res = {
      headersSent: false,
      writeHead(code: number) {
        status = code;
        return this;
      },
      end(text: string) {
        resolve({ status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
      },
    } as unknown as ServerResponse;
    handler(req, res);
  });
}
