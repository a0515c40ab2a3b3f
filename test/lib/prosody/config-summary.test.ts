import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forgetSecrets, readProsodyConfig, summarizeProsodyConfig, type ProsodyConfig } from '../../../lib/prosody/index.js';
import { JITSI_2025_PROFILE } from '../../../lib/token/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/prosody/${name}`, import.meta.url), 'utf8');

function read(text: string): ProsodyConfig {
  const result = readProsodyConfig(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('forgetSecrets', () => {
  it("drops every secret value, keeping the option's name and line", () => {
    const { config, secrets } = forgetSecrets(read(fixture('debian.cfg.lua')));
    expect(secrets).toEqual([
      { option: 'external_service_secret', section: '*', line: 8 },
      { option: 'app_secret', section: 'meet.example.org', line: 27 },
    ]);
    expect(config.host?.options.app_secret).toEqual({ name: 'app_secret', line: 27 });
    const text = JSON.stringify(config);
    expect(text).not.toContain('example_app_secret');
    expect(text).not.toContain('turn-secret');
  });
});

describe('summarizeProsodyConfig', () => {
  it('Debian layout: the token host, its settings with their lines, the secrets gone', () => {
    const summary = summarizeProsodyConfig(forgetSecrets(read(fixture('debian.cfg.lua'))).config);
    expect(summary.hosts).toEqual([
      { name: 'meet.example.org', token: true, line: 23 },
      { name: 'auth.meet.example.org', token: false, line: 90 },
      { name: 'guest.meet.example.org', token: false, line: 98 },
    ]);
    expect(summary.host).toBe('meet.example.org');
    expect(summary.profile).toMatchObject({
      name: 'meet.example.org',
      domain: 'meet.example.org',
      app_id: 'example_app_id',
      key_kind: 'secret',
      token_verification: true,
    });
    expect(summary.rows).toEqual(
      expect.arrayContaining([
        { setting: 'domain', option: 'VirtualHost', value: 'meet.example.org', from: 'line 23' },
        { setting: 'app_id', option: 'app_id', value: 'example_app_id', from: 'line 26' },
        { setting: 'key_kind', option: 'app_secret', value: 'shared secret (HS)', from: 'line 27' },
        { setting: 'enable_domain_verification', option: 'enable_domain_verification', value: 'true', from: 'default' },
        { setting: 'muc_mapper_domain_base', option: 'muc_mapper_domain_base', value: 'meet.example.org', from: 'line 6 (global)' },
      ]),
    );
    expect(summary.problem).toBeNull();
    expect(JSON.stringify(summary)).not.toContain('example_app_secret');
  });

  it('Docker layout: global issuers and audiences for meet.jitsi', () => {
    const summary = summarizeProsodyConfig(forgetSecrets(read(fixture('docker.cfg.lua'))).config);
    expect(summary.host).toBe('meet.jitsi');
    expect(summary.profile).toMatchObject({
      domain: 'meet.jitsi',
      asap_accepted_issuers: ['my_web_client', 'my_app_client'],
      asap_accepted_audiences: ['my_server1', 'my_server2'],
    });
    expect(summary.rows).toContainEqual({
      setting: 'asap_accepted_issuers',
      option: 'asap_accepted_issuers',
      value: 'my_web_client, my_app_client',
      from: 'line 12 (global)',
    });
  });

  it("takes another VirtualHost when asked, and the chosen release's defaults", () => {
    const config = forgetSecrets(read(fixture('debian.cfg.lua'))).config;
    const guest = summarizeProsodyConfig(config, { host: 'guest.meet.example.org' });
    expect(guest.host).toBe('guest.meet.example.org');
    expect(guest.notes.join(' ')).toMatch(/authentication = "jitsi-anonymous", not "token"/);
    expect(summarizeProsodyConfig(config, { host: 'nowhere.example' })).toMatchObject({
      host: null,
      profile: null,
      hostReason: 'There is no VirtualHost "nowhere.example" in this file.',
    });
    const older = summarizeProsodyConfig(config, { base: JITSI_2025_PROFILE });
    expect(older.profile).toMatchObject({ sub_claim_check: 'join', room_pattern_case: 'lowercased', app_id: 'example_app_id' });
  });

  it('lists what it could not evaluate, with lines, and says when no host can be chosen', () => {
    const text = [
      'Include "conf.d/*.cfg.lua"',
      'VirtualHost "a.example.org"',
      '  authentication = "token"',
      '  app_secret = os.getenv("JWT_APP_SECRET")',
      '  asap_accepted_issuers = { os.getenv("ISSUER") }',
      'VirtualHost "b.example.org"',
      '  authentication = "token"',
      '  app_secret = "b-secret"',
    ].join('\n');
    const { config, secrets } = forgetSecrets(read(text));
    expect(secrets.map((s) => [s.option, s.line])).toEqual([
      ['app_secret', 4],
      ['app_secret', 8],
    ]);
    const summary = summarizeProsodyConfig(config);
    expect(summary.host).toBeNull();
    expect(summary.hostReason).toMatch(/Several VirtualHosts use tokens/);
    expect(summary.skipped.map((s) => [s.line, s.what])).toEqual([
      [1, 'Include "conf.d/*.cfg.lua": read that file too'],
      [4, 'a call to os.getenv'],
      [5, 'a call to os.getenv'],
    ]);
    const a = summarizeProsodyConfig(config, { host: 'a.example.org' });
    expect(a.rows).toContainEqual({
      setting: 'asap_accepted_issuers',
      option: 'asap_accepted_issuers',
      value: 'app_id (not set)',
      from: 'line 5: not evaluated, default used',
    });
    expect(JSON.stringify(a)).not.toContain('b-secret');
  });

  it('refuses a host name that is not plain ASCII (a look-alike of another domain)', () => {
    const summary = summarizeProsodyConfig(read('VirtualHost "m\u0435et.example.org"\n  authentication = "token"\n  app_secret = "x"\n'));
    expect(summary.host).toBe('m\u0435et.example.org');
    expect(summary.profile).toBeNull();
    expect(summary.problem).toMatch(/^MeetGate cannot use this host's settings: name must be|domain must be/);
  });
});
