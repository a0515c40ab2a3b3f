/**
 * One table per class of difference between MeetGate and Prosody listed in issue #10. Each
 * refusal must quote Prosody's reason text and, where the verdict depends on a setting, name it.
 * Expected verdicts follow jitsi/jitsi-meet `token/util.lib.lua`, `luajwtjitsi.lib.lua` and PR
 * #17803 (room patterns), as described in lib/token/profile.ts and the README.
 */
import { describe, expect, it } from 'vitest';
import { inspectToken, JAAS_PROFILE, JITSI_2025_PROFILE, type InspectContext, type ServerProfile } from '../../../lib/token/index.js';
import { b64url, fakeToken, goodClaims, NOW, NOW_S } from '../../fixtures/tokens.js';

const SERVER: Partial<ServerProfile> = { app_id: 'myapp', domain: 'meet.example.org' };
const HS256 = { alg: 'HS256', typ: 'JWT' };
const RS256 = { alg: 'RS256', typ: 'JWT', kid: 'key-1' };

interface Case {
  name: string;
  token: string;
  profile?: Partial<ServerProfile>;
  room?: string;
  now?: number;
  /** Prosody's reason text, or null when Prosody accepts the token. */
  refused: string | null;
  /** The setting the verdict depends on, named by the refusing finding. */
  setting?: string;
}

const token = (claims: Record<string, unknown>, header: Record<string, unknown> = HS256) => fakeToken(goodClaims(claims), header);
const pattern = (room: string) => token({ room, context: { user: { name: 'A' }, room: { regex: true } } });

function check({ token: input, profile, room, now, refused, setting }: Case): void {
  const context: InspectContext = { profile: { ...SERVER, ...profile }, room: room ?? 'standup', now: now ?? NOW };
  const report = inspectToken(input, context);
  const errors = report.findings.filter((f) => f.severity === 'error');
  const summary = JSON.stringify(report.findings.map((f) => `${f.code}: ${f.message}`));
  if (refused === null) {
    expect(errors, summary).toEqual([]);
    expect(report.usable).toBe(true);
    return;
  }
  expect(report.usable, summary).toBe(false);
  const quoting = errors.filter((f) => f.message.includes(refused));
  expect(quoting.length, `no error quotes "${refused}": ${summary}`).toBeGreaterThan(0);
  if (setting)
    expect(
      quoting.map((f) => f.setting),
      summary,
    ).toContain(setting);
}

describe('1. the algorithm is the one the server verifies', () => {
  it.each<Case>([
    { name: 'HS256 with app_secret', token: token({}), refused: null },
    { name: 'HS384 with app_secret', token: token({}, { alg: 'HS384', typ: 'JWT' }), refused: 'Invalid or incorrect alg', setting: 'signature_algorithm' },
    { name: 'HS512 with app_secret', token: token({}, { alg: 'HS512', typ: 'JWT' }), refused: 'Invalid or incorrect alg', setting: 'signature_algorithm' },
    {
      name: 'HS512 where signature_algorithm = HS512',
      token: token({}, { alg: 'HS512', typ: 'JWT' }),
      profile: { signature_algorithm: 'HS512' },
      refused: null,
    },
    { name: 'RS256 with app_secret', token: token({}, RS256), refused: 'Invalid or incorrect alg', setting: 'signature_algorithm' },
    { name: 'RS256 with a key server', token: token({}, RS256), profile: { key_kind: 'key-server' }, refused: null },
    {
      name: 'HS256 with a key server',
      token: token({}, { ...HS256, kid: 'k' }),
      profile: { key_kind: 'key-server' },
      refused: "'kid' claim only support with RS family",
      setting: 'asap_key_server / cache_keys_url',
    },
    {
      name: 'RS256 without kid, key server',
      token: token({}, { alg: 'RS256', typ: 'JWT' }),
      profile: { key_kind: 'key-server' },
      refused: "'kid' claim is missing",
    },
    {
      name: 'RS384 where the key server verifies RS256',
      token: token({}, { ...RS256, alg: 'RS384' }),
      profile: { key_kind: 'key-server' },
      refused: 'Invalid or incorrect alg',
      setting: 'signature_algorithm',
    },
    { name: 'alg none', token: token({}, { alg: 'none', typ: 'JWT' }), refused: 'Invalid or incorrect alg' },
    { name: 'typ jwt in lowercase', token: token({}, { alg: 'HS256', typ: 'jwt' }), refused: 'Invalid typ' },
  ])('$name', check);
});

