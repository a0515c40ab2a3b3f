/**
 * Differential test across server profiles: `inspectToken(token, { profile }).usable` against the
 * simulator's own rendering of Prosody's rules (server/dev/simulator: process_and_verify_token and
 * verify_room, taking the same ServerProfile), on careless and unusual tokens that are really
 * signed (the inspector never checks signatures: see verifyToken). Each run makes 2,100 tokens
 * and judges each under 8 profiles: current defaults, domain verification off, room claim not
 * required, an RS256 key server, tight pattern limits, patterns off, the 2025 release, and HS512
 * with issuer and audience lists. Room patterns avoid `%b`/`%f`, which the simulator does not
 * translate (lib/token's Lua matcher handles them).
 */
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectToken, JITSI_2025_PROFILE, type ServerProfile } from '../../../lib/token/index.js';
import { resolveOptions, type SimulatorOptions } from '../../../server/dev/simulator/options.js';
import { checkConnectionToken } from '../../../server/dev/simulator/prosody-token.js';
import { mayEnterRoom, roomTarget } from '../../../server/dev/simulator/room-rules.js';
import { createKeyResolver } from '../../../server/dev/simulator/token-keys.js';

const SECRET = 'differential-secret-0123456789abcdef';
const DOMAIN = 'meet.example.org';
const NOW_S = 1_780_000_000;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SPKI = publicKey.export({ type: 'spki', format: 'pem' }).toString();

const BASE: Partial<ServerProfile> = { app_id: 'app', domain: DOMAIN };
const PROFILES: Record<string, Partial<ServerProfile>> = {
  'current defaults': BASE,
  'domain verification off': { ...BASE, enable_domain_verification: false },
  'room claim not required': { ...BASE, asap_require_room_claim: false },
  'RS256 key server': { ...BASE, key_kind: 'key-server', signature_algorithm: 'RS256' },
  'tight pattern limits': { ...BASE, token_regex_max_quantifiers: 1, token_regex_room_max_length: 8 },
  'patterns off': { ...BASE, token_regex_enabled: false },
  'jitsi 2025': { ...JITSI_2025_PROFILE, ...BASE },
  'HS512, issuer and audience lists': { ...BASE, signature_algorithm: 'HS512', asap_accepted_issuers: ['app', 'portal'], asap_accepted_audiences: ['jitsi', 'app'] },
};

/** The simulator deployment for a profile: the key follows key_kind, the rest is the profile itself. */
function simulatorFor(profile: Partial<ServerProfile>) {
  const keyed = profile.key_kind === 'key-server';
  const settings: SimulatorOptions = { appId: 'app', domain: DOMAIN, profile, ...(keyed ? { publicKey: SPKI } : { appSecret: SECRET }) };
  const options = resolveOptions(settings);
  return { options, resolveKey: createKeyResolver(options) };
}
const SIMULATORS = Object.fromEntries(Object.entries(PROFILES).map(([name, profile]) => [name, simulatorFor(profile)]));

/**
 * Signs raw header and payload text (any bytes: a BOM, 1e400) the way the algorithm says; `pad`
 * adds base64 padding to the payload segment before signing (Prosody signs the segments as sent).
 */
function signRaw(headerText: string, payload: Buffer, alg: 'HS256' | 'HS384' | 'HS512' | 'RS256', pad = ''): string[] {
  const input = `${Buffer.from(headerText).toString('base64url')}.${payload.toString('base64url')}${pad}`;
  const signature = alg.startsWith('HS')
    ? createHmac(`sha${alg.slice(2)}`, SECRET).update(input).digest()
    : sign('sha256', Buffer.from(input), privateKey);
  return [...input.split('.'), signature.toString('base64url')];
}

const PATTERNS = ['^stand%a+$', '^stand', '(stand)up', '^(.*)$', '', '^STANDUP$', '^stand%D+$', '^s.*t.-n.*u+p$', '[a-',
  '^[%w%%]+$', '^k%a*$', '^[a-z0-9%-]+%-?%d*$', '()standup', '.*', 'standup', '^a+$', '^team%%20standup$', '%d'];
/** A careful value most of the time, one of the careless ones otherwise. */
function mostly<T>(good: T, ...careless: T[]): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(good), weight: 7 }, { arbitrary: fc.constantFrom(...careless), weight: 2 });
}
const time = (good: number | undefined, now: number) => mostly<unknown>(good, undefined, now, now + 1, now - 1, now + 0.5, now - 3600,
  false, null, String(now + 60), (now + 600) * 1000, '1e400', '-1e400');
