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

// Prosody 0.12.3 core/moduleapi.lua get_option_boolean: true/"true"/1 and false/"false"/0; anything
// else is "not understood" and nil, which token/util.lib.lua reads as off. get_option_number: tonumber.
describe('option values as Prosody coerces them', () => {
  it.each([
    ['enable_domain_verification = 0', { enable_domain_verification: false }],
    ['enable_domain_verification = 1', { enable_domain_verification: true }],
    ['enable_domain_verification = "yes"', { enable_domain_verification: false }],
    ['asap_require_room_claim = 0', { asap_require_room_claim: false }],
    ['token_regex_room_max_length = "64"', { token_regex_room_max_length: 64 }],
  ])('%s', async (line, expected) => {
    const files = await fixtureFiles('clean');
    const host = files.prosody![0]!;
    const text = host.text.replace('    app_id = "example_app"\n', `    app_id = "example_app"\n    ${line}\n`);
    expect(text).not.toBe(host.text);
    const report = diagnoseDeployment({ ...files, prosody: [{ ...host, text }] });
    expect(report.profile).toMatchObject(expected);
  });
});
