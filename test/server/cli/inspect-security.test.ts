/**
 * `meetgate inspect` under attack (issue 9): the verdict includes the signature, weak secrets are
 * flagged, a secret typed into --secret-env is never echoed.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { goodClaims, signToken } from '../../fixtures/tokens.js';

/** The command, with `env` as its environment. */
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });

const now = Math.floor(Date.now() / 1000);
const claims = goodClaims({ iat: now - 10, exp: now + 3600 });
const STRONG = 'a-long-and-random-app-secret-0123456789';

describe('meetgate inspect: the verdict includes the signature', () => {
  it('a wrong --secret makes the verdict NOT usable, in text and JSON, and exits 1', async () => {
    const token = await signToken(claims, STRONG);
    const text = await run(['inspect', token, '--room', 'standup', '--secret', 'the-wrong-secret-but-long-enough-1234']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('signature invalid-signature');
    expect(text.stdout).not.toMatch(/Verdict\s+usable/);
    expect(text.stdout).toMatch(/Verdict\s+NOT usable: the signature does not verify/);
    const json = await run(['inspect', token, '--room', 'standup', '--secret', 'the-wrong-secret-but-long-enough-1234', '--json']);
    expect(JSON.parse(json.stdout).verdict).toBe('not-usable');
  });

  it('the right key gives "usable: signature verified"; no key says the signature was not checked', async () => {
    const token = await signToken(claims, STRONG);
    const verified = await run(['inspect', token, '--room', 'standup', '--secret', STRONG]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/Verdict\s+usable: signature verified/);
    const unchecked = await run(['inspect', token, '--room', 'standup', '--json']);
    expect(JSON.parse(unchecked.stdout).verdict).toBe('usable-unverified');
  });
});

describe('meetgate inspect: weak secrets', () => {
  it('flags a secret shorter than 32 bytes for HS256 (RFC 7518 §3.2), without failing a good token', async () => {
    const token = await signToken(claims, 'short-secret');
    const { status, stdout } = await run(['inspect', token, '--room', 'standup', '--secret-env', 'S'], { S: 'short-secret' });
    expect(status).toBe(0);
    expect(stdout).toMatch(/! warning weak-secret .*12 bytes long; HS256 needs at least 32/);
    expect(stdout).not.toContain('short-secret');
    const strong = await run(['inspect', await signToken(claims, STRONG), '--secret', STRONG]);
    expect(strong.stdout).not.toContain('weak-secret');
  });
});

describe('meetgate inspect: --secret-env never echoes its value', () => {
  it.each(['my-Sekr1t-typed-by-mistake', 'MySekr1tTypedByMistake'])('%s', async (value) => {
    const { status, stdout, stderr } = await run(['inspect', 'x.y.z', '--secret-env', value]);
    expect(status).toBe(2);
    expect(stdout + stderr).not.toContain(value);
  });
});

/** An unsigned token whose payload is `{"a":[[[…]]]}` nested `depth` deep (13 KB at 5,000). */
function deepToken(depth: number): string {
  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  return `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`)}.c2ln`;
}

describe('meetgate inspect: deeply nested claims (issue 9, item 4)', () => {
  it.each([5000, 4000, 17])('nesting %i deep gives claims-too-deep and bounded output in every mode, never a throw', async (depth) => {
    const token = deepToken(depth);
    for (const mode of [[], ['--json']]) {
      const { status, stdout, stderr } = await run(['inspect', token, ...mode]);
      expect(status).toBe(1);
      expect(stderr).toBe('');
      expect(stdout.length).toBeLessThan(20_000);
      expect(stdout).toContain('claims-too-deep');
    }
  });

  it('nesting within the bound is still read', async () => {
    const { stdout } = await run(['inspect', deepToken(10), '--json']);
    expect(stdout).not.toContain('claims-too-deep');
  });
});

describe('meetgate inspect: control characters never reach the terminal (issue 9, item 5)', () => {
  const hostile = 'Eve\u009b31m\u202Egpj.exe\u001b[2J\u007f\u200f\u2066';
  const token = () => signToken(goodClaims({ iat: now - 10, exp: now + 3600, context: { user: { name: hostile, email: `x\u009b@example.org` } } }), STRONG);

  it('--json escapes C1 controls, DEL and bidi overrides, and still parses to the same claims', async () => {
    const { stdout } = await run(['inspect', await token(), '--json']);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(stdout).toContain('\\u009b');
    expect(stdout).toContain('\\u202e');
    expect(JSON.parse(stdout).user.name).toBe(hostile);
  });

  it('the text report replaces them', async () => {
    const { stdout } = await run(['inspect', await token()]);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(stdout).toContain('Eve?31m?gpj.exe');
  });
});
