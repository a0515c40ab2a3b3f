import { describe, expect, it } from 'vitest';
import { hasFinding, inspectToken, JAAS_PROFILE } from '../../../lib/token/index.js';
import {
  FORUM_MEMBER_TOKEN,
  FORUM_OWNER_TOKEN,
  FORUM_TIME,
  JAAS_TOKEN,
  KEYCLOAK_ACCESS_TOKEN,
  NODE_EXAMPLE,
  PHP_EXAMPLE,
  WIKI_EXAMPLE,
} from '../../fixtures/seed-tokens.js';
import { NOW } from '../../fixtures/tokens.js';

const codes = (report: ReturnType<typeof inspectToken>) => report.findings.map((f) => `${f.code}:${f.severity}`);

describe('the token shapes of our seed documents', () => {
  it("reads the forum's logged owner token as Prosody did: usable, owner, with a conflict-free role", () => {
    const report = inspectToken(FORUM_OWNER_TOKEN, { domain: 'jitsi.mhnnet.de', room: 'nocheintest', expectedIssuer: 'jitsi', now: FORUM_TIME });
    expect(report.usable).toBe(true);
    expect(report.flavour).toBe('self-hosted');
    expect(report.role).toEqual({ value: 'owner', decidedBy: 'context.user.affiliation', conflicts: [] });
    expect(report.user).toEqual({ name: 'Matthias Nagel', email: 'matthias.h.nagel@hermann-ehlers-kolleg.de' });
    expect(report.room).toMatchObject({ claim: 'NochEinTest', matches: true });
    expect(report.features.recording.state).toBe('enabled');
    expect(codes(report)).toEqual([]);
  });

  it("reads the forum's member token: member, no screen sharing, and expired today", () => {
    const then = inspectToken(FORUM_MEMBER_TOKEN, { room: 'NochEinTest', now: FORUM_TIME });
    expect(then.role.value).toBe('member');
    expect(then.user.email).toBeUndefined();
    expect(then.features['screen-sharing']).toEqual({ state: 'disabled', granted: false, source: 'token' });
    expect(then.usable).toBe(true);
    const today = inspectToken(FORUM_MEMBER_TOKEN, { room: 'NochEinTest', now: NOW });
    expect(today.usable).toBe(false);
    expect(hasFinding(today, 'expired')).toBe(true);
  });

  it('catches the PHP example whose features slipped into context.user', () => {
    const report = inspectToken(PHP_EXAMPLE, { domain: 'meet.mydomain.com', room: 'myroom', now: NOW });
    expect(report.usable).toBe(true);
    expect(codes(report)).toEqual(['features-misplaced:warning']);
    expect(report.role.value).toBe('owner');
    // Without context.features, Prosody falls back to "is moderator": the owner gets everything anyway.
    expect(report.features.recording).toMatchObject({ granted: true, source: 'moderator-default' });
  });

  it('warns about the Node.js example opening every room', () => {
    const report = inspectToken(NODE_EXAMPLE, { domain: 'your-domain.com', room: 'anything', now: NOW });
    expect(report.usable).toBe(true);
    expect(report.room).toMatchObject({ wildcard: true, matches: true });
    expect(codes(report)).toContain('room-wildcard:warning');
  });

  it("refuses the wiki's example: unsigned, times in milliseconds, ignored room options", () => {
    const report = inspectToken(WIKI_EXAMPLE, { room: 'standup', now: NOW });
    expect(report.usable).toBe(false);
    expect(codes(report)).toEqual(
      expect.arrayContaining([
        'alg-none:error',
        'not-yet-valid:error',
        'timestamp-milliseconds:warning',
        'room-options-ignored:warning',
        'feature-value-invalid:warning',
        'feature-as-string:info',
        'unknown-affiliation:warning',
      ]),
    );
    expect(report.features.recording.state).toBe('enabled');
    expect(report.features.branding.state).toBe('disabled');
  });

  it('reads a Keycloak access token as an OIDC token for any room, on the handbook set-up (room claim not required)', () => {
    const context = {
      domain: 'jitsi.example.com',
      room: 'standup',
      expectedIssuer: 'https://jitsi.example.com/realms/jitsi-realm',
      expectedAudience: 'account',
      now: NOW,
    };
    expect(inspectToken(KEYCLOAK_ACCESS_TOKEN, context).usable).toBe(false);
    const report = inspectToken(KEYCLOAK_ACCESS_TOKEN, { ...context, profile: { key_kind: 'key-server', asap_require_room_claim: false } });
    expect(report.flavour).toBe('oidc');
    expect(report.usable).toBe(true);
    expect(report.user).toEqual({ id: 'f3b5c2a0-0d8e-4a64-9b6e-2f1a1c9d7e11', name: 'Kim Keycloak', email: 'kim@example.com' });
    expect(codes(report)).toEqual(['missing-claim:info']);
    expect(report.validity.secondsRemaining).toBe(300);
  });

  it('refuses the Keycloak token when Prosody expects another audience', () => {
    const report = inspectToken(KEYCLOAK_ACCESS_TOKEN, { expectedAudience: 'jitsi', now: NOW });
    expect(hasFinding(report, 'aud-mismatch')).toBe(true);
    expect(report.usable).toBe(false);
  });

  it('reads a JaaS token', () => {
    const report = inspectToken(JAAS_TOKEN, { room: 'vpaas-magic-cookie-1234/standup', now: NOW, profile: JAAS_PROFILE });
    expect(report.flavour).toBe('jaas');
    expect(report.role).toMatchObject({ value: 'moderator', decidedBy: 'context.user.moderator' });
    expect(report.usable).toBe(true);
    expect(codes(report).filter((c) => !c.startsWith('feature-as-string'))).toEqual(['room-wildcard:warning']);
  });
});
