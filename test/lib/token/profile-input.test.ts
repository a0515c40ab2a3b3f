import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, JITSI_2025_PROFILE, namedProfile, readProfileText, readServerProfile } from '../../../lib/token/index.js';

const errorOf = (value: unknown): string => {
  const result = readServerProfile(value);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(value)}`);
  return result.error;
};

describe('readServerProfile', () => {
  it('keeps exactly the settings given, a full profile included', () => {
    expect(readServerProfile({ enable_domain_verification: false })).toEqual({ ok: true, profile: { enable_domain_verification: false } });
    expect(readServerProfile(DEFAULT_PROFILE)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
    expect(readServerProfile({ domain: ' Meet.JITSI ', asap_accepted_issuers: null, token_regex_max_quantifiers: null })).toEqual({
      ok: true,
      profile: { domain: 'meet.jitsi', asap_accepted_issuers: null, token_regex_max_quantifiers: null },
    });
  });

  it('refuses what is not a profile object', () => {
    for (const value of [null, undefined, 'jitsi-2025', 3, ['HS256'], () => 1]) expect(errorOf(value)).toMatch(/must be an object/);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(errorOf(cycle)).toMatch(/not plain data/);
    expect(errorOf({ big: 1n })).toMatch(/not plain data/);
  });

  it('refuses unknown settings, secrets and prototype keys, naming them', () => {
    expect(errorOf({ app_secret: 's3cret' })).toMatch(/^"app_secret" is not a server profile setting/);
    expect(errorOf(JSON.parse('{"__proto__": {"jaas": true}}'))).toMatch(/"__proto__" is not/);
    expect(errorOf({ constructor: 'x' })).toMatch(/"constructor" is not/);
    expect(errorOf({ ['a\u202e'.repeat(30)]: 1 })).not.toMatch(/\u202e/);
  });

  it("checks each setting's type and bounds", () => {
    expect(errorOf({ enable_domain_verification: 'false' })).toMatch(/true or false/);
    expect(errorOf({ signature_algorithm: 'none' })).toMatch(/one of HS256/);
    expect(errorOf({ key_kind: 'jwks' })).toMatch(/secret, key-server/);
    expect(errorOf({ token_regex_room_max_length: -1 })).toMatch(/whole number/);
    expect(errorOf({ token_regex_room_max_length: 1.5 })).toMatch(/whole number/);
    expect(errorOf({ token_regex_max_quantifiers: Number.POSITIVE_INFINITY })).toMatch(/not finite/);
    expect(errorOf({ token_regex_room_max_length: Number.NaN })).toMatch(/not finite/);
    expect(errorOf({ token_regex_room_max_length: 1e7 })).toMatch(/whole number/);
    expect(errorOf({ asap_accepted_issuers: 'one' })).toMatch(/list of text/);
    expect(errorOf({ asap_accepted_audiences: Array(65).fill('a') })).toMatch(/more than 64/);
    expect(errorOf({ asap_accepted_audiences: ['ok', 'a\u0000b'] })).toMatch(/invisible/);
    expect(errorOf({ app_id: 'app\u200bid' })).toMatch(/invisible/);
    expect(errorOf({ name: 'x'.repeat(81) })).toMatch(/longer than 80/);
    // A look-alike (Cyrillic "е") is not the ASCII domain Prosody compares.
    expect(errorOf({ domain: 'm\u0435et.jitsi' })).toMatch(/punycode/);
    expect(errorOf({ muc_mapper_domain_prefix: 'con ference' })).toMatch(/such as conference/);
  });
});

describe('readProfileText', () => {
  it('reads a named profile or a JSON object', () => {
    expect(readProfileText(' jitsi-2025 ')).toEqual({ ok: true, profile: JITSI_2025_PROFILE });
    expect(readProfileText('{"asap_require_room_claim": false}')).toEqual({ ok: true, profile: { asap_require_room_claim: false } });
  });

  it('refuses other names, broken JSON and huge text', () => {
    expect(readProfileText('toString')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/neither a named server profile \(jitsi-current, jitsi-2025, jaas\)/),
    });
    expect(readProfileText('{"jaas": tru')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(readProfileText(`{"name":"${'x'.repeat(20_000)}"}`)).toMatchObject({ ok: false, error: expect.stringMatching(/characters/) });
  });

  it('never answers an inherited property for a name', () => {
    expect(namedProfile('constructor')).toBeNull();
    expect(namedProfile('__proto__')).toBeNull();
    expect(namedProfile('jaas')?.jaas).toBe(true);
  });
});
