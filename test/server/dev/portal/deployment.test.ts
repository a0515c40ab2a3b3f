import { describe, expect, it } from 'vitest';
import { readDeployment, readPort } from '../../../../server/dev/portal/index.js';

const SECRET = 'real-app-secret-NEVER-PRINT-0000';

describe('readDeployment', () => {
  it('chooses the embedded simulator when nothing is set', () => {
    expect(readDeployment({})).toEqual({ ok: true, choice: { kind: 'simulator' } });
    expect(readDeployment({ JITSI_DOMAIN: '  ', PATH: '/usr/bin' })).toEqual({ ok: true, choice: { kind: 'simulator' } });
  });

  it('chooses a real deployment with domain, app id and secret; sub defaults to the host', () => {
    expect(readDeployment({ JITSI_DOMAIN: 'Meet.Example.org', JITSI_APP_ID: 'myapp', JITSI_APP_SECRET: SECRET })).toEqual({
      ok: true,
      choice: { kind: 'jitsi', domain: 'meet.example.org', appId: 'myapp', secret: SECRET, subject: 'meet.example.org', bundledExternalApi: false },
    });
  });

  it('takes the XMPP domain for sub (Docker: meet.jitsi), a port, and the bundled IFrame API when asked', () => {
    const reading = readDeployment({
      JITSI_DOMAIN: 'localhost:8443',
      JITSI_APP_ID: 'myapp',
      JITSI_APP_SECRET: SECRET,
      JITSI_XMPP_DOMAIN: 'meet.jitsi',
      JITSI_EXTERNAL_API: 'bundled',
    });
    expect(reading).toMatchObject({ ok: true, choice: { domain: 'localhost:8443', subject: 'meet.jitsi', bundledExternalApi: true } });
  });

  it.each([
    [{ JITSI_DOMAIN: 'meet.example.org' }, ['JITSI_APP_ID is missing', 'JITSI_APP_SECRET is missing']],
    [{ JITSI_APP_ID: 'a', JITSI_APP_SECRET: SECRET }, ['JITSI_DOMAIN is missing']],
    [{ JITSI_DOMAIN: 'https://meet.example.org', JITSI_APP_ID: 'a', JITSI_APP_SECRET: SECRET }, ['JITSI_DOMAIN must be a host name']],
    [{ JITSI_DOMAIN: 'meet.example.org/path', JITSI_APP_ID: 'a', JITSI_APP_SECRET: SECRET }, ['JITSI_DOMAIN must be a host name']],
    [{ JITSI_DOMAIN: 'meet.example.org', JITSI_APP_ID: 'a', JITSI_APP_SECRET: 'tiny-Zq9' }, ['shorter than 16']],
    [{ JITSI_DOMAIN: 'meet.example.org', JITSI_APP_ID: 'a', JITSI_APP_SECRET: SECRET, JITSI_EXTERNAL_API: 'cdn' }, ['JITSI_EXTERNAL_API must be']],
  ])('refuses half a configuration (%o) and says what is missing', (env, expected) => {
    const reading = readDeployment(env);
    expect(reading.ok).toBe(false);
    const problems = reading.ok ? [] : reading.problems;
    expect(problems).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(problems[i]).toContain(text));
    expect(problems.join('\n')).not.toContain(SECRET);
    expect(problems.join('\n')).not.toContain('Zq9');
  });
});

describe('readDeployment with an OpenID provider', () => {
  it("chooses the provider's access tokens with JITSI_DOMAIN, OIDC_ISSUER and OIDC_CLIENT_ID", () => {
    expect(readDeployment({ JITSI_DOMAIN: 'meet.example.org', OIDC_ISSUER: 'https://sso.example.org/realms/jitsi/', OIDC_CLIENT_ID: 'portal' })).toEqual({
      ok: true,
      choice: {
        kind: 'oidc',
        domain: 'meet.example.org',
        issuer: 'https://sso.example.org/realms/jitsi',
        clientId: 'portal',
        scopes: ['openid', 'profile', 'email'],
        bundledExternalApi: false,
      },
    });
    expect(
      readDeployment({
        JITSI_DOMAIN: 'meet.example.org',
        OIDC_ISSUER: 'http://127.0.0.1:8080/realms/dev',
        OIDC_CLIENT_ID: 'p',
        OIDC_SCOPES: 'openid,offline_access',
      }),
    ).toMatchObject({ ok: true, choice: { issuer: 'http://127.0.0.1:8080/realms/dev', scopes: ['openid', 'offline_access'] } });
  });

  it.each([
    [{ OIDC_ISSUER: 'https://sso.example.org/realms/jitsi', OIDC_CLIENT_ID: 'p' }, ['JITSI_DOMAIN is missing']],
    [{ JITSI_DOMAIN: 'meet.example.org', OIDC_ISSUER: 'https://sso.example.org/realms/jitsi' }, ['OIDC_CLIENT_ID is missing']],
    [{ JITSI_DOMAIN: 'meet.example.org', OIDC_ISSUER: 'http://sso.example.org/realms/jitsi', OIDC_CLIENT_ID: 'p' }, ['OIDC_ISSUER must be the issuer address']],
    [{ JITSI_DOMAIN: 'meet.example.org', OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'p' }, ['OIDC_ISSUER must be the issuer address']],
    [{ JITSI_DOMAIN: 'meet.example.org', OIDC_ISSUER: 'https://sso.example.org', OIDC_CLIENT_ID: 'p', JITSI_APP_SECRET: SECRET }, ['not both']],
    [{ JITSI_DOMAIN: 'meet.example.org', OIDC_ISSUER: 'https://sso.example.org', OIDC_CLIENT_ID: 'p', OIDC_SCOPES: 'profile' }, ['must include openid']],
  ])('refuses %o', (env, expected) => {
    const reading = readDeployment(env);
    const problems = reading.ok ? [] : reading.problems;
    expect(problems).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(problems[i]).toContain(text));
    expect(problems.join('\n')).not.toContain(SECRET);
  });
});

describe('readPort', () => {
  it('reads a port or falls back when unset', () => {
    expect(readPort(undefined, 4280, 'PORT')).toBe(4280);
    expect(readPort(' ', 4280, 'PORT')).toBe(4280);
    expect(readPort('8080', 4280, 'PORT')).toBe(8080);
    expect(readPort('0', 4280, 'PORT')).toBe(0);
  });

  it.each(['-1', '65536', '80.5', 'http', '1e3x'])('refuses %s', (value) => {
    expect(() => readPort(value, 4280, 'PORT')).toThrow('PORT must be a port number');
  });
});
