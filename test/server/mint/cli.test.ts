import { decodeJwt, decodeProtectedHeader } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractToken, inspectToken, verifyToken } from '../../../lib/token/index.js';
import type { CliIo } from '../../../server/cli/io.js';
import { mintCommand, MINT_USAGE } from '../../../server/mint/index.js';
import { pemFragment, rsaKeys, SECRET, type RsaKeys } from './fixtures.js';
import { profileOf } from '../../fixtures/profiles.js';

const JAAS_APP = 'vpaas-magic-cookie-0123456789abcdef';
let keys: RsaKeys;

beforeAll(async () => {
  keys = await rsaKeys();
});

/** Runs `meetgate mint` in-process with a fake environment and files; captures both outputs. */
async function run(args: string[], env: Record<string, string> = { JITSI_SECRET: SECRET }) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = { 'jaas.pk': keys.pkcs8, 'key.jwk': JSON.stringify({ ...keys.privateJwk, kid: 'from-jwk' }) };
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => {
      throw new Error('mint reads no standard input');
    },
    env,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  const status = await mintCommand(args, io);
  const stdout = out.join('\n');
  const stderr = err.join('\n');
  // Whatever happened, neither output may show the secret or the private key.
  for (const output of [stdout, stderr]) {
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(pemFragment(keys.pkcs8));
  }
  return { status, stdout, stderr, lines: out };
}

const BASE = ['--app-id', 'myapp', '--secret-env', 'JITSI_SECRET', '--domain', 'meet.example.org', '--room', 'Team Standup', '--name', 'Ann Owner'];

describe('meetgate mint: minting', () => {
  it('prints only the token on stdout, a summary on stderr, and exits 0', async () => {
    const { status, lines, stderr } = await run([...BASE, '--email', 'ann@example.org', '--role', 'owner', '--ttl', '15m']);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const token = lines[0] as string;
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodeJwt(token);
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    const report = inspectToken(token, { profile: profileOf(token), domain: 'meet.example.org', room: 'Team Standup', domainVerification: true });
    expect(report.usable).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.role.value).toBe('owner');
    expect((await verifyToken(token, { secret: SECRET })).status).toBe('verified');
    expect(stderr).toMatch(/^meetgate mint: owner token for room "team%20standup" \(sub "meet\.example\.org"\), expires \S/);
    expect(stderr).not.toContain(token);
  });

  it('defaults to a member for one hour, and writes --feature flags as booleans', async () => {
    const { status, stdout } = await run([...BASE, '--feature', 'recording=true', '--feature', 'screen-sharing=false', '--feature', 'livestreaming']);
    expect(status).toBe(0);
    const claims = decodeJwt(stdout);
    expect((claims.exp as number) - (claims.iat as number)).toBe(3600);
    expect(claims.context).toEqual({
      user: { name: 'Ann Owner', affiliation: 'member' },
      features: { livestreaming: true, recording: true, 'screen-sharing': false },
    });
  });

  it('prints the tokenized meeting link with --link', async () => {
    const { status, stdout } = await run([...BASE, '--link', 'https://meet.example.org/']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^https:\/\/meet\.example\.org\/Team%20Standup#jwt=%22eyJ[\w-]+\.[\w-]+\.[\w-]+%22$/);
    expect(inspectToken(stdout, { profile: profileOf(stdout), domain: 'meet.example.org', room: 'Team Standup' }).usable).toBe(true);
  });

  it('signs JaaS tokens with a key file and links to appId/room', async () => {
    const { status, stdout } = await run([
      '--app-id',
      JAAS_APP,
      '--private-key-file',
      'jaas.pk',
      '--kid',
      'k1',
      '--room',
      'Daily',
      '--name',
      'Jo',
      '--role',
      'moderator',
      '--link',
      'https://8x8.vc',
    ]);
    expect(status).toBe(0);
    expect(stdout.startsWith(`https://8x8.vc/${JAAS_APP}/Daily#jwt=`)).toBe(true);
    const token = extractToken(stdout);
    expect(decodeProtectedHeader(token).kid).toBe(`${JAAS_APP}/k1`);
    expect(inspectToken(stdout, { profile: profileOf(stdout), room: `${JAAS_APP}/Daily` })).toMatchObject({ usable: true, flavour: 'jaas' });
    expect((await verifyToken(token, { publicKey: keys.spki })).status).toBe('verified');
  });

  it('reads a JWK key file and takes its kid; links through the tenant', async () => {
    const { status, stdout } = await run([
      '--app-id',
      'myapp',
      '--private-key-file',
      'key.jwk',
      '--tenant',
      'acme',
      '--room',
      'standup',
      '--name',
      'A',
      '--link',
      'http://127.0.0.1:8443',
    ]);
    expect(status).toBe(0);
    expect(stdout.startsWith('http://127.0.0.1:8443/acme/standup#jwt=')).toBe(true);
    expect(decodeProtectedHeader(extractToken(stdout)).kid).toBe('from-jwk');
  });

  it('warns that --secret is visible to others, yet mints', async () => {
    const args = BASE.map((arg) => (arg === '--secret-env' ? '--secret' : arg === 'JITSI_SECRET' ? 'plain-secret-of-thirty-two-bytes' : arg));
    const { status, stderr } = await run(args);
    expect(status).toBe(0);
    expect(stderr).toContain('--secret is visible in shell history');
  });

  it('prints the usage on --help and exits 0', async () => {
    const { status, stdout } = await run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toBe(MINT_USAGE);
  });
});

