// A Server Component page, as a Next.js site writes one: it judges a token on the server with
// meetgate/token/core and renders <SecureMeeting> from 'meetgate' directly (the package marks it
// a client module). No token is given, so the meeting asks to sign in once it runs in the browser.
import { SecureMeeting } from 'meetgate';
import { judgeToken } from 'meetgate/token/core';

export default function Page() {
  const verdict = judgeToken('not-a-token', { domain: 'meet.example.org' });
  return (
    <main style={{ height: '100vh' }}>
      <p data-server-verdict={verdict.findings[0]?.code}>Judged on the server.</p>
      <SecureMeeting domain="meet.example.org" roomName="standup" tokenFromLink={false} />
    </main>
  );
}
