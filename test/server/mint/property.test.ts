import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { backendRoomName, FEATURE_NAMES, inspectToken, verifyToken, type FeatureName, type TokenRole } from '../../../lib/token/index.js';
import { mintMeetingToken, type MintOptions } from '../../../server/mint/index.js';
import { NOW, rsaKeys, SECRET, type RsaKeys } from './fixtures.js';
import { profileOf } from '../../fixtures/profiles.js';

const JAAS_APP = 'vpaas-magic-cookie-0123456789abcdef';

/** Characters chosen to stress Jitsi's room naming: case, spaces, NFKC, lowercase expansions, emoji. */
const TRICKY = [
  'A',
  'Z',
  'é',
  'É',
  'ß',
  'İ',
  'Ω',
  'ﬁ',
  'Ａ',
  '会',
  '議',
  '😀',
  '👩‍💻',
  ' ',
  '-',
  '_',
  '.',
  '(',
  ')',
  '+',
  '!',
  '~',
  '*',
  '@',
  '$',
  ',',
  ';',
  '=',
];

/** The rules a room name must meet, as typed and once normalised, stated independently of the code under test (XMPP: node up to 1023 bytes). */
function plausibleRoom(room: string): boolean {
  const spellings = [room, room.normalize('NFKC'), room.normalize('NFKC').toLowerCase()];
  return (
    room.trim() !== '' &&
    backendRoomName(room).length <= 1023 &&
    spellings.every((text) => !/[?&:"'%#/\\*]/.test(text) && !/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u.test(text))
  );
}

const roomArb = fc
  .string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 40 })
  .filter((room) => room.length <= 128 && plausibleRoom(room));

const nameArb = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(' ', 'Ö', 'ñ', '李', '👍🏽', "'", '"', '<', '>', '&'),
      fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 60,
  })
  .filter((name) => name.trim() !== '' && !/[\p{Cc}\p{Cs}]/u.test(name));

const featuresArb = fc.option(
  fc.record(Object.fromEntries(FEATURE_NAMES.map((name) => [name, fc.boolean()])) as Record<FeatureName, fc.Arbitrary<boolean>>, { requiredKeys: [] }),
  { nil: undefined },
);

const inputArb = fc.record({
  signer: fc.constantFrom('hs256', 'rs256', 'jaas'),
  room: roomArb,
  name: nameArb,
  email: fc.option(fc.emailAddress(), { nil: undefined }),
  avatar: fc.option(fc.webUrl({ validSchemes: ['https'] }), { nil: undefined }),
  role: fc.constantFrom<TokenRole>('owner', 'moderator', 'member', 'guest'),
  features: featuresArb,
  ttl: fc.integer({ min: 60, max: 86_400 }),
  tenant: fc.option(fc.constantFrom('acme', 'Sales.EU'), { nil: undefined }),
});

let keys: RsaKeys;

beforeAll(async () => {
  keys = await rsaKeys();
});

describe('every minted token is usable for its room and verifies (fast-check)', () => {
  it('holds for arbitrary names, rooms, roles, features and signers (400 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async (input) => {
        const jaas = input.signer === 'jaas';
        const key = input.signer === 'hs256' ? { secret: SECRET } : { privateKey: keys.privateKey, kid: 'k1' };
        const options: MintOptions = {
          appId: jaas ? JAAS_APP : 'myapp',
          ...key,
          ...(jaas ? {} : input.tenant ? { tenant: input.tenant } : { domain: 'meet.example.org' }),
          room: input.room,
          user: { name: input.name, email: input.email, avatar: input.avatar },
          role: input.role,
          features: input.features,
          ttl: input.ttl,
          now: NOW,
        };
        const minted = await mintMeetingToken(options);
        const tenant = jaas ? JAAS_APP : input.tenant?.toLowerCase();
        const report = inspectToken(minted.token, {
          profile: profileOf(minted.token),
          domain: jaas || input.tenant ? undefined : 'meet.example.org',
          room: tenant ? `${tenant}/${input.room}` : input.room,
          now: NOW,
          domainVerification: true,
        });

        expect(report.usable).toBe(true);
        expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(report.room.matches).toBe(true);
        expect(report.role.value).toBe(input.role);
        expect(report.role.conflicts).toEqual([]);
        expect(report.user.name).toBe(input.name.trim());
        expect(report.flavour).toBe(jaas ? 'jaas' : 'self-hosted');
        for (const [name, enabled] of Object.entries(input.features ?? {})) {
          expect(report.features[name as FeatureName].state).toBe(enabled ? 'enabled' : 'disabled');
        }
        expect(report.validity.secondsRemaining).toBe(input.ttl);
        const verification = await verifyToken(minted.token, input.signer === 'hs256' ? { secret: SECRET } : { publicKey: keys.spki });
        expect(verification.status).toBe('verified');
      }),
      { numRuns: 400 },
    );
  });
});