describe('2. domain verification is on by default', () => {
  it.each<Case>([
    { name: 'sub for another domain', token: token({ sub: 'meet.other.org' }), refused: 'Room and token mismatched', setting: 'enable_domain_verification' },
    {
      name: 'sub for another domain, verification off',
      token: token({ sub: 'meet.other.org' }),
      profile: { enable_domain_verification: false },
      refused: null,
    },
    // Already on in 2025: jitsi/jitsi-meet 412aa83 (2025-11-17) token/util.lib.lua Util.new, run locally.
    {
      name: 'sub for another domain, 2025 defaults',
      token: token({ sub: 'meet.other.org' }),
      profile: { ...JITSI_2025_PROFILE, ...SERVER },
      refused: 'Room and token mismatched',
      setting: 'enable_domain_verification',
    },
    { name: 'sub in uppercase', token: token({ sub: 'MEET.example.org' }), refused: null },
    { name: 'sub "*"', token: token({ sub: '*' }), refused: null },
    { name: 'sub the tenant of a tenant room', token: token({ sub: 'acme' }), room: 'acme/standup', refused: null },
    {
      name: 'sub the domain in a tenant room',
      token: token({}),
      room: 'acme/standup',
      refused: 'Room and token mismatched',
      setting: 'enable_domain_verification',
    },
  ])('$name', check);
});

describe('3. room claim patterns (context.room.regex)', () => {
  const long = 'a'.repeat(129);
  it.each<Case>([
    { name: 'a whole-room pattern', token: pattern('^stand%a+$'), refused: null },
    {
      name: 'verification off: the claim is plain text',
      token: pattern('^stand%a+$'),
      profile: { enable_domain_verification: false },
      refused: 'Room does not match the room from token',
    },
    { name: 'verification off: a literal claim still matches', token: pattern('standup'), profile: { enable_domain_verification: false }, refused: null },
    { name: 'a pattern matching part of the room', token: pattern('^stand'), refused: 'Room and token mismatched' },
    { name: 'a pattern with a capture', token: pattern('(stand)up'), refused: 'Room and token mismatched' },
    { name: 'a capture of the whole room', token: pattern('^(.*)$'), refused: null },
    { name: 'a position capture', token: pattern('()standup'), refused: 'Room and token mismatched' },
    { name: 'an empty pattern', token: pattern(''), refused: 'Room and token mismatched' },
    { name: 'an uppercase pattern (case kept)', token: pattern('^STANDUP$'), refused: 'Room name cannot be matched to the one from token.' },
    {
      name: 'an uppercase pattern, 2025 (lowercased)',
      token: pattern('^STANDUP$'),
      profile: { ...JITSI_2025_PROFILE, ...SERVER, enable_domain_verification: true },
      refused: null,
    },
    { name: '%D kept as "not a digit"', token: pattern('^stand%D+$'), refused: null },
    {
      name: 'patterns turned off',
      token: pattern('^stand%a+$'),
      profile: { token_regex_enabled: false },
      refused: 'invalid-regex',
      setting: 'token_regex_enabled',
    },
    {
      name: 'a room longer than the limit',
      token: pattern('^a+$'),
      room: long,
      refused: 'Room claim pattern is too complex',
      setting: 'token_regex_room_max_length',
    },
    {
      name: 'the same room without the limit (2025)',
      token: pattern('^a+$'),
      room: long,
      profile: { ...JITSI_2025_PROFILE, ...SERVER, enable_domain_verification: true },
      refused: null,
    },
    { name: 'four quantifiers', token: pattern('^s.*t.-n.*u+p$'), refused: 'Room claim pattern is too complex', setting: 'token_regex_max_quantifiers' },
    { name: 'quantifiers in sets and escapes do not count', token: pattern('^[a-z0-9%-]+%-?%d*$'), room: 'room-7', refused: null },
    { name: 'an invalid Lua pattern', token: pattern('[a-'), refused: 'Room claim is not a valid Lua pattern' },
    { name: 'a class escape inside a set', token: pattern('^[%w%%]+$'), room: 'team standup', refused: null },
    {
      name: 'a pattern too costly to judge (no limits)',
      token: pattern('a*a*a*a*a*a*a*a*a*b'),
      room: 'a'.repeat(60),
      profile: { ...JITSI_2025_PROFILE, ...SERVER, enable_domain_verification: true },
      refused: 'Simplify',
    },
  ])('$name', (c) => {
    if (c.refused === 'Simplify') {
      const report = inspectToken(c.token, { profile: { ...SERVER, ...c.profile }, room: c.room, now: NOW });
      // MeetGate never calls usable what it could not finish judging (Prosody refuses it: no match).
      expect(report.usable).toBe(false);
      expect(report.findings.some((f) => f.code === 'room-pattern' && f.severity === 'error')).toBe(true);
      return;
    }
    check(c);
  });
});

