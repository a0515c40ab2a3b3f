import { describe, expect, it } from 'vitest';
import { draftOf, readStoredDeployments, validateDeployment, type Deployment, type DeploymentDraft } from '../../../lib/deployments/index.js';

const OIDC_DRAFT: DeploymentDraft = {
  name: 'Team Meet',
  domain: 'meet.example.org',
  signIn: 'oidc',
  issuer: 'https://id.example.org/realms/jitsi-realm/',
  clientId: 'jitsi',
  scopes: 'openid profile',
  expectedAudience: 'account',
  logoutUrl: 'https://id.example.org/realms/jitsi-realm/protocol/openid-connect/logout?post_logout_redirect_uri=https://meet.example.org/static/logout.html',
  jwksUrl: 'https://id.example.org/realms/jitsi-realm/protocol/openid-connect/certs',
};

function valid(draft: DeploymentDraft, existing: Deployment[] = []): Deployment {
  const result = validateDeployment(draft, { existing, newId: () => 'new-id' });
  if (!result.ok) throw new Error(`expected valid, got ${JSON.stringify(result.errors)}`);
  return result.deployment;
}

function errorsOf(draft: DeploymentDraft, existing: Deployment[] = []): Record<string, string> {
  const result = validateDeployment(draft, { existing, newId: () => 'new-id' });
  if (result.ok) throw new Error('expected errors');
  return result.errors as Record<string, string>;
}

describe('validateDeployment', () => {
  it('accepts a Keycloak deployment as in the seeds and normalises it', () => {
    const deployment = valid(OIDC_DRAFT);
    expect(deployment).toEqual({
      id: 'new-id',
      name: 'Team Meet',
      domain: 'meet.example.org',
      tenant: null,
      expectedIssuer: [],
      expectedAudience: ['account'],
      signIn: { kind: 'oidc', issuer: 'https://id.example.org/realms/jitsi-realm', clientId: 'jitsi', scopes: ['openid', 'profile'] },
      logoutUrl: OIDC_DRAFT.logoutUrl,
      jwksUrl: OIDC_DRAFT.jwksUrl,
    });
  });

  it('takes the domain out of a pasted https link and drops the default port', () => {
    expect(valid({ domain: 'https://Meet.Example.org:443/' }).domain).toBe('meet.example.org');
    expect(valid({ domain: 'meet.example.org:8443' }).domain).toBe('meet.example.org:8443');
  });

  it('names the deployment after its domain and tenant when no name is given', () => {
    expect(valid({ domain: 'meet.example.org', tenant: '/sales/' })).toMatchObject({ name: 'meet.example.org/sales', tenant: 'sales' });
  });

  it.each([
    ['', 'Enter the domain'],
    ['http://meet.example.org', 'over https'],
    ['https://meet.example.org/room', 'without a room or path'],
    ['meet.example.org/room', 'without a path'],
    ['user@meet.example.org', 'without a path'],
    ['-bad-.example.org', 'not a valid domain'],
    ['a..b', 'not a valid domain'],
  ])('refuses the domain %j with a clear message', (domain, message) => {
    expect(errorsOf({ domain }).domain).toContain(message);
  });

  it('refuses a second deployment for the same domain and tenant, naming the first', () => {
    const first = valid({ id: 'first', domain: 'meet.example.org', name: 'Team Meet' });
    expect(errorsOf({ domain: 'MEET.example.org' }, [first]).domain).toBe('"Team Meet" already uses meet.example.org; edit that one instead.');
    expect(valid({ domain: 'meet.example.org', tenant: 'sales' }, [first]).tenant).toBe('sales');
    expect(valid({ ...draftOf(first), name: 'Renamed' }, [first]).name).toBe('Renamed');
  });

  it('requires issuer and client id for OpenID Connect, and https for the issuer', () => {
    const errors = errorsOf({ domain: 'meet.example.org', signIn: 'oidc', issuer: 'http://id.example.org', clientId: 'has space' });
    expect(errors.issuer).toContain('must use https://');
    expect(errors.clientId).toContain('no spaces');
    expect(errorsOf({ domain: 'meet.example.org', signIn: 'oidc' })).toMatchObject({
      issuer: expect.stringContaining('Enter the OpenID issuer'),
      clientId: expect.stringContaining('Enter the client id'),
    });
  });

  it('allows plain http issuers on loopback only (local testing)', () => {
    const deployment = valid({ domain: 'meet.example.org', signIn: 'oidc', issuer: 'http://127.0.0.1:4000/realms/test', clientId: 'jitsi' });
    expect(deployment.signIn).toEqual({ kind: 'oidc', issuer: 'http://127.0.0.1:4000/realms/test', clientId: 'jitsi', scopes: ['openid'] });
    expect(errorsOf({ domain: 'meet.example.org', signIn: 'oidc', issuer: 'http://10.0.0.1/realms/test', clientId: 'jitsi' }).issuer).toContain('https');
  });

  it('checks the login page, logout and JWKS addresses', () => {
    const errors = errorsOf({
      domain: 'meet.example.org',
      signIn: 'login-url',
      loginUrl: 'javascript:alert(1)',
      logoutUrl: 'https://user:pw@x.org/',
      jwksUrl: 'https://x.org/certs#k',
    });
    expect(errors.loginUrl).toContain('must start with https://');
    expect(errors.logoutUrl).toContain('user name or password');
    expect(errors.jwksUrl).toContain('"#"');
    expect(errorsOf({ domain: 'meet.example.org', signIn: 'login-url' }).loginUrl).toBe('Enter the login page address.');
  });

  it('refuses unknown sign-in kinds, bad scopes, bad tenants and long names', () => {
    const errors = errorsOf({ domain: 'meet.example.org', signIn: 'saml', tenant: 'a/b', name: 'x'.repeat(81) });
    expect(Object.keys(errors).sort()).toEqual(['name', 'signIn', 'tenant']);
    expect(errorsOf({ domain: 'meet.example.org', signIn: 'oidc', issuer: 'https://id.example.org', clientId: 'c', scopes: 'openid "x"' }).scopes).toContain(
      'not a valid scope',
    );
  });

  it('keeps a valid existing id and replaces a malformed one', () => {
    expect(valid({ id: 'abc-123', domain: 'meet.example.org' }).id).toBe('abc-123');
    expect(valid({ id: '../etc', domain: 'meet.example.org' }).id).toBe('new-id');
  });

  it('round-trips through the form draft', () => {
    const deployment = valid({ ...OIDC_DRAFT, tenant: 'sales', expectedIssuer: 'a, b' });
    expect(valid(draftOf(deployment))).toEqual(deployment);
  });
});

