/** `meetgate doctor` from the command line: flags, --dir, --token, --json and exit statuses. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fakeToken } from '../../fixtures/tokens.js';
import { fixtureDir } from './fixtures.js';

/** The command, reading real files. */
const run = (args: string[]) => runCli(args, { readFile: (path) => readFile(path, 'utf8') });

const forum = fixtureDir('forum-thread');
const NOW_S = Math.floor(Date.now() / 1000);
const clean = fixtureDir('clean');

describe('meetgate doctor', () => {
  it('--dir finds the Debian paths and exits 1 with the forum thread, printing place, reason and fix', async () => {
    const { status, stdout } = await run(['doctor', '--dir', forum]);
    expect(status).toBe(1);
    expect(stdout).toContain('jicofo-properties  etc/jitsi/jicofo/sip-communicator.properties');
    expect(stdout).toContain('x error   etc/jitsi/jicofo/sip-communicator.properties:2  [jicofo-auth-with-token-roles]');
    expect(stdout).toMatch(/why: With authentication on, jicofo's AuthenticationRoleManager grants owner/);
    expect(stdout).toMatch(/fix: Delete the line org\.jitsi\.jicofo\.auth\.URL=EXT_JWT:jitsi\.my-domain\.tld/);
    expect(stdout).toContain('Verdict   1 error');
  });

  it('exits 0 for a clean deployment given file by file', async () => {
    const etc = join(clean, 'etc');
    const { status, stdout } = await run([
      'doctor',
      '--prosody',
      join(etc, 'prosody/conf.avail/meet.example.org.cfg.lua'),
      '--jicofo',
      join(etc, 'jitsi/jicofo/jicofo.conf'),
      '--config-js',
      join(etc, 'jitsi/meet/meet.example.org-config.js'),
    ]);
    expect(stdout).toContain('Findings  0 errors, 0 warnings, 0 info');
    expect(stdout).toContain('Verdict   no errors');
    expect(status).toBe(0);
  });

  it('--docker-env reads a docker-jitsi-meet .env', async () => {
    const { status, stdout } = await run(['doctor', '--docker-env', join(fixtureDir('docker'), '.env')]);
    expect(status).toBe(1);
    expect(stdout).toContain('fix: Set JICOFO_ENABLE_AUTH=0 in .env');
  });

  it('--json prints the whole report, never a full token', async () => {
    const token = fakeToken({ iss: 'example_app', aud: 'example_app', sub: 'meet.example.org', room: '*', exp: NOW_S + 600, moderator: true });
    const { status, stdout } = await run(['doctor', '--dir', clean, '--token', token, '--json']);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { check: string }) => f.check)).toEqual(['role-claims']);
    expect(report.profile.domain).toBe('meet.example.org');
    expect(report.tokens[0].report.usable).toBe(true);
    expect(stdout).not.toContain(token);
    expect(stdout).not.toContain(token.split('.')[2]);
    expect(status).toBe(0);
  });

  it('--token judges the token against the server profile read from the files', async () => {
    const token = `https://meet.example.org/standup?jwt=${fakeToken({ iss: 'someone-else', aud: 'x', sub: 'meet.example.org', room: 'standup', exp: NOW_S + 600 })}`;
    const { status, stdout } = await run(['doctor', '--dir', clean, '--token', token]);
    expect(stdout).toContain('Token 1 on this deployment');
    expect(stdout).toContain('NOT usable');
    expect(stdout).toContain('Verdict   0 errors, 1 unusable token');
    expect(status).toBe(1);
  });

  it('lists what it could not check when files are missing', async () => {
    const { stdout } = await run(['doctor', '--config-js', join(clean, 'etc/jitsi/meet/meet.example.org-config.js')]);
    expect(stdout).toContain('Not checked (give more files to run these)');
    expect(stdout).toMatch(/needs the Prosody configuration \(--prosody or --docker-env\): .*token-verification-missing/);
  });

  it.each([
    [['doctor'], 'give at least one file'],
    [['doctor', '--dir', join(clean, 'nowhere')], 'no Jitsi configuration found'],
    [['doctor', '--prosody', join(clean, 'missing.cfg.lua')], 'cannot read'],
    [['doctor', '--prosody', clean], 'is not a file'],
    [['doctor', '--frobnicate'], 'unknown option --frobnicate'],
    [['doctor', 'prosody.cfg.lua'], 'name each file with its flag'],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { status, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: meetgate doctor');
  });

  it('--help prints the usage and exits 0; meetgate lists the command', async () => {
    expect((await run(['doctor', '--help'])).stdout).toContain('--docker-env <file>');
    expect((await run(['--help'])).stdout).toContain('doctor');
  });

  it('strips control characters that a hostile file puts into names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'meetgate-doctor-cli-'));
    await writeFile(join(dir, '.env'), 'ENABLE_AUTH=1\nAUTH_TYPE=jwt\nJWT_APP_ID=x\nXMPP_DOMAIN="meet\u001b]0;pwned\u0007\u001b[31m.jitsi"\n');
    const { stdout } = await run(['doctor', '--docker-env', join(dir, '.env')]);
    expect(stdout).toContain('[token-auth-without-key]');
    expect(stdout).toContain('meet?]0;pwned??[31m.jitsi');
    expect(stdout).not.toMatch(/[\u0000-\u0008\u001b]/);
  });
});
