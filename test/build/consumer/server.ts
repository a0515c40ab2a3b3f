// A TypeScript server: meetgate/server with Node's types, type-checked with moduleResolution node16.
import { createServer } from 'node:http';
import { createTokenEndpoint, createTokenHandler, mintMeetingToken, type MintError } from 'meetgate/server';

export const minted: Promise<{ token: string; expiresAt: Date }> = mintMeetingToken({
  appId: 'myapp',
  secret: 'x'.repeat(32),
  domain: 'meet.example.org',
  room: 'standup',
  user: { name: 'Ann' },
  role: 'owner',
});
export const server = createServer(
  createTokenEndpoint({
    appId: 'myapp',
    secret: 'x'.repeat(32),
    domain: 'meet.example.org',
    authenticate: async () => ({ id: 'u1', name: 'Ann', role: 'member' }),
  }),
);
// @ts-expect-error ttl is a duration such as '1h' or a number of seconds, not a boolean
export const wrong = mintMeetingToken({ appId: 'myapp', secret: 'x', domain: 'd', room: 'r', user: {}, ttl: true });
export type Refusal = MintError;
// The same endpoint for a Fetch API server (a Next.js route handler: `export const GET = route`).
export const route: (request: Request) => Promise<Response> = createTokenHandler({
  appId: 'myapp',
  secret: 'x'.repeat(32),
  domain: 'meet.example.org',
  authenticate: async (request) => (request.headers.get('cookie') ? { id: 'u1', name: 'Ann', role: 'member' } : null),
});
// @ts-expect-error authenticate is given the Fetch Request, which has no Node-style `headers.cookie`
createTokenHandler({ appId: 'myapp', secret: 'x'.repeat(32), domain: 'd', authenticate: async (request) => (request.headers.cookie ? null : null) });