describe('readStoredDeployments', () => {
  it('keeps valid entries and drops tampered ones', () => {
    const good = valid(OIDC_DRAFT);
    const tampered = {
      ...good,
      id: 'evil',
      domain: 'other.example.org',
      signIn: { kind: 'oidc', issuer: 'http://evil.example.org', clientId: 'x', scopes: [] },
    };
    const result = readStoredDeployments([good, tampered, 'junk', null, { ...good, id: '' }]);
    expect(result.deployments).toEqual([good]);
    expect(result.dropped).toBe(4);
  });

  it('reads anything that is not a list as no deployments', () => {
    expect(readStoredDeployments({ length: 1 })).toEqual({ deployments: [], dropped: 0 });
  });
});

describe("a deployment's server profile", () => {
  const profile = {
    name: 'meet.jitsi',
    domain: 'meet.jitsi',
    key_kind: 'secret',
    asap_accepted_issuers: ['my_web_client'],
    enable_domain_verification: true,
  } as const;

  it('is kept through validation, the form draft and storage', () => {
    const deployment = valid({ ...OIDC_DRAFT, profile });
    expect(deployment.profile).toEqual(profile);
    expect(valid(draftOf(deployment))).toEqual(deployment);
    expect(readStoredDeployments([JSON.parse(JSON.stringify(deployment))]).deployments).toEqual([deployment]);
  });

  it('is absent when none was chosen', () => {
    expect('profile' in valid(OIDC_DRAFT)).toBe(false);
  });

  it('refuses a tampered profile, and drops such an entry from storage', () => {
    expect(errorsOf({ ...OIDC_DRAFT, profile: { app_secret: 'leaked' } }).profile).toMatch(/"app_secret" is not a server profile setting/);
    expect(errorsOf({ ...OIDC_DRAFT, profile: { domain: 'мeet.example.org' } }).profile).toMatch(/domain must be a domain/);
    const good = valid({ ...OIDC_DRAFT, profile });
    expect(readStoredDeployments([{ ...good, profile: { ...profile, enable_domain_verification: 'yes' } }])).toEqual({ deployments: [], dropped: 1 });
  });
});
