/** The readers for Prosody Lua, config.js, Java properties and .env: values, lines, broken files. */
import { describe, expect, it } from 'vitest';
import { readConfigJs, ConfigJsSyntaxError } from '../../../server/doctor/parse/config-js.js';
import { parseDotenv } from '../../../server/doctor/parse/dotenv.js';
import { parseProperties } from '../../../server/doctor/parse/properties.js';
import { readProsodyFile, ProsodySyntaxError } from '../../../server/doctor/parse/prosody.js';

function thrown(fn: () => unknown): Error & { line: number; column: number } {
  try {
    fn();
  } catch (error) {
    return error as Error & { line: number; column: number };
  }
  throw new Error('did not throw');
}

describe('readProsodyFile', () => {
  it('reads global options, VirtualHost and Component sections, module lists and lines', () => {
    const file = readProsodyFile(`plugin_paths = { "/usr/share/jitsi-meet/prosody-plugins/" }
muc_mapper_domain_base = "meet.example.org";
VirtualHost "meet.example.org"
    authentication = "token" -- a comment
    app_secret = "s" .. "ecret"
    modules_enabled = { "bosh"; "ping", }
Component "conference.meet.example.org" "muc"
    modules_enabled = {
        "token_verification";
    }
    party_check_timeout = 60
Component("focus.meet.example.org", "client_proxy")
    target = muc_mapper_domain_base
`);
    expect(file.sections.map((s) => [s.kind, s.name, s.plugin, s.line])).toEqual([
      ['global', null, null, 1], ['VirtualHost', 'meet.example.org', null, 3], ['Component', 'conference.meet.example.org', 'muc', 7], ['Component', 'focus.meet.example.org', 'client_proxy', 12],
    ]);
    const [global, host, muc, focus] = file.sections;
    expect(global!.settings.get('muc_mapper_domain_base')).toEqual({ name: 'muc_mapper_domain_base', value: 'meet.example.org', line: 2 });
    expect(host!.settings.get('app_secret')!.value).toBe('secret');
    expect(host!.settings.get('modules_enabled')!.value).toEqual(['bosh', 'ping']);
    expect(muc!.settings.get('modules_enabled')).toEqual({ name: 'modules_enabled', value: ['token_verification'], line: 8 });
    expect(muc!.settings.get('party_check_timeout')!.value).toBe(60);
    expect(focus!.settings.get('target')!.value).toBe('meet.example.org');
  });

  it('keeps UTF-8 strings intact and reads keyed tables', () => {
    const file = readProsodyFile('VirtualHost "x"\n  app_secret = "géheim€"\n  ssl = { key = "/k"; certificate = "/c" }\n');
    expect(file.sections[1]!.settings.get('app_secret')!.value).toBe('géheim€');
    expect(file.sections[1]!.settings.get('ssl')!.value).toEqual({ key: '/k', certificate: '/c' });
  });

  it('records what it will not evaluate: function calls, ENV_ variables, Include', () => {
    const file = readProsodyFile('app_secret = os.getenv("SECRET")\napp_id = ENV_APP_ID\nInclude "conf.d/*.cfg.lua"\nprint("hi")\n');
    expect(file.sections[0]!.settings.get('app_secret')!.value).toEqual({ unevaluated: 'os.getenv("SECRET")' });
    expect(file.sections[0]!.settings.get('app_id')!.value).toEqual({ unevaluated: 'ENV_APP_ID' });
    expect(file.includes).toEqual([{ line: 3, pattern: 'conf.d/*.cfg.lua' }]);
    expect(file.skipped).toEqual([{ line: 4, text: 'print("hi")' }]);
  });

  it.each([
    ['VirtualHost "x"\n  modules_enabled = {\n    "ping"\n    "bosh";\n', 4],
    ['VirtualHost "x"\n  authentication = "token\n', 2],
    ['a = = 1', 1],
  ])('refuses broken Lua with its line: %j', (text, line) => {
    const error = thrown(() => readProsodyFile(text));
    expect(error).toBeInstanceOf(ProsodySyntaxError);
    expect(error.line).toBe(line);
  });
});

