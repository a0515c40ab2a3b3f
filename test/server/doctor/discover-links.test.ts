/**
 * `meetgate doctor --dir <copy>` and symbolic links. Debian's jitsi-meet-prosody links the host file
 * with an absolute path (jitsi/jitsi-meet debian/jitsi-meet-prosody.postinst at 01d1379:
 * `ln -s /etc/prosody/conf.avail/$JVB_HOSTNAME.cfg.lua /etc/prosody/conf.d/...`), so a copy of
 * /etc carries links that point at this machine's /etc, not into the copy.
 */
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { fixtureDir } from './fixtures.js';

const run = (args: string[]) => runCli(args, { readFile: (path) => readFile(path, 'utf8') });
const HOST_FILE = 'meet.example.org.cfg.lua';

/** A copy of the clean deployment's /etc whose conf.d holds Debian's absolute link. */
async function copyWithDebianLink(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'meetgate-etc-copy-'));
  await cp(join(fixtureDir('clean'), 'etc'), join(root, 'etc'), { recursive: true });
  await mkdir(join(root, 'etc/prosody/conf.d'));
  await symlink(`/etc/prosody/conf.avail/${HOST_FILE}`, join(root, 'etc/prosody/conf.d', HOST_FILE));
  return root;
}

describe('meetgate doctor --dir: links in a copy of /etc', () => {
  it("reads Debian's absolute conf.d link inside the copy (it dangled, and the doctor stopped with ENOENT)", async () => {
    const root = await copyWithDebianLink();
    const { status, stdout, stderr } = await run(['doctor', '--dir', root]);
    expect(stderr).toBe('');
    expect(stdout).toContain(`etc/prosody/conf.d/${HOST_FILE}`);
    expect(stdout).toContain('Verdict   no errors');
    expect(status).toBe(0);
  });

  it('never reads a file a link leads to outside the copy', async () => {
    const root = await copyWithDebianLink();
    const outside = join(await mkdtemp(join(tmpdir(), 'meetgate-outside-')), 'private.cfg.lua');
    await writeFile(outside, 'VirtualHost "private-host.example"\n  app_secret = "outside-the-copy"\n');
    await symlink(outside, join(root, 'etc/prosody/conf.d/other.cfg.lua'));
    const { status, stdout, stderr } = await run(['doctor', '--dir', root, '--json']);
    expect(`${stdout}${stderr}`).not.toContain('private-host');
    expect(stderr).toMatch(/other\.cfg\.lua.*outside/);
    expect(status).toBe(2);
  });
});
