/**
 * The corpus of careless and unusual tokens the differential tests judge: really signed tokens
 * (odd algorithms, dots, BOMs, `1e400`, `null`/`false` claims, Lua room patterns) with the target
 * room a participant opens, and the server profiles they are judged under. Shared by
 * prosody-profiles.test.ts (inspector against the simulator) and scripts/prosody-real/compare.ts
 * (both against Jitsi's own Lua, run locally).
 */
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { JITSI_2025_PROFILE, type ServerProfile } from '../../../lib/token/index.js';
import { resolveOptions, type SimulatorOptions } from '../../../server/dev/simulator/options.js';
import { checkConnectionToken } from '../../../server/dev/simulator/prosody-token.js';
import { mayEnterRoom, roomTarget } from '../../../server/dev/simulator/room-rules.js';
import { createKeyResolver } from '../../../server/dev/simulator/token-keys.js';

export const SECRET = 'differential-secret-0123456789abcdef';
export const DOMAIN = 'meet.example.org';
export const NOW_S = 1_780_000_000;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const SPKI = publicKey.export({ type: 'spki', format: 'pem' }).toString();

const BASE: Partial<ServerProfile> = { app_id: 'app', domain: DOMAIN };
export const PROFILES: Record<string, Partial<ServerProfile>> = {
  'current defaults': BASE,
  'domain verification off': { ...BASE, enable_domain_verification: false },
  'room claim not required': { ...BASE, asap_require_room_claim: false },
  'RS256 key server': { ...BASE, key_kind: 'key-server', signature_algorithm: 'RS256' },
  'tight pattern limits': { ...BASE, token_regex_max_quantifiers: 1, token_regex_room_max_length: 8 },
  'patterns off': { ...BASE, token_regex_enabled: false },
  'jitsi 2025': { ...JITSI_2025_PROFILE, ...BASE },
  'HS512, issuer and audience lists': {
    ...BASE,
    signature_algorithm: 'HS512',
    asap_accepted_issuers: ['app', 'portal'],
    asap_accepted_audiences: ['jitsi', 'app'],
  },
  'Docker (XMPP domain meet.jitsi)': { ...BASE, domain: 'meet.jitsi' },
  'no token_verification': { ...BASE, token_verification: false },
};

/** The simulator deployment for a profile: the key follows key_kind, the rest is the profile itself. */
function simulatorFor(profile: Partial<ServerProfile>) {
  const keyed = profile.key_kind === 'key-server';
  const settings: SimulatorOptions = { appId: 'app', domain: DOMAIN, profile, ...(keyed ? { publicKey: SPKI } : { appSecret: SECRET }) };
  const options = resolveOptions(settings);
  return { options, resolveKey: createKeyResolver(options) };
}
export const SIMULATORS = Object.fromEntries(Object.entries(PROFILES).map(([name, profile]) => [name, simulatorFor(profile)]));

/**
 * Signs raw header and payload text (any bytes: a BOM, 1e400) the way the algorithm says; `pad`
 * adds base64 padding to the payload segment before signing (Prosody signs the segments as sent).
 */
function signRaw(headerText: string, payload: Buffer, alg: 'HS256' | 'HS384' | 'HS512' | 'RS256', pad = ''): string[] {
  const input = `${Buffer.from(headerText).toString('base64url')}.${payload.toString('base64url')}${pad}`;
  const signature = alg.startsWith('HS')
    ? createHmac(`sha${alg.slice(2)}`, SECRET)
        .update(input)
        .digest()
    : sign('sha256', Buffer.from(input), privateKey);
  return [...input.split('.'), signature.toString('base64url')];
}

const PATTERNS = [
  '^stand%a+$',
  '^stand',
  '(stand)up',
  '^(.*)$',
  '',
  '^STANDUP$',
  '^stand%D+$',
  '^s.*t.-n.*u+p$',
  '[a-',
  '^[%w%%]+$',
  '^k%a*$',
  '^[a-z0-9%-]+%-?%d*$',
  '()standup',
  '.*',
  'standup',
  '^a+$',
  '^team%%20standup$',
  '%d',
  // Lua raises these errors only when the matcher reaches them.
  '(stand',
  'stand)up',
  'standup%',
  'x%1',
  '^(s)%2',
  'k(%1)',
];
/** A careful value most of the time, one of the careless ones otherwise. */
function mostly<T>(good: T, ...careless: T[]): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(good), weight: 7 }, { arbitrary: fc.constantFrom(...careless), weight: 2 });
}
const time = (good: number | undefined, now: number) =>
  mostly<unknown>(good, undefined, now, now + 1, now - 1, now + 0.5, now - 3600, false, null, String(now + 60), (now + 600) * 1000, '1e400', '-1e400');