describe('4. time: whole seconds, no leeway', () => {
  const raw = (json: string) => `${b64url(HS256)}.${b64url(json)}.c2ln`;
  const base = `"iss":"myapp","aud":"myapp","sub":"meet.example.org","room":"standup"`;
  it.each<Case>([
    { name: 'exp in this second', token: token({ exp: NOW_S }), now: NOW + 999, refused: 'Not acceptable by exp (0 sec since expired' },
    { name: 'exp half a second ahead, judged in the same second', token: token({ exp: NOW_S + 0.5 }), now: NOW + 900, refused: null },
    { name: 'exp one second ahead', token: token({ exp: NOW_S + 1 }), now: NOW + 999, refused: null },
    { name: 'nbf one second ahead', token: token({ nbf: NOW_S + 1 }), refused: 'Not acceptable by nbf' },
    { name: 'nbf in this second', token: token({ nbf: NOW_S }), now: NOW + 500, refused: null },
    { name: 'exp false is ignored', token: token({ exp: false }), refused: null },
    { name: 'nbf false is ignored', token: token({ nbf: false }), refused: null },
    { name: 'exp null', token: token({ exp: null }), refused: 'exp must be number' },
    { name: 'exp as a string', token: token({ exp: String(NOW_S + 60) }), refused: 'exp must be number' },
    { name: 'exp 1e400 (infinity)', token: raw(`{${base},"exp":1e400}`), refused: null },
    { name: 'exp -1e400', token: raw(`{${base},"exp":-1e400}`), refused: 'Not acceptable by exp' },
    { name: 'nbf 1e400', token: raw(`{${base},"nbf":1e400}`), refused: 'Not acceptable by nbf' },
    { name: 'iat as a string is not checked', token: token({ iat: 'yesterday' }), refused: null },
  ])('$name', check);
});

describe('5. structure, as Prosody splits and decodes', () => {
  const good = token({});
  const [h, p, s] = good.split('.');
  const bom = `${h}.${Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(goodClaims()))]).toString('base64url')}.${s}`;
  it.each<Case>([
    { name: 'a leading dot', token: `.${good}`, refused: null },
    { name: 'a trailing dot', token: `${good}.`, refused: null },
    { name: 'a doubled dot', token: `${h}..${p}.${s}`, refused: null },
    { name: 'padding in a segment', token: `${h}==.${p}.${s}`, refused: null },
    { name: 'four segments', token: `${good}.x`, refused: 'Invalid token' },
    { name: 'a byte-order mark before the payload JSON', token: bom, refused: 'Invalid body' },
    { name: 'a foreign character in the signature', token: `${h}.${p}.${s}+`, refused: 'Invalid signature' },
    { name: 'context null', token: token({ context: null }), refused: 'Lua error' },
    { name: 'context a number', token: token({ context: 5 }), refused: 'Lua error' },
    { name: 'context a boolean', token: token({ context: true }), refused: 'Lua error' },
    { name: 'context a string', token: token({ context: 'x' }), refused: null },
    // Lua lowers a number ("7.0"): a tenant mismatch is only logged (token/util.lib.lua verify_room, run locally).
    { name: 'context.tenant a number', token: token({ context: { user: { name: 'A' }, tenant: 7 } }), refused: null },
    { name: 'context.tenant a string', token: token({ context: { user: { name: 'A' }, tenant: 'acme' } }), refused: null },
    { name: 'a numeric sub in a tenant room', token: token({ sub: 42 }), room: '42/standup', refused: 'Room and token mismatched' },
    { name: 'lowercasing is ASCII only (Kelvin sign)', token: token({ room: '\u212Aitchen' }), room: 'kitchen', refused: 'Room and token mismatched' },
    { name: 'ASCII uppercase is lowercased', token: token({ room: 'KITCHEN' }), room: 'kitchen', refused: null },
    { name: 'a room claim that is a number', token: token({ room: 7 }), room: '7', refused: 'Room and token mismatched' },
    { name: 'a missing sub', token: token({ sub: undefined }), refused: 'sub claim is missing' },
    { name: 'iss null is present but not accepted', token: token({ iss: null }), refused: "invalid 'iss' claim" },
    { name: 'an array aud against "*"', token: token({ aud: ['a', 'b'] }), profile: { asap_accepted_audiences: ['*'] }, refused: null },
    {
      name: 'an array aud against a list',
      token: token({ aud: ['myapp'] }),
      profile: { asap_accepted_audiences: ['myapp'] },
      refused: "invalid 'aud' claim",
      setting: 'asap_accepted_audiences',
    },
  ])('$name', check);
});

