import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileFromProsodyConfig, readProsodyConfig, type ProsodyConfig, type ProsodyConfigResult } from '../../../lib/prosody/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/prosody/${name}`, import.meta.url), 'utf8');

function ok(result: ProsodyConfigResult): ProsodyConfig {
  if (!result.ok) throw new Error(`expected a config, got: ${result.error.message}`);
  return result;
}

describe('readProsodyConfig: the Debian layout (conf.avail/<host>.cfg.lua)', () => {
  const config = ok(readProsodyConfig(fixture('debian.cfg.lua')));

  it('finds every VirtualHost and Component, with their plugins and lines', () => {
    expect(config.virtualHosts.map((h) => h.name)).toEqual(['meet.example.org', 'auth.meet.example.org', 'guest.meet.example.org']);
    expect(config.components.map((c) => [c.name, c.module])).toEqual([
      ['conference.meet.example.org', 'muc'],
      ['internal.auth.meet.example.org', 'muc'],
      ['focus.meet.example.org', 'client_proxy'],
      ['speakerstats.meet.example.org', 'speakerstats_component'],
      ['lobby.meet.example.org', 'muc'],
    ]);
    expect(config.virtualHosts[0]?.line).toBe(23);
    expect(config.skipped).toEqual([]);
  });

  it('reads options with their values and lines, comments ignored', () => {
    const host = config.host!;
    expect(host.name).toBe('meet.example.org');
    expect(host.options.authentication).toEqual({ name: 'authentication', value: 'token', line: 24 });
    expect(host.options.app_secret).toMatchObject({ value: 'example_app_secret', line: 27 });
    expect(host.options.ssl?.value).toEqual({ key: '/etc/prosody/certs/meet.example.org.key', certificate: '/etc/prosody/certs/meet.example.org.crt' });
    expect(config.global.options.muc_mapper_domain_base?.value).toBe('meet.example.org');
    expect(config.global.options.external_services?.value).toMatchObject([
      { type: 'stun', port: 3478 },
      { type: 'turn', secret: true },
    ]);
  });

  it('lists modules_enabled per section', () => {
    expect(config.host?.modules).toContain('persistent_lobby');
    expect(config.components[0]?.modules).toEqual(expect.arrayContaining(['token_verification', 'muc_wait_for_host']));
  });

  it('maps to a server profile naming the host, the app id and the MUC module', () => {
    const { profile, settings } = profileFromProsodyConfig(config);
    expect(profile).toMatchObject({
      name: 'meet.example.org',
      domain: 'meet.example.org',
      app_id: 'example_app_id',
      key_kind: 'secret',
      signature_algorithm: 'HS256',
      enable_domain_verification: true,
      asap_require_room_claim: true,
      muc_mapper_domain_base: 'meet.example.org',
      token_verification: true,
    });
    expect(settings.find((s) => s.setting === 'app_id')).toEqual({ setting: 'app_id', option: 'app_id', source: 'host', line: 26 });
    expect(settings.find((s) => s.setting === 'enable_domain_verification')?.source).toBe('default');
  });
});

describe('readProsodyConfig: the Docker layout (conf.d/jitsi-meet.cfg.lua)', () => {
  const config = ok(readProsodyConfig(fixture('docker.cfg.lua')));

  it('takes global issuers and audiences for the meet.jitsi host', () => {
    const { profile, settings } = profileFromProsodyConfig(config);
    expect(profile).toMatchObject({
      domain: 'meet.jitsi',
      app_id: 'my_jitsi_app_id',
      asap_accepted_issuers: ['my_web_client', 'my_app_client'],
      asap_accepted_audiences: ['my_server1', 'my_server2'],
      allow_empty_token: false,
      token_verification: true,
    });
    expect(settings.find((s) => s.setting === 'asap_accepted_issuers')).toMatchObject({ source: 'global', line: 12 });
  });

  it('finds the room component (muc.meet.jitsi) by its token_verification module', () => {
    expect(config.components.find((c) => c.modules.includes('token_verification'))?.name).toBe('muc.meet.jitsi');
  });
});

describe('readProsodyConfig: the Keycloak set-up of the handbook', () => {
  const text = `
VirtualHost "jitsi.example.com"
    authentication = "token"
    app_id = "jitsi"
    app_secret = "unused"
    asap_key_server = "https://keycloak.example.com/realms/jitsi/protocol/openid-connect/certs"
    asap_accepted_issuers = { "http://jitsi.example.com/realms/jitsi-realm" }
    asap_accepted_audiences = { "account" }
    asap_require_room_claim = false;
Component "conference.jitsi.example.com" "muc"
    modules_enabled = { "token_verification"; "muc_wait_for_host" }
`;
  it('gives an RS256 key-server profile with the room claim not required', () => {
    const { profile } = profileFromProsodyConfig(ok(readProsodyConfig(text)));
    expect(profile).toMatchObject({
      key_kind: 'key-server',
      signature_algorithm: 'RS256',
      asap_require_room_claim: false,
      asap_accepted_audiences: ['account'],
    });
  });
});