export const tokenArb = fc.record({
  alg: fc.constantFrom('HS256', 'HS256', 'HS256', 'HS256', 'HS256', 'RS256', 'RS256', 'RS256', 'HS384', 'HS512') as fc.Arbitrary<
    'HS256' | 'HS384' | 'HS512' | 'RS256'
  >,
  typ: mostly<string | undefined>('JWT', 'jwt', undefined),
  kid: mostly<unknown>('key-1', undefined, 5, null, '', true),
  claims: fc.record({
    iss: mostly<unknown>('app', undefined, 'portal', 'other', null, ['app']),
    aud: mostly<unknown>('jitsi', undefined, 'app', 'account', ['app', 'x'], '*'),
    sub: mostly<unknown>(DOMAIN, undefined, 'MEET.example.org', '*', 'meet.jitsi', 'other.org', 'acme', 42, null, false, '\u212Aeet.example.org'),
    room: fc.oneof(
      {
        arbitrary: mostly<unknown>(
          'standup',
          undefined,
          'StandUp',
          '*',
          'retro',
          7,
          false,
          null,
          true,
          { name: 'standup' },
          'acme/standup',
          '\u212Aitchen',
          'kitchen',
          'team%20standup',
        ),
        weight: 3,
      },
      { arbitrary: fc.constantFrom(...PATTERNS), weight: 1 },
    ),
    context: mostly<unknown>(
      { user: { name: 'A' } },
      undefined,
      null,
      5,
      true,
      'x',
      { user: { name: 'A' }, room: { regex: true } },
      { room: { regex: 'true' } },
      { room: { regex: true } },
      { tenant: 7 },
      { tenant: 'acme', room: { regex: true } },
      { tenant: true },
      { tenant: null },
      { tenant: false },
      { room: 5 },
      { room: null },
      { room: 'x' },
      { room: false },
      { room: { regex: 'yes' } },
      [],
    ),
  }),
  exp: time(NOW_S + 600, NOW_S),
  nbf: time(undefined, NOW_S),
  iat: mostly<unknown>(NOW_S - 60, undefined, 'x'),
  structure: mostly('plain', 'leading dot', 'trailing dot', 'doubled dot', 'padding', 'bom', 'backslash'),
  target: mostly('standup', 'StandUp', 'kitchen', 'Team Standup', 'acme/standup', 'retro', 'a'.repeat(12), '42/standup'),
  ms: fc.integer({ min: 0, max: 999 }),
});

export type TokenCase = typeof tokenArb extends fc.Arbitrary<infer T> ? T : never;

export function build(t: TokenCase): string {
  const header = JSON.stringify({ alg: t.alg, ...(t.typ === undefined ? {} : { typ: t.typ }), ...(t.kid === undefined ? {} : { kid: t.kid }) });
  // Raw JSON so 1e400 stays a number literal; JSON.stringify drops undefined claims.
  const fields: string[] = [];
  for (const [name, value] of Object.entries({ ...t.claims, iat: t.iat }))
    if (value !== undefined) fields.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
  for (const name of ['exp', 'nbf'] as const) {
    const value = t[name];
    if (value === '1e400' || value === '-1e400') fields.push(`"${name}":${value}`);
    else if (value !== undefined) fields.push(`"${name}":${JSON.stringify(value)}`);
  }
  const json = Buffer.from(`{${fields.join(',')}}`);
  const payload = t.structure === 'bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]) : json;
  const [h, p, s] = signRaw(header, payload, t.alg, t.structure === 'padding' ? '==' : '');
  switch (t.structure) {
    case 'leading dot':
      return `.${h}.${p}.${s}`;
    case 'trailing dot':
      return `${h}.${p}.${s}.`;
    case 'doubled dot':
      return `${h}..${p}.${s}`;
    case 'backslash':
      return `${h}\\${p}.${s}`;
    default:
      return `${h}.${p}.${s}`;
  }
}

/** The page a case opens (`tenant/room` or `room`). */
export function targetOf(target: string): { tenant: string | null; room: string } {
  const [tenant, room] = target.includes('/') ? target.split('/') : [null, target];
  return { tenant: tenant ?? null, room: room ?? '' };
}

/**
 * A token signed again with the corpus's keys, its header and payload segments kept byte for byte
 * (third-party tokens, whose real keys we do not have): HS* with SECRET, RS* with the RSA key.
 */
export function resign(token: string): string {
  const [h = '', p = ''] = token.split('.');
  const alg = String((JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg?: unknown }).alg);
  if (!/^(HS|RS)(256|384|512)$/.test(alg)) return token; // refused for its alg whatever the signature
  const input = `${h}.${p}`;
  const bits = alg.slice(2);
  const signature = alg.startsWith('HS') ? createHmac(`sha${bits}`, SECRET).update(input).digest() : sign(`sha${bits}`, Buffer.from(input), privateKey);
  return `${input}.${signature.toString('base64url')}`;
}

/** The simulator's verdict for a case under a named profile (or `profile` itself): login, then (with token_verification) the room. */
export async function simulatorAdmits(
  token: string,
  target: string,
  name: string,
  profile?: Partial<ServerProfile>,
  now = NOW_S,
): Promise<{ admitted: boolean; text: string }> {
  const { options, resolveKey } = profile ? simulatorFor(profile) : SIMULATORS[name]!;
  const { tenant, room } = targetOf(target);
  const check = await checkConnectionToken(token, { options, resolveKey, now });
  const admitted = check.ok && (!options.verifyRoom || mayEnterRoom(check.session, roomTarget(room, tenant), options));
  return { admitted, text: check.ok ? (admitted ? 'admits' : 'room refused') : check.text };
}
