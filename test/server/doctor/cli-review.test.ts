/** `meetgate doctor`: what reaches the terminal when a file or an argument is hostile or holds a secret. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeToken } from '../../fixtures/tokens.js';
import { runCli } from '../cli/run-cli.js';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { fixtureDir, fixtureFiles } from './fixtures.js';

const run = (args: string[]) => runCli(args, { readFile: (path) => readFile(path, 'utf8') });
const SECRET = 'Kq8vT2mZ9xW4pL7rN3sB6yH1';

async function tempFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'meetgate-doctor-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('meetgate doctor: output an admin can paste', () => {
  it('a token given without --token is a usage error that does not print the token', async () => {
    const token = fakeToken({ iss: 'example_app', aud: 'example_app', sub: 'meet.example.org', room: '*' });
    const { status, stderr, stdout } = await run(['doctor', '--dir', fixtureDir('clean'), token]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--token/);
    expect(`${stdout}${stderr}`).not.toContain(token.split('.')[2]);
  });

  it('--json escapes terminal controls from the files (C1 CSI, bidi), and still parses to the same text', async () => {
    const path = await tempFile('hostile.cfg.lua', 'VirtualHost "meet\u202e.example.org"\n  authentication = "token"\n  app_id = "a\u009b2J"\n');
    const { stdout } = await run(['doctor', '--prosody', path, '--json']);
    expect(stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
    expect(JSON.stringify(JSON.parse(stdout))).toMatch(/\u202e/);
  });

  it('errors go through the same filter as the report', async () => {
    const { status, stderr } = await run(['doctor', '--prosody', '/nonexistent/a\u009b2Jb.cfg.lua']);
    expect(status).toBe(2);
    expect(stderr).not.toMatch(/[\u0080-\u009f]/);
  });

  it('a .env line that is not VARIABLE=value is named by its first word, never quoted whole (it may be a secret)', async () => {
    const files = await fixtureFiles('docker-clean');
    files.dockerEnv = { ...files.dockerEnv!, text: `${files.dockerEnv!.text}\nJWT_APP_SECRET ${SECRET}\n` };
    const report = diagnoseDeployment(files);
    const bad = report.findings.find((f) => f.check === 'file-unreadable')!;
    expect(bad.message).toContain('JWT_APP_SECRET');
    expect(JSON.stringify(report)).not.toContain(SECRET);
  });

  it('a Lua syntax error in app_secret does not quote the secret', async () => {
    const path = await tempFile('broken.cfg.lua', `VirtualHost "meet.example.org"\n  authentication = "token"\n  app_secret = "${SECRET}\n`);
    const { status, stdout } = await run(['doctor', '--prosody', path, '--json']);
    expect(status).toBe(1);
    expect(stdout).toContain('file-unreadable');
    expect(stdout).not.toContain(SECRET.slice(0, 8));
  });
});
