/** The readers for config.js, Java properties and .env: values, lines, broken files (Prosody's reader is lib/prosody's, tested there). */
import { describe, expect, it } from 'vitest';
import { readConfigJs, ConfigJsSyntaxError } from '../../../server/doctor/parse/config-js.js';
import { parseDotenv } from '../../../server/doctor/parse/dotenv.js';
import { parseProperties } from '../../../server/doctor/parse/properties.js';

function thrown(fn: () => unknown): Error & { line: number; column: number } {
  try {
    fn();
  } catch (error) {
    return error as Error & { line: number; column: number };
  }
  throw new Error('did not throw');
}

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

  it("reads the Debian template's nginx include (subdomain) as its default, the single-domain value", () => {
    const js = readConfigJs(
      `var subdomain = '<!--# echo var="subdomain" default="" -->';\nif (subdomain) { subdomain = subdomain + '.'; }\nvar config = { hosts: { muc: 'conference.' + subdomain + 'meet.example.org' } };\n`,
    );
    expect(js.entries.get('hosts.muc')!.value).toBe('conference.meet.example.org');
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
    const env = parseDotenv(
      '# comment\nENABLE_AUTH=1\nexport AUTH_TYPE=jwt\nJWT_APP_SECRET="a b # not a comment"\nMULTI="line1\nline2"\nXMPP_DOMAIN=meet.jitsi # comment\n',
    );
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
      { line: 2, text: 'this is not a variable' },
      { line: 3, text: '=x' },
    ]);
  });
});