describe('6. the room claim and asap_require_room_claim', () => {
  const oidc = { iss: 'https://id.example.org/realms/jitsi', sub: 'f3b5c2a0-user', azp: 'jitsi', room: undefined };
  it.each<Case>([
    { name: 'no room, default', token: token({ room: undefined }), refused: 'room claim is missing', setting: 'asap_require_room_claim' },
    { name: 'no room, not required', token: token({ room: undefined }), profile: { asap_require_room_claim: false }, refused: null },
    {
      name: 'no room and a user-id sub, not required (sub skipped)',
      token: token(oidc),
      profile: { asap_require_room_claim: false, asap_accepted_issuers: [oidc.iss] },
      refused: null,
    },
    {
      name: 'an OpenID-looking token without room on a default server',
      token: token(oidc),
      profile: { asap_accepted_issuers: [oidc.iss] },
      refused: 'room claim is missing',
      setting: 'asap_require_room_claim',
    },
    {
      name: 'room false with verification (required)',
      token: token({ room: false }),
      refused: 'Room name cannot be matched to the one from token.',
      setting: 'asap_require_room_claim',
    },
    { name: 'room false without verification', token: token({ room: false }), profile: { enable_domain_verification: false }, refused: null },
    { name: 'another room', token: token({ room: 'retro' }), refused: 'Room and token mismatched' },
    { name: 'room checks off (no token_verification)', token: token({ room: 'retro', sub: 'x' }), profile: { token_verification: false }, refused: null },
  ])('$name', check);
});

describe('7. JaaS rules only on JaaS', () => {
  const cookie = 'vpaas-magic-cookie-1234';
  it.each<Case>([
    { name: 'a vpaas sub on a self-hosted server is judged by self-hosted rules', token: token({ sub: cookie }), room: `${cookie}/standup`, refused: null },
    { name: 'the same token on JaaS', token: token({ sub: cookie }), room: `${cookie}/standup`, profile: JAAS_PROFILE, refused: 'Invalid or incorrect alg' },
    {
      name: 'a JaaS token on JaaS',
      token: fakeToken(
        { ...goodClaims({ iss: 'chat', aud: 'jitsi', sub: cookie }), context: { user: { name: 'J' }, features: {} } },
        { ...RS256, kid: `${cookie}/ab` },
      ),
      room: `${cookie}/standup`,
      profile: JAAS_PROFILE,
      refused: null,
    },
    {
      name: 'a JaaS token on a self-hosted server with app_secret',
      token: fakeToken(
        { ...goodClaims({ iss: 'chat', aud: 'jitsi', sub: cookie }), context: { user: { name: 'J' }, features: {} } },
        { ...RS256, kid: `${cookie}/ab` },
      ),
      room: `${cookie}/standup`,
      refused: 'Invalid or incorrect alg',
    },
  ])('$name', check);
});

/**
 * 8. Found by running Jitsi's own Lua locally (scripts/prosody-real/compare.ts; README "Where
 * MeetGate and Prosody can still differ"): `token/util.lib.lua` `process_and_verify_token` and
 * `verify_room` of jitsi/jitsi-meet 412aa83 (2025-11-17) and 9462a9c (2026-01-21), and of a copy of
 * jitsi-meet from August 2026 (ericva01/jitsi-meeting aeac810), with `luajwtjitsi.lib.lua`, Prosody
 * 0.12's util.jid, lua-cjson 2.1.0 and basexx 0.4.1 under Lua 5.4. The reason texts are the Lua's.
 */
