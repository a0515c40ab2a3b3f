/**
 * Configurations the doctor has never seen: every single-line deletion of every fixture deployment
 * (several hundred variants) is diagnosed without throwing, and every finding still names its
 * place, reason and fix. Plus --dir discovery on a full Debian /etc (prosody.cfg.lua + conf.d).
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { discoverFiles } from '../../../server/doctor/discover.js';
import type { DeploymentFiles } from '../../../server/doctor/types.js';
import { fixtureFiles } from './fixtures.js';

type Slot = { get: (f: DeploymentFiles) => string; set: (f: DeploymentFiles, text: string) => void };
const SLOTS: Slot[] = [
  { get: (f) => f.prosody?.[0]?.text ?? '', set: (f, text) => (f.prosody = [{ ...f.prosody![0]!, text }]) },
  { get: (f) => f.jicofo?.[0]?.text ?? '', set: (f, text) => (f.jicofo = [{ ...f.jicofo![0]!, text }]) },
  { get: (f) => f.configJs?.text ?? '', set: (f, text) => (f.configJs = { ...f.configJs!, text }) },
  { get: (f) => f.dockerEnv?.text ?? '', set: (f, text) => (f.dockerEnv = { ...f.dockerEnv!, text }) },
];

describe('configurations the doctor has never seen', () => {
  it.each(['clean', 'forum-thread', 'keycloak-clean', 'docker-clean'])('every one-line deletion of %s is diagnosed with complete findings', async (name) => {
    const base = await fixtureFiles(name);
    let variants = 0;
    for (const slot of SLOTS) {
      const lines = slot.get(base).split('\n');
      if (lines.length < 2) continue;
      for (let i = 0; i < lines.length; i++) {
        const files: DeploymentFiles = structuredClone(base);
        slot.set(files, [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
        const report = diagnoseDeployment(files);
        variants += 1;
        for (const f of report.findings) {
          expect(f.message.length, `${name} without line ${i + 1}`).toBeGreaterThan(10);
          expect(f.why.length).toBeGreaterThan(10);
          expect(f.fix.length).toBeGreaterThan(10);
          if (f.file !== null && f.check !== 'file-unreadable') expect(f.line === null || f.line > 0).toBe(true);
        }
      }
    }
    expect(variants).toBeGreaterThan(20);
  });

  it('--dir reads prosody.cfg.lua and conf.d (not conf.avail twice, not localhost), jicofo both ways, config.js and .env', async () => {
    const root = await mkdtemp(join(tmpdir(), 'meetgate-etc-'));
    const etc = join(root, 'etc');
    for (const dir of ['prosody/conf.avail', 'prosody/conf.d', 'jitsi/jicofo', 'jitsi/meet']) await mkdir(join(etc, dir), { recursive: true });
    await writeFile(join(etc, 'prosody/prosody.cfg.lua'), 'authentication = "internal_hashed"\nVirtualHost "localhost"\nInclude "conf.d/*.cfg.lua"\n');
    await writeFile(join(etc, 'prosody/conf.avail/meet.example.org.cfg.lua'), 'VirtualHost "meet.example.org"\n  authentication = "token"\n  app_id = "a"\n');
    await writeFile(join(etc, 'prosody/conf.avail/unused.cfg.lua'), 'VirtualHost "unused.example.org"\n');
    await writeFile(join(etc, 'prosody/conf.avail/localhost.cfg.lua'), 'VirtualHost "localhost"\n');
    await symlink('../conf.avail/meet.example.org.cfg.lua', join(etc, 'prosody/conf.d/meet.example.org.cfg.lua'));
    await symlink('../conf.avail/localhost.cfg.lua', join(etc, 'prosody/conf.d/localhost.cfg.lua'));
    await writeFile(join(etc, 'jitsi/jicofo/jicofo.conf'), 'jicofo {}\n');
    await writeFile(join(etc, 'jitsi/jicofo/sip-communicator.properties'), 'org.jitsi.jicofo.DISABLE_AUTO_OWNER=true\n');
    await writeFile(join(etc, 'jitsi/meet/meet.example.org-config.js'), "var config = { hosts: { domain: 'meet.example.org' } };\n");
    await writeFile(join(root, '.env'), 'ENABLE_AUTH=1\n');
    const files = await discoverFiles(root);
    expect(files.prosody!.map((f) => f.path)).toEqual(['etc/prosody/prosody.cfg.lua', 'etc/prosody/conf.d/meet.example.org.cfg.lua']);
    expect(files.jicofo!.map((f) => f.path)).toEqual(['etc/jitsi/jicofo/jicofo.conf', 'etc/jitsi/jicofo/sip-communicator.properties']);
    expect(files.configJs!.path).toBe('etc/jitsi/meet/meet.example.org-config.js');
    expect(files.dockerEnv!.path).toBe('.env');
    // The global authentication of prosody.cfg.lua applies to hosts that set none; the token host keeps its own.
    const report = diagnoseDeployment(files);
    expect(report.profile!.domain).toBe('meet.example.org');
    // --dir may also name the etc folder itself.
    const direct = await discoverFiles(etc);
    expect(direct.prosody!.map((f) => f.path)).toEqual(['prosody/prosody.cfg.lua', 'prosody/conf.d/meet.example.org.cfg.lua']);
    expect(direct.dockerEnv).toBeUndefined();
  });
});
