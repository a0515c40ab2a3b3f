/**
 * Several Prosody files are one configuration: prosody.cfg.lua includes conf.d/*.cfg.lua into the
 * same table (Prosody 0.12 core/configmanager.lua: `Include` loads each file into `config_table`),
 * so a VirtualHost written in two files is one host with the options of both.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { fixtureFiles } from './fixtures.js';

describe('a host written in two Prosody files', () => {
  it('is one host: the clean deployment stays clean when prosody.cfg.lua also names its VirtualHost', async () => {
    const files = await fixtureFiles('clean');
    const main = {
      path: 'etc/prosody/prosody.cfg.lua',
      text: 'VirtualHost "meet.example.org"\n    c2s_require_encryption = true\nInclude "conf.d/*.cfg.lua"\n',
    };
    const report = diagnoseDeployment({ ...files, prosody: [main, ...files.prosody!] });
    expect(report.findings.map((f) => f.check)).toEqual([]);
    expect(report.profile?.app_id).toBe('example_app');
  });

  it('takes the later file’s value of an option set in both, as Prosody does', async () => {
    const files = await fixtureFiles('clean');
    const later = { path: 'etc/prosody/conf.d/zz-override.cfg.lua', text: 'VirtualHost "meet.example.org"\n    app_id = "other_app"\n' };
    const report = diagnoseDeployment({ ...files, prosody: [...files.prosody!, later] });
    expect(report.profile?.app_id).toBe('other_app');
  });
});
