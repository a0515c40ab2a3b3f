// The site's token endpoint as a Next.js route handler: meetgate/server's Fetch API handler.
import { createTokenHandler } from 'meetgate/server';

const handler = createTokenHandler({
  appId: 'myapp',
  secret: process.env.CONSUMER_SECRET,
  domain: 'meet.example.org',
  // A real site reads its own session here; in this test a "session=ann" cookie is Ann.
  authenticate: async (request) =>
    /(?:^|;\s*)session=ann(?:;|$)/.test(request.headers.get('cookie') ?? '') ? { id: 'ann', name: 'Ann Owner', role: 'owner' } : null,
});

export const GET = handler;
export const OPTIONS = handler;
