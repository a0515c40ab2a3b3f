/** `meetgate inspect` as a person reads it: links judged for where they lead, dates, and plain errors. */
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';

const now = Math.floor(Date.now() / 1000);
const token = fakeToken(goodClaims({ iat: now - 10, exp: now + 3600 }));

describe('meetgate inspect on a meeting link', () => {
  it("judges the token for the link's own room", async () => {
    const { status, stdout } = await run(['inspect', `https://meet.example.org/other-room?jwt=${token}`]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/room-mismatch \(room\): The token is for room "standup", not "other-room"/);
  });

  it("compares sub with the link's host, without its port", async () => {
    const right = await run(['inspect', `https://meet.example.org:8443/standup#jwt="${token}"`]);
    expect(right.status).toBe(0);
    expect(right.stdout).not.toContain('sub-mismatch');
    const wrong = await run(['inspect', `https://meet.elsewhere.org/standup?jwt=${token}`]);
    expect(wrong.stdout).toContain(
      'sub-mismatch (sub): The token is for "meet.example.org", not the XMPP domain "meet.elsewhere.org". Prosody: "Room and token mismatched".',
    );
  });

  it('lets --room and --domain overrule the link', async () => {
    const { status, stdout } = await run(['inspect', `https://other.example.org/other-room?jwt=${token}`, '--room', 'standup', '--domain', 'meet.example.org']);
    expect(status).toBe(0);
    expect(stdout).toContain('valid for standup');
  });
});

describe('meetgate inspect, human output', () => {
  it('prints the expiry in the reader’s locale with a relative time, never as an ISO string', async () => {
    const { stdout } = await run(['inspect', token]);
    const line = stdout.split('\n').find((l) => l.startsWith('Expires')) ?? '';
    expect(line).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(line).toMatch(/\((in 60 minutes|in 1 hour)\)$/);
  });

  it('says "in the year …" for a millisecond expiry, with no dangling sentence', async () => {
    const { stdout } = await run(['inspect', fakeToken(goodClaims({ iat: now, exp: (now + 3600) * 1000 }))]);
    const year = new Date((now + 3600) * 1e6).getUTCFullYear();
    expect(stdout).toContain(`Expires   in the year ${year} — this looks like milliseconds`);
    expect(stdout).toContain(`The expiry (exp) is in the year ${year} — this looks like milliseconds. The token never expires.`);
    const iat = await run(['inspect', fakeToken(goodClaims({ iat: now * 1000 }))]);
    expect(iat.stdout).toMatch(/The issued-at time \(iat\) is in the year \d+ — this looks like milliseconds\.\n/);
  });

  it('explains an unknown option in plain words, with balanced quotes', async () => {
    const { status, stderr } = await run(['inspect', token, '--romo', 'x']);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe('meetgate inspect: unknown option --romo');
    expect((await run(['inspect', '--room'])).stderr.split('\n')[0]).toBe('meetgate inspect: --room needs a value');
  });
});
