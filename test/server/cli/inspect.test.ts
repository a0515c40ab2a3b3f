import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';
import { fakeToken, goodClaims, signToken } from '../../fixtures/tokens.js';

const now = Math.floor(Date.now() / 1000);
const claims = goodClaims({ iat: now - 10, exp: now + 3600 });

describe('meetgate inspect', () => {
  it('prints a readable report and exits 0 for a usable token', async () => {
    const { status, stdout } = await run(['inspect', fakeToken(claims), '--room', 'standup', '--domain', 'meet.example.org']);
    expect(status).toBe(0);
    expect(stdout).toContain('Who       Ann Owner <ann@example.org>');
    expect(stdout).toContain('Role      owner (from context.user.affiliation)');
    expect(stdout).toContain('valid for standup');
    expect(stdout).toContain('unverified');
    expect(stdout).toContain('Verdict   usable');
  });

  it('exits 1 and explains when the token is for another room', async () => {
    const { status, stdout } = await run(['inspect', fakeToken(claims), '--room', 'retro']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/x error\s+room-mismatch \(room\)/);
    expect(stdout).toContain('fix:');
  });

  it('reads the token from standard input, also as a link', async () => {
    const { status } = await run(['inspect', '--room', 'standup'], { stdin: `https://meet.example.org/standup?jwt=${fakeToken(claims)}\n` });
    expect(status).toBe(0);
    expect((await run(['inspect', '-'], { stdin: 'not a token' })).status).toBe(1);
  });

  it('prints the report as JSON without the signature', async () => {
    const token = fakeToken(claims);
    const { status, stdout } = await run(['inspect', token, '--json']);
    const report = JSON.parse(stdout);
    expect(status).toBe(0);
    expect(report.flavour).toBe('self-hosted');
    expect(report.token).toBe(`${token.slice(0, token.lastIndexOf('.'))}.[signature redacted]`);
    expect(stdout).not.toContain(token);
  });

  it('verifies with a secret from the environment, and exits 1 on a bad signature', async () => {
    const token = await signToken(claims, 'the-secret');
    const ok = await run(['inspect', token, '--secret-env', 'S'], { env: { S: 'the-secret' } });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('signature verified');
    const bad = await run(['inspect', token, '--secret-env', 'S'], { env: { S: 'other' } });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('signature invalid-signature');
    expect(bad.stdout + bad.stderr).not.toContain('other');
  });

  it('strips terminal control characters from claims', async () => {
    const { stdout } = await run(['inspect', fakeToken(goodClaims({ exp: now + 60, context: { user: { name: 'Evil\u001b[2J\u0007' } } }))]);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(stdout).toContain('Evil?[2J?');
  });

  it.each([
    [['inspect', '--bogus']],
    [['inspect', 'a', 'b']],
    [['inspect', 'x', '--skew', 'soon']],
    [['inspect', 'x', '--secret', 'a', '--jwks', 'https://x']],
    [['inspect', 'x', '--secret-env', 'UNSET']],
    [['inspect', 'x', '--jwks', 'file:///etc/passwd']],
    [['frobnicate']],
    [[]],
  ])('exits 2 on usage errors: %j', async (args) => {
    const { status, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/Usage/);
  });

  it('exits 2 when no token is given and stdin is a terminal', async () => {
    expect((await run(['inspect'])).status).toBe(2);
  });
});