const tokenArb = fc.record({
  alg: fc.constantFrom('HS256', 'HS256', 'HS256', 'HS256', 'HS256', 'RS256', 'RS256', 'RS256', 'HS384', 'HS512') as fc.Arbitrary<'HS256' | 'HS384' | 'HS512' | 'RS256'>,
  typ: mostly<string | undefined>('JWT', 'jwt', undefined),
  kid: mostly<unknown>('key-1', undefined, 5),
  claims: fc.record({
    iss: mostly<unknown>('app', undefined, 'portal', 'other', null, ['app']),
    aud: mostly<unknown>('jitsi', undefined, 'app', 'account', ['app', 'x'], '*'),
    sub: mostly<unknown>(DOMAIN, undefined, 'MEET.example.org', '*', 'other.org', 'acme', 42, null, '\u212Aeet.example.org'),
    room: fc.oneof(
      { arbitrary: mostly<unknown>('standup', undefined, 'StandUp', '*', 'retro', 7, false, null, 'acme/standup', '\u212Aitchen', 'kitchen', 'team%20standup'), weight: 3 },
      { arbitrary: fc.constantFrom(...PATTERNS), weight: 1 },
    ),
    context: mostly<unknown>({ user: { name: 'A' } }, undefined, null, 5, true, 'x', { user: { name: 'A' }, room: { regex: true } },
      { room: { regex: 'true' } }, { room: { regex: true } }, { tenant: 7 }, { tenant: 'acme', room: { regex: true } }),
  }),
  exp: time(NOW_S + 600, NOW_S),
  nbf: time(undefined, NOW_S),
  iat: mostly<unknown>(NOW_S - 60, undefined, 'x'),
  structure: mostly('plain', 'leading dot', 'trailing dot', 'doubled dot', 'padding', 'bom', 'backslash'),
  target: mostly('standup', 'StandUp', 'kitchen', 'Team Standup', 'acme/standup', 'retro', 'a'.repeat(12), '42/standup'),
  ms: fc.integer({ min: 0, max: 999 }),
});

type TokenCase = typeof tokenArb extends fc.Arbitrary<infer T> ? T : never;

function build(t: TokenCase): string {
  const header = JSON.stringify({ alg: t.alg, ...(t.typ === undefined ? {} : { typ: t.typ }), ...(t.kid === undefined ? {} : { kid: t.kid }) });
  // Raw JSON so 1e400 stays a number literal; JSON.stringify drops undefined claims.
  const fields: string[] = [];
  for (const [name, value] of Object.entries({ ...t.claims, iat: t.iat })) if (value !== undefined) fields.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
  for (const name of ['exp', 'nbf'] as const) {
    const value = t[name];
    if (value === '1e400' || value === '-1e400') fields.push(`"${name}":${value}`);
    else if (value !== undefined) fields.push(`"${name}":${JSON.stringify(value)}`);
  }
  const json = Buffer.from(`{${fields.join(',')}}`);
  const payload = t.structure === 'bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]) : json;
  const [h, p, s] = signRaw(header, payload, t.alg, t.structure === 'padding' ? '==' : '');
  switch (t.structure) {
    case 'leading dot': return `.${h}.${p}.${s}`;
    case 'trailing dot': return `${h}.${p}.${s}.`;
    case 'doubled dot': return `${h}..${p}.${s}`;
    case 'backslash': return `${h}\\${p}.${s}`;
    default: return `${h}.${p}.${s}`;
  }
}

describe('inspectToken agrees with the simulated Prosody on every server profile', () => {
  it('2,100 signed tokens per run, each judged under 8 profiles', async () => {
    const tally: Record<string, { agree: number; accepted: number; total: number }> = {};
    await fc.assert(
      fc.asyncProperty(tokenArb, async (t) => {
        const token = build(t);
        const [tenant, room] = t.target.includes('/') ? t.target.split('/') : [null, t.target];
        for (const [name, profile] of Object.entries(PROFILES)) {
          const { options, resolveKey } = SIMULATORS[name]!;
          const check = await checkConnectionToken(token, { options, resolveKey, now: NOW_S });
          const admitted = check.ok && (!options.verifyRoom || mayEnterRoom(check.session, roomTarget(room ?? '', tenant ?? null), options));
          const report = inspectToken(token, { profile, room: t.target, now: NOW_S * 1000 + t.ms });
          const entry = (tally[name] ??= { agree: 0, accepted: 0, total: 0 });
          entry.total++;
          if (admitted) entry.accepted++;
          if (report.usable === admitted) entry.agree++;
          const why = `${name}: ${token.slice(0, 0)}${JSON.stringify(t)} → prosody ${check.ok ? (admitted ? 'admits' : 'room refused') : check.text}; inspector ${report.findings.filter((f) => f.severity === 'error').map((f) => f.message).join(' | ')}`;
          expect(report.usable, why).toBe(admitted);
        }
      }),
      { numRuns: 2100 },
    );
    for (const entry of Object.values(tally)) expect(entry.accepted, JSON.stringify(tally)).toBeGreaterThan(20);
  }, 240_000);
});
