import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../lib/token/index.js';
import { findDeployment, inspectContextFor, meetingLink, permissionOrigins, type Deployment } from '../../../lib/deployments/index.js';
import { fakeToken, goodClaims, NOW } from '../../fixtures/tokens.js';

const BASE: Deployment = {
  id: 'd1',
  name: 'Team Meet',
  domain: 'meet.example.org',
  tenant: null,
  expectedIssuer: ['myapp'],
  expectedAudience: ['myapp'],
  signIn: { kind: 'none' },
  logoutUrl: null,
  jwksUrl: null,
};
const OIDC: Deployment = {
  ...BASE,
  id: 'd2',
  domain: 'meet.corp.example',
  tenant: 'sales',
  expectedIssuer: [],
  expectedAudience: ['account'],
  signIn: { kind: 'oidc', issuer: 'https://id.corp.example/realms/jitsi', clientId: 'jitsi', scopes: ['openid'] },
  jwksUrl: 'https://keys.corp.example/certs',
};

describe('meetingLink', () => {
  it('builds the Jitsi address with the token in the fragment, JSON-quoted as Jitsi reads it there (issue 9)', () => {
    expect(meetingLink(BASE, 'Team Standup', 'a.b.c')).toBe('https://meet.example.org/Team%20Standup#jwt=%22a.b.c%22');
    expect(meetingLink(OIDC, 'daily')).toBe('https://meet.corp.example/sales/daily');
  });

  it('refuses room names that would change the path', () => {
    expect(() => meetingLink(BASE, '../admin')).toThrow(RangeError);
    expect(() => meetingLink(BASE, 'a?jwt=x')).toThrow(RangeError);
    expect(() => meetingLink(BASE, '')).toThrow(RangeError);
  });
});

describe('inspectContextFor', () => {
  it('gives the inspector the domain, room and expected issuer and audience', () => {
    const report = inspectToken(fakeToken(goodClaims()), inspectContextFor(BASE, 'standup', NOW));
    expect(report.usable).toBe(true);
    expect(inspectToken(fakeToken(goodClaims()), inspectContextFor(BASE, 'other', NOW)).findings.map((f) => f.code)).toContain('room-mismatch');
  });

  it('expects the OpenID issuer when no issuer was configured, and prefixes the tenant', () => {
    expect(inspectContextFor(OIDC, 'daily')).toEqual({
      domain: 'meet.corp.example',
      tenant: 'sales',
      room: 'sales/daily',
      expectedIssuer: ['https://id.corp.example/realms/jitsi'],
      expectedAudience: ['account'],
      profile: { key_kind: 'key-server', asap_require_room_claim: false, token_verification: false },
    });
    const report = inspectToken(
      fakeToken({ ...goodClaims({ iss: 'https://evil.example/realms/jitsi', aud: 'account' }) }),
      inspectContextFor(OIDC, 'daily', NOW),
    );
    expect(report.findings.map((f) => f.code)).toContain('iss-mismatch');
  });
});

describe('findDeployment', () => {
  it('matches domain case-insensitively and the tenant exactly: an unconfigured tenant gets nothing (issue 9)', () => {
    const plain = { ...OIDC, id: 'plain', tenant: null };
    expect(findDeployment([BASE, OIDC, plain], 'MEET.corp.example', 'sales')?.id).toBe('d2');
    expect(findDeployment([BASE, OIDC, plain], 'meet.corp.example')?.id).toBe('plain');
    expect(findDeployment([BASE, plain], 'meet.corp.example', 'other')).toBeUndefined();
    expect(findDeployment([BASE], 'meet.example.org:443')?.id).toBe('d1');
    expect(findDeployment([BASE], 'evil.example.org')).toBeUndefined();
  });
});

describe('permissionOrigins', () => {
  it('asks only for the issuer and JWKS hosts, without ports or wildcards', () => {
    expect(permissionOrigins(OIDC)).toEqual(['https://id.corp.example/*', 'https://keys.corp.example/*']);
    expect(
      permissionOrigins({ ...OIDC, signIn: { kind: 'oidc', issuer: 'http://127.0.0.1:4000/realms/x', clientId: 'c', scopes: [] }, jwksUrl: null }),
    ).toEqual(['http://127.0.0.1/*']);
    expect(permissionOrigins(BASE)).toEqual([]);
  });
});