describe('readProsodyConfig: what it cannot evaluate is reported and skipped', () => {
  const text = [
    'Include "conf.d/*.cfg.lua"',
    'local base = "meet.example.org"',
    'VirtualHost (base) { authentication = "token", app_id = "app", app_secret = os.getenv("JWT_SECRET") }',
    'token_regex_enabled = ENV_TOKEN_REGEX',
    'Component ("conference." .. base) "muc"',
    '  modules_enabled = { "token_verification" }',
    '  if true then muc_room_locking = true end',
    '  something_else = FileContents("/etc/secret")',
  ].join('\n');
  const config = ok(readProsodyConfig(text));

  it('lists each skipped thing with its line and section', () => {
    expect(config.skipped).toEqual([
      { line: 1, column: 1, section: '*', what: 'Include "conf.d/*.cfg.lua": read that file too' },
      { line: 3, column: 77, section: 'meet.example.org', what: 'a call to os.getenv', option: 'app_secret' },
      { line: 4, column: 23, section: '*', what: 'the environment variable TOKEN_REGEX (ENV_TOKEN_REGEX)', option: 'token_regex_enabled' },
      { line: 7, column: 3, section: 'conference.meet.example.org', what: 'an if statement' },
      { line: 8, column: 20, section: 'conference.meet.example.org', what: 'a call to FileContents', option: 'something_else' },
    ]);
  });

  it('keeps the option (without a value) so its presence still counts', () => {
    expect(config.host?.options.app_secret).toEqual({ name: 'app_secret', line: 3 });
    const { profile, notes } = profileFromProsodyConfig(config);
    expect(profile.key_kind).toBe('secret');
    expect(profile.token_regex_enabled).toBe(true);
    expect(notes.join(' ')).toMatch(/token_regex_enabled \(line 4\) could not be evaluated/);
  });

  it('goes back to the global section after a { options } table, as Prosody does', () => {
    expect(config.global.options.token_regex_enabled).toBeDefined();
    expect(config.components[0]?.name).toBe('conference.meet.example.org');
  });

  it('resolves names set earlier (locals and options), never unknown ones', () => {
    const c = ok(readProsodyConfig('domain_name = "a.org"\nVirtualHost "a.org"\n  main_muc = "conference." .. domain_name\n  other = unknown_name'));
    expect(c.host?.options.main_muc?.value).toBe('conference.a.org');
    expect(c.skipped[0]?.what).toBe('the name unknown_name, which is not set before this line');
  });
});

describe('readProsodyConfig: choosing the host', () => {
  const text = 'VirtualHost "a.org"\n authentication = "token"\nVirtualHost "b.org"\n authentication = "token"\n';
  it('asks which host when several use tokens', () => {
    const c = ok(readProsodyConfig(text));
    expect(c.host).toBeNull();
    expect(c.hostReason).toMatch(/Several VirtualHosts use tokens \("a.org", "b.org"\)/);
  });
  it('takes the host asked for, in any case', () => {
    expect(ok(readProsodyConfig(text, { host: 'B.org' })).host?.name).toBe('b.org');
    expect(ok(readProsodyConfig(text, { host: 'c.org' })).hostReason).toMatch(/no VirtualHost "c.org"/);
  });
  it('coerces like Prosody: "false" is false, "3" is 3, a lone string is a one-entry list', () => {
    const c = ok(
      readProsodyConfig(
        'VirtualHost "x"\n authentication = "token"\n app_secret = "s"\n enable_domain_verification = "false"\n token_regex_max_quantifiers = "2"\n asap_accepted_issuers = "me"',
      ),
    );
    expect(profileFromProsodyConfig(c).profile).toMatchObject({
      enable_domain_verification: false,
      token_regex_max_quantifiers: 2,
      asap_accepted_issuers: ['me'],
    });
  });
  it('says when the room component does not load token_verification', () => {
    const c = ok(
      readProsodyConfig('VirtualHost "x"\n authentication = "token"\n app_secret = "s"\nComponent "conference.x" "muc"\n modules_enabled = { "ping" }'),
    );
    const { profile, notes } = profileFromProsodyConfig(c);
    expect(profile.token_verification).toBe(false);
    expect(notes.join(' ')).toMatch(/does not enable "token_verification"/);
  });
});

describe('readProsodyConfig: broken and hostile files', () => {
  it.each([
    ['VirtualHost "x"\n  app_secret = \n', 3, /expected near '<eof>'/],
    ['VirtualHost "x"\n  modules_enabled = { "bosh";\n', 3, /'}' expected/],
    ['VirtualHost "x\n', 1, /unfinished string/],
    ['Component "conference.x" "muc"\n  x = 1 +* 2\n', 2, /<expression> expected near .\*./],
  ])('gives a clear error with the line: %j', (text, line, message) => {
    const result = readProsodyConfig(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    expect(result.error.message).toMatch(new RegExp(`^Line ${line}, column \\d+: `));
    expect(result.error.message).toMatch(message);
  });

  it('never throws, whatever the input', () => {
    for (const input of ['', '\uFEFF', '('.repeat(100_000), `x = ${'{'.repeat(5000)}${'}'.repeat(5000)}`, 'x'.repeat(2_000_000), 42 as unknown as string]) {
      expect(() => readProsodyConfig(input)).not.toThrow();
    }
    expect(readProsodyConfig('x'.repeat(2_000_000)).ok).toBe(false);
  });

  it('reads non-ASCII text and Lua escapes as UTF-8', () => {
    const c = ok(readProsodyConfig('VirtualHost "x"\n name = "Bücher"\n escaped = "\\xC3\\xA9t\\u{e9}"'));
    expect(c.host?.options.name?.value).toBe('Bücher');
    expect(c.host?.options.escaped?.value).toBe('été');
  });

  it('does not let option names reach Object.prototype', () => {
    const c = ok(readProsodyConfig('VirtualHost "x"\n __proto__ = { polluted = true }\n constructor = 1'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(c.host?.options['constructor' as string]?.value).toBe(1);
  });
});
