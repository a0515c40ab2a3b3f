/**
 * One fixture deployment per seed set-up, each giving exactly its expected findings, and their
 * fixed versions giving none (test/fixtures/doctor/<name>/README.md says what each one is).
 */
import { describe, expect, it } from 'vitest';
import { diagnoseDeployment } from '../../../server/doctor/diagnose.js';
import { KEYCLOAK_ACCESS_TOKEN } from '../../fixtures/seed-tokens.js';
import { fakeToken, NOW, NOW_S } from '../../fixtures/tokens.js';
import { checkIds, fixtureFiles } from './fixtures.js';

describe('seed deployments', () => {
  it.each([
    ['debian-token-auth', ['allow-empty-token', 'app-secret-short']],
    ['keycloak', ['issuer-scheme-mismatch', 'keycloak-realm-mismatch', 'keycloak-realm-mismatch', 'keycloak-realm-mismatch', 'oidc-user-out-of-context']],
    ['docker', ['app-secret-short', 'jicofo-auth-with-token-roles']],
    ['clean', []],
    ['keycloak-clean', []],
    ['docker-clean', []],
  ])('%s gives exactly its findings', async (name, expected) => {
    const report = diagnoseDeployment(await fixtureFiles(name));
    expect(checkIds(report)).toEqual(expected);
    expect(report.notChecked).toEqual([]);
    expect(report.files.every((f) => f.parsed)).toBe(true);
  });

  it('Debian: allow_empty_token is only worth knowing when muc_wait_for_host holds people without a token', async () => {
    const report = diagnoseDeployment(await fixtureFiles('debian-token-auth'));
    expect(report.findings.find((f) => f.check === 'allow-empty-token')).toMatchObject({ severity: 'info', line: 20 });
    expect(report.findings.find((f) => f.check === 'app-secret-short')!.message).toBe('app_secret is 11 bytes long.');
  });

  it("Keycloak: the document's http issuer refuses the realm's https tokens; fixed, the same token is usable", async () => {
    const broken = diagnoseDeployment(await fixtureFiles('keycloak'), { tokens: [KEYCLOAK_ACCESS_TOKEN], now: NOW });
    expect(broken.findings[0]!.fix).toBe(
      'Set asap_accepted_issuers = { "https://jitsi.example.com/realms/jitsi-realm" } (exactly the iss of a real token: check one with meetgate inspect).',
    );
    expect(broken.tokens[0]!.report.usable).toBe(false);
    expect(broken.tokens[0]!.report.findings.map((f) => f.code)).toContain('iss-mismatch');
    const fixed = diagnoseDeployment(await fixtureFiles('keycloak-clean'), { tokens: [KEYCLOAK_ACCESS_TOKEN], now: NOW });
    expect(fixed.profile).toMatchObject({
      signature_algorithm: 'RS256',
      key_kind: 'key-server',
      asap_accepted_audiences: ['account'],
      asap_require_room_claim: false,
    });
    expect(fixed.tokens[0]!.report.usable).toBe(true);
    expect(fixed.ok).toBe(true);
  });

  it('Docker: the jicofo finding points at ENABLE_AUTH and says the Docker fix; the profile follows the templates', async () => {
    const report = diagnoseDeployment(await fixtureFiles('docker'));
    expect(report.findings[0]).toMatchObject({ check: 'jicofo-auth-with-token-roles', file: '.env', line: 32 });
    expect(report.findings[0]!.message).toContain('ENABLE_AUTH (JICOFO_ENABLE_AUTH defaults to it)');
    expect(report.profile).toMatchObject({
      domain: 'meet.jitsi',
      muc_mapper_domain_prefix: 'muc',
      app_id: 'my_jitsi_app_id',
      enable_domain_verification: false,
      token_verification: true,
    });
  });

  it('Docker: tokens for the public host name still work, because the templates turn domain verification off', async () => {
    const token = fakeToken({
      iss: 'my_jitsi_app_id',
      aud: 'my_jitsi_app_id',
      sub: 'meet.example.com',
      room: 'standup',
      exp: NOW_S + 600,
      context: { user: { name: 'A', affiliation: 'owner' } },
    });
    const report = diagnoseDeployment(await fixtureFiles('docker-clean'), { tokens: [token], now: NOW });
    expect(report.tokens[0]!.report.usable).toBe(true);
    expect(checkIds(report)).toEqual(['role-claims']);
    expect(report.findings[0]!.severity).toBe('info');
  });
});