describe("8. what running Jitsi's Lua showed", () => {
  const keyServer: Partial<ServerProfile> = { key_kind: 'key-server' };
  const notRequired: Partial<ServerProfile> = { asap_require_room_claim: false };
  const regex = (room: unknown, extra: Record<string, unknown> = {}) => token({ room, context: { user: { name: 'A' }, room: { regex: true } }, ...extra });
  it.each<Case>([
    // `local kid = header["kid"]; if kid == nil` then sha256(kid) for the key's URL: Lua turns a number into text.
    { name: 'a numeric kid, key server', token: token({}, { ...RS256, kid: 5 }), profile: keyServer, refused: null },
    { name: 'an empty kid, key server', token: token({}, { ...RS256, kid: '' }), profile: keyServer, refused: null },
    { name: 'a null kid, key server (sha256 fails)', token: token({}, { ...RS256, kid: null }), profile: keyServer, refused: 'Lua error' },
    { name: 'a boolean kid, key server', token: token({}, { ...RS256, kid: true }), profile: keyServer, refused: 'Lua error' },
    // verify_room: `if not room_to_check then if not self.requireRoomClaim then return true`: no sub or tenant check after it.
    { name: 'a pattern that does not match, room claim not required', token: regex('^retro$'), profile: notRequired, refused: null },
    { name: 'the same with a foreign sub', token: regex('^retro$', { sub: 'other.org' }), profile: notRequired, refused: null },
    {
      name: 'a pattern that does not match, room claim required',
      token: regex('^retro$'),
      refused: 'Room name cannot be matched to the one from token.',
      setting: 'asap_require_room_claim',
    },
    { name: 'regex without a room claim, not required', token: regex(undefined), profile: notRequired, refused: 'Room claim is not a valid Lua pattern' },
    { name: 'regex with room false, not required', token: regex(false), profile: notRequired, refused: 'Room claim is not a valid Lua pattern' },
    // Lua raises a pattern's error only when the matcher reaches it.
    { name: 'an invalid back reference never reached', token: regex('team%20standup'), profile: notRequired, refused: null },
    { name: 'an unfinished capture that matches', token: regex('(stand'), refused: 'Room claim is not a valid Lua pattern' },
    // context.tenant is lowered on joining with domain verification: a mismatch is logged, a value Lua cannot lower fails.
    { name: 'context.tenant true', token: token({ context: { tenant: true } }), refused: 'Lua error', setting: 'enable_domain_verification' },
    {
      name: 'context.tenant true, verification off',
      token: token({ context: { tenant: true } }),
      profile: { enable_domain_verification: false },
      refused: null,
    },
    { name: 'context.tenant false', token: token({ context: { tenant: false } }), refused: null },
    // session.jitsi_meet_context_room["regex"]: a number, true or null cannot be indexed; a string can.
    { name: 'context.room a number', token: token({ context: { room: 5 } }), refused: 'Lua error' },
    { name: 'context.room null', token: token({ context: { room: null } }), refused: 'Lua error' },
    { name: 'context.room a string', token: token({ context: { room: 'x' } }), refused: null },
    // A claim Lua cannot lower or concatenate: JSON null is cjson.null, which is not nil.
    { name: 'room null', token: token({ room: null }), refused: 'Lua error' },
    { name: 'room null, verification off', token: token({ room: null }), profile: { enable_domain_verification: false }, refused: 'Lua error' },
    { name: 'room an object', token: token({ room: { name: 'standup' } }), refused: 'Lua error' },
    { name: 'sub false', token: token({ sub: false }), refused: 'Lua error' },
    // 412aa83 and 9462a9c have no "sub claim is missing": without sub the join fails on string.lower(nil), and passes without domain verification.
    { name: 'no sub, current code', token: token({ sub: undefined }), refused: 'sub claim is missing', setting: 'sub_claim_check' },
    {
      name: 'no sub, 2025 code',
      token: token({ sub: undefined }),
      profile: { ...JITSI_2025_PROFILE, ...SERVER },
      refused: 'Lua error',
      setting: 'sub_claim_check',
    },
    {
      name: 'no sub, 2025 code, verification off',
      token: token({ sub: undefined }),
      profile: { ...JITSI_2025_PROFILE, ...SERVER, enable_domain_verification: false },
      refused: null,
    },
  ])('$name', check);
});

describe('every setting-dependent finding names its setting', () => {
  it('names the setting on each finding whose verdict a setting changes', () => {
    const cases: [string, Partial<ServerProfile>, string][] = [
      [token({}, { alg: 'HS384', typ: 'JWT' }), {}, 'signature_algorithm'],
      [token({ sub: 'x.org' }), {}, 'enable_domain_verification'],
      [token({ room: undefined }), {}, 'asap_require_room_claim'],
      [token({ iss: 'other' }), {}, 'app_id'],
      [token({ iss: 'other' }), { asap_accepted_issuers: ['a'] }, 'asap_accepted_issuers'],
      [pattern('^s.*t.*a.*n.*d.*$'), {}, 'token_regex_max_quantifiers'],
    ];
    for (const [input, profile, setting] of cases) {
      const report = inspectToken(input, { profile: { ...SERVER, ...profile }, room: 'standup', now: NOW });
      expect(
        report.findings.map((f) => f.setting),
        JSON.stringify(report.findings),
      ).toContain(setting);
    }
  });
});