describe('meetgate mint: exit 1 when minting refuses', () => {
  it.each([
    ['a misspelt feature', ['--feature', 'screensharing=true'], /unknown-feature.*did you mean "screen-sharing"/],
    ['a lifetime above a day', ['--ttl', '2d'], /ttl-too-long/],
    ['an http avatar', ['--avatar', 'http://example.org/a.png'], /refused \(unsafe-avatar\).*not https/],
    ['an unknown role', ['--role', 'admin'], /invalid-role/],
    ['a room Jitsi cannot name', ['--room', 'what?'], /invalid-room/],
    ['a URL as domain', ['--domain', 'https://meet.example.org'], /invalid-placement/],
    ['a JaaS app with a secret', ['--app-id', JAAS_APP], /jaas-mismatch/],
  ])('%s', async (_what, extra, pattern) => {
    const { status, stdout, stderr } = await run([...BASE, ...extra]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(pattern);
    expect(stderr).toMatch(/\n {2}fix: /);
  });

  it('refuses a secret shorter than 32 bytes, and mints with it once --allow-weak-secret is given (issue 9)', async () => {
    const weak = await run(BASE, { JITSI_SECRET: 'short-secret' });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/refused \(weak-secret\).*12 bytes long; HS256 needs at least 32/);
    expect(weak.stderr).not.toContain('short-secret');
    expect((await run([...BASE, '--allow-weak-secret'], { JITSI_SECRET: 'short-secret' })).status).toBe(0);
  });

  it('mints a long-lived token once --allow-long-lived is given', async () => {
    expect((await run([...BASE, '--ttl', '2d', '--allow-long-lived'])).status).toBe(0);
  });
});

describe('meetgate mint: exit 2 for usage errors', () => {
  const without = (flag: string) => BASE.filter((_, i) => BASE[i] !== flag && BASE[i - 1] !== flag);

  it.each([
    ['no --app-id', without('--app-id'), /--app-id is required/],
    ['no --room', without('--room'), /--room is required/],
    ['no --name', without('--name'), /--name is required/],
    ['no key', without('--secret-env'), /exactly one of/],
    ['two keys', [...BASE, '--private-key-file', 'jaas.pk'], /exactly one of/],
    ['an unknown flag', [...BASE, '--colour', 'blue'], /unknown option --colour$/m],
    ['a stray argument', [...BASE, 'stray-value'], /unexpected argument: every value follows its --flag/],
    ['an unset environment variable', [...BASE.slice(0, 3), 'NOPE', ...BASE.slice(4)], /variable named by --secret-env is empty or not set/],
    [
      'an unreadable key file',
      ['--app-id', 'a', '--private-key-file', 'missing.pem', '--kid', 'k', '--domain', 'd.org', '--room', 'r', '--name', 'n'],
      /cannot read the key file "missing.pem"/,
    ],
    ['a ttl that is no duration', [...BASE, '--ttl', 'soon'], /--ttl takes a duration/],
    ['a feature with a strange value', [...BASE, '--feature', 'recording=maybe'], /--feature takes name/],
    ['a start that is no time', [...BASE, '--not-before', 'tomorrow-ish'], /--not-before takes an ISO time/],
    ['an http link to a remote host', [...BASE, '--link', 'http://meet.example.org'], /--link takes the meeting address/],
    ['a link for every room', [...BASE.slice(0, 7), '*', ...BASE.slice(8), '--link', 'https://meet.example.org'], /--link needs a specific --room/],
  ])('%s', async (_what, args, pattern) => {
    const { status, stdout, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(pattern);
    expect(stderr).toContain('Usage: meetgate mint');
  });

  it.each([
    ['after a misspelt flag', ['--secrett', 'another-Sekr1t-value']],
    ['joined to a misspelt flag', ['--secrett=another-Sekr1t-value']],
    ['that starts with a dash', ['--secret', '-another-Sekr1t-value']],
    ['to --secret-env by mistake (issue 9)', ['--secret-env', 'another-Sekr1t-value']],
    ['to --secret-env by mistake, shaped like a variable name', ['--secret-env', 'another_Sekr1t_value']],
  ])('never echoes a value given %s', async (_what, extra) => {
    const { status, stderr } = await run([...BASE.slice(0, 2), ...extra, ...BASE.slice(4)]);
    expect(status).toBe(2);
    expect(stderr).not.toContain('another-Sekr1t-value');
    expect(stderr).not.toContain('another_Sekr1t_value');
  });
});

describe('meetgate mint, wording', () => {
  it('names the command-line flag, not the API option, in the ttl-too-long hint', async () => {
    const { status, stderr } = await run([...BASE, '--ttl', '2d']);
    expect(status).toBe(1);
    expect(stderr).toContain('add --allow-long-lived');
    expect(stderr).not.toContain('allowLongLived');
  });
});