describe('readConfigJs', () => {
  it('reads the object literal and later config.x = … statements with their lines', () => {
    const js = readConfigJs(`var config = {
    hosts: {
        domain: 'meet.example.org',
        muc: 'conference.' + 'meet.example.org'
    },
    enableFeaturesBasedOnToken: true,
    'quoted-key': \`tpl\`,
    list: [1, -2],
};
config.tokenAuthUrl = 'https://login.example.org/{room}';
config.sso = { clientId: 'jitsi' };
config['hosts'].anonymousdomain = 'guest.meet.example.org';
`);
    const value = (p: string) => js.entries.get(p)?.value;
    expect(value('hosts.domain')).toBe('meet.example.org');
    expect(value('hosts.muc')).toBe('conference.meet.example.org');
    expect(js.entries.get('enableFeaturesBasedOnToken')).toEqual({ path: 'enableFeaturesBasedOnToken', value: true, line: 6 });
    expect(value('quoted-key')).toBe('tpl');
    expect(value('list')).toEqual([1, -2]);
    expect(js.entries.get('tokenAuthUrl')!.line).toBe(10);
    expect(value('sso.clientId')).toBe('jitsi');
    expect(js.entries.get('hosts.anonymousdomain')!.line).toBe(12);
  });

  it('marks what it would have to run as not evaluated', () => {
    const js = readConfigJs("var subdomain = location.host;\nvar config = { a: subdomain + 'x', b: f(), c: `t${1}` };\nif (x) { config.d = 1; }\n");
    expect(js.entries.get('a')!.value).toEqual({ unevaluated: "subdomain + 'x'" });
    expect(js.entries.get('b')!.value).toEqual({ unevaluated: 'f()' });
    expect(js.entries.get('c')!.value).toEqual({ unevaluated: '`t${1}`' });
    expect(js.entries.has('d')).toBe(false);
    expect(js.skipped.map((s) => s.line)).toEqual([3]);
  });

  it('refuses invalid JavaScript with its line and column', () => {
    const error = thrown(() => readConfigJs("var config = {\n  hosts: {\n    domain: 'x'\n  \n  bosh: 'y'\n};"));
    expect(error).toBeInstanceOf(ConfigJsSyntaxError);
    expect(error.line).toBe(5);
  });
});

describe('parseProperties', () => {
  it('reads keys, values and lines, with continuations, escapes and comments', () => {
    const props = parseProperties('# comment\n! other comment\norg.jitsi.jicofo.auth.URL=EXT_JWT:meet.example.org\nlong = a\\\n   b\nspaced : x\\u0041\n');
    expect([...props.values()]).toEqual([
      { key: 'org.jitsi.jicofo.auth.URL', value: 'EXT_JWT:meet.example.org', line: 3 },
      { key: 'long', value: 'ab', line: 4 },
      { key: 'spaced', value: 'xA', line: 6 },
    ]);
  });
});

describe('parseDotenv', () => {
  it('reads variables with dotenv and finds their lines', () => {
    const env = parseDotenv('# comment\nENABLE_AUTH=1\nexport AUTH_TYPE=jwt\nJWT_APP_SECRET="a b # not a comment"\nMULTI="line1\nline2"\nXMPP_DOMAIN=meet.jitsi # comment\n');
    expect([...env.entries.values()]).toEqual([
      { key: 'ENABLE_AUTH', value: '1', line: 2 },
      { key: 'AUTH_TYPE', value: 'jwt', line: 3 },
      { key: 'JWT_APP_SECRET', value: 'a b # not a comment', line: 4 },
      { key: 'MULTI', value: 'line1\nline2', line: 5 },
      { key: 'XMPP_DOMAIN', value: 'meet.jitsi', line: 7 },
    ]);
    expect(env.ignored).toEqual([]);
  });

  it('lists the lines that are not VARIABLE=value', () => {
    expect(parseDotenv('ENABLE_AUTH=1\nthis is not a variable\n=x\n').ignored).toEqual([
      { line: 2, text: 'this is not a variable' }, { line: 3, text: '=x' },
    ]);
  });
});
