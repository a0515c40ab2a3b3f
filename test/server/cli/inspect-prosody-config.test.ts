/** `meetgate inspect --prosody-config`: the verdict under the deployment's own Prosody settings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';

const FILES: Record<string, string> = {
  'debian.cfg.lua': readFileSync(new URL('../../../fixtures/prosody/debian.cfg.lua', import.meta.url), 'utf8'),
  'docker.cfg.lua': readFileSync(new URL('../../../fixtures/prosody/docker.cfg.lua', import.meta.url), 'utf8'),
  'broken.cfg.lua': 'VirtualHost "meet.example.org"\n  app_secret = \n',
  'dv-off.cfg.lua':
    'VirtualHost "meet.example.org"\n  authentication = "token"\n  app_id = "example_app_id"\n  app_secret = "s"\n  enable_domain_verification = false\n',
};

/** The command, reading FILES. */
const run = (args: string[]) =>
  runCli(args, {
    readFile: async (path) => {
      const text = FILES[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  });

const now = Math.floor(Date.now() / 1000);
const token = (claims: Record<string, unknown> = {}, header?: Record<string, unknown>) =>
  fakeToken(goodClaims({ iss: 'example_app_id', iat: now - 10, exp: now + 3600, ...claims }), header);

describe('meetgate inspect --prosody-config', () => {
  it('judges with the Debian config: its app_id, its domain, current defaults for the rest', async () => {
    const ok = await run(['inspect', token(), '--room', 'standup', '--prosody-config', 'debian.cfg.lua']);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('VirtualHost "meet.example.org": the one with authentication = "token".');
    // One note a line: the newlines between notes are not made "?" with the control characters.
    expect(ok.stderr.split('\n')[0]).toBe('Server profile from debian.cfg.lua:');
    expect(ok.stderr).toMatch(/\n {2}VirtualHost "meet\.example\.org": the one/);
    const wrongIssuer = await run(['inspect', token({ iss: 'myapp' }), '--room', 'standup', '--prosody-config', 'debian.cfg.lua']);
    expect(wrongIssuer.status).toBe(1);
    expect(wrongIssuer.stdout).toContain(`Prosody: "invalid 'iss' claim"`);
    expect(wrongIssuer.stdout).toContain('setting: app_id');
  });

  it('follows the config over the link: the Docker XMPP domain is meet.jitsi, not the web host', async () => {
    const link = `https://localhost:8443/standup?jwt=${token({ iss: 'my_web_client', aud: 'my_server1', sub: 'meet.jitsi' })}`;
    expect((await run(['inspect', link, '--prosody-config', 'docker.cfg.lua'])).status).toBe(0);
    const hs384 = `https://localhost:8443/standup?jwt=${token({ iss: 'my_web_client', aud: 'my_server1', sub: 'meet.jitsi' }, { alg: 'HS384', typ: 'JWT' })}`;
    const refused = await run(['inspect', hs384, '--prosody-config', 'docker.cfg.lua']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('Prosody: "Invalid or incorrect alg"');
  });

  it('takes the settings the file sets: enable_domain_verification = false', async () => {
    const other = token({ sub: 'other.example.org' });
    expect((await run(['inspect', other, '--room', 'standup', '--domain', 'meet.example.org'])).status).toBe(1);
    expect((await run(['inspect', other, '--room', 'standup', '--prosody-config', 'dv-off.cfg.lua'])).status).toBe(0);
  });

  it('picks a VirtualHost with --host and says when there is none', async () => {
    const missing = await run(['inspect', token(), '--prosody-config', 'debian.cfg.lua', '--host', 'nope.example.org']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('There is no VirtualHost "nope.example.org" in this file');
  });

  it('reports a broken config with its line, as a usage error', async () => {
    const broken = await run(['inspect', token(), '--prosody-config', 'broken.cfg.lua']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.cfg\.lua: Line 3, column \d+: /);
  });

  it('takes a named profile', async () => {
    // Before PR #17803 (2026-09) a room pattern was lowercased with the claim: the 2025 profile lets an uppercase pattern in.
    const upper = token({ room: '^STANDUP$', context: { user: { name: 'A' }, room: { regex: true } } });
    const args = ['inspect', upper, '--room', 'standup', '--domain', 'meet.example.org', '--issuer', 'example_app_id'];
    expect((await run(args)).status).toBe(1);
    expect((await run([...args, '--profile', 'jitsi-2025'])).status).toBe(0);
    expect((await run([...args, '--profile', 'nope'])).status).toBe(2);
    expect((await run([...args, '--profile', 'constructor'])).status).toBe(2);
    expect((await run([...args, '--profile', 'toString'])).stderr).toMatch(/--profile is one of jitsi-current, jitsi-2025, jaas/);
  });
});
