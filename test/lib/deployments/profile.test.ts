import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectContextFor, validateDeployment, type Deployment } from '../../../lib/deployments/index.js';
import {
  baseOf,
  namedProfileSettings,
  profileDraftOf,
  profileLabel,
  profileOfDraft,
  readConfigText,
  type ProfileDraft,
} from '../../../lib/deployments/profile.js';
import { hasFinding, inspectToken, JAAS_PROFILE } from '../../../lib/token/index.js';
import { fakeToken } from '../../fixtures/tokens.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/prosody/${name}`, import.meta.url), 'utf8');
const NOW = Date.UTC(2026, 10, 28, 4, 0, 0);
const now = NOW / 1000;

function draftWith(text: string, extra: Partial<ProfileDraft> = {}): ProfileDraft {
  const result = readConfigText(text);
  if (!result.ok) throw new Error(result.error);
  return { base: 'jitsi-current', read: result.read, ...extra };
}

function deploymentWith(profile: unknown, signIn: Record<string, string> = {}): Deployment {
  const result = validateDeployment({ domain: 'meet.example.org', profile, ...signIn }, { newId: () => 'd' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.deployment;
}

describe('named profiles on a deployment', () => {
  it("stores only what differs from current Jitsi, so the sign-in's own assumptions still apply", () => {
    expect(namedProfileSettings('jitsi-current')).toBeUndefined();
    // 2025 code (jitsi/jitsi-meet 412aa83, run locally) already verifies the domain by default.
    expect(namedProfileSettings('jitsi-2025')).toEqual({
      name: 'jitsi-2025',
      token_regex_room_max_length: null,
      token_regex_max_quantifiers: null,
      room_pattern_case: 'lowercased',
      sub_claim_check: 'join',
    });
    expect(namedProfileSettings('jaas')).toMatchObject({ name: 'jaas', jaas: true, key_kind: 'key-server', domain: '8x8.vc' });
    const oidc = deploymentWith(namedProfileSettings('jitsi-2025'), { signIn: 'oidc', issuer: 'https://id.example.org/realms/jitsi', clientId: 'jitsi' });
    expect(inspectContextFor(oidc, 'standup').profile).toMatchObject({
      key_kind: 'key-server',
      asap_require_room_claim: false,
      room_pattern_case: 'lowercased',
    });
  });

  it('tells the base and the kind of a stored profile back', () => {
    expect(baseOf(undefined)).toBe('jitsi-current');
    expect(baseOf(namedProfileSettings('jitsi-2025'))).toBe('jitsi-2025');
    expect(baseOf(JAAS_PROFILE)).toBe('jaas');
    expect(profileDraftOf(namedProfileSettings('jaas'))).toEqual({ base: 'jaas', read: null });
    expect(profileLabel(undefined)).toBe('current Jitsi rules');
    expect(profileLabel({ name: 'meet.jitsi', domain: 'meet.jitsi' })).toBe('rules read from its Prosody config (meet.jitsi)');
  });
});

describe("a profile read from the deployment's Prosody config", () => {
  it('Docker layout: the whole profile for meet.jitsi, no secret in what is stored', () => {
    const chosen = profileOfDraft(draftWith(fixture('docker.cfg.lua')));
    expect(chosen).toMatchObject({
      ok: true,
      profile: { name: 'meet.jitsi', domain: 'meet.jitsi', app_id: 'my_jitsi_app_id', asap_accepted_issuers: ['my_web_client', 'my_app_client'] },
    });
    const deployment = deploymentWith(chosen.ok ? chosen.profile : null);
    expect(JSON.stringify(deployment)).not.toContain('my_jitsi_app_secret');
    expect(profileDraftOf(deployment.profile)).toEqual({ base: 'jitsi-current', read: null, stored: deployment.profile });
  });

  it('judges tokens the way that server does (what the popup and the meeting page use)', () => {
    const chosen = profileOfDraft(draftWith(fixture('docker.cfg.lua')));
    const deployment = deploymentWith(chosen.ok ? chosen.profile : null);
    const claims = { iss: 'my_web_client', aud: 'my_server1', sub: 'meet.jitsi', room: 'standup', iat: now - 5, exp: now + 600 };
    const judge = (extra: Record<string, unknown>) => inspectToken(fakeToken({ ...claims, ...extra }), inspectContextFor(deployment, 'standup', NOW));
    expect(judge({}).usable).toBe(true);
    // The web host is not Prosody's XMPP domain: domain verification (on by default) refuses it.
    expect(hasFinding(judge({ sub: 'meet.example.org' }), 'sub-mismatch')).toBe(true);
    expect(judge({ sub: 'meet.example.org' }).usable).toBe(false);
    expect(hasFinding(judge({ iss: 'someone-else' }), 'iss-mismatch')).toBe(true);
    expect(hasFinding(judge({ aud: 'jitsi' }), 'aud-mismatch')).toBe(true);
    // Without the profile, the same good token would be judged against the web host and refused.
    const plain = deploymentWith(null);
    expect(inspectToken(fakeToken(claims), inspectContextFor(plain, 'standup', NOW)).usable).toBe(false);
  });

  it('with several token hosts, asks which one, then uses it', () => {
    const text = `${fixture('debian.cfg.lua')}\nVirtualHost "other.example.org"\n  authentication = "token"\n  app_id = "other"\n  app_secret = "other-secret"\n`;
    const draft = draftWith(text);
    expect(profileOfDraft(draft)).toEqual({
      ok: false,
      error: expect.stringMatching(/Several VirtualHosts use tokens .* Choose the VirtualHost your meetings use\./),
    });
    expect(profileOfDraft({ ...draft, host: 'other.example.org' })).toMatchObject({ ok: true, profile: { domain: 'other.example.org', app_id: 'other' } });
    expect(profileOfDraft({ ...draft, host: 'meet.example.org', base: 'jitsi-2025' })).toMatchObject({
      ok: true,
      profile: { app_id: 'example_app_id', room_pattern_case: 'lowercased' },
    });
  });

  it('a stored config profile stays while its release is kept, and goes when another is chosen', () => {
    const stored = { name: 'meet.jitsi', domain: 'meet.jitsi', app_id: 'a' };
    expect(profileOfDraft({ base: 'jitsi-current', read: null, stored })).toEqual({ ok: true, profile: stored });
    expect(profileOfDraft({ base: 'jitsi-2025', read: null, stored })).toEqual({ ok: true, profile: namedProfileSettings('jitsi-2025') });
  });

  it('a broken or hostile file gives a message with its line, and nothing is stored', () => {
    expect(readConfigText('VirtualHost "meet.example.org"\n  app_id = \n')).toEqual({ ok: false, error: expect.stringMatching(/^Line 3/) });
    expect(readConfigText('x'.repeat(1_000_001))).toEqual({ ok: false, error: expect.stringMatching(/far smaller/) });
    const lookalike = profileOfDraft(draftWith('VirtualHost "m\u0435et.example.org"\n authentication = "token"\n app_secret = "s"\n'));
    expect(lookalike).toEqual({ ok: false, error: expect.stringMatching(/domain must be a domain such as meet\.example\.org/) });
  });
});
