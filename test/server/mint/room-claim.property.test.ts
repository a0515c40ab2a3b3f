/**
 * Property (issue 9): for arbitrary Unicode room names, a minted token's room claim is never `*`,
 * never a pattern, and `authorize` was asked about exactly that claim. Runs through the token
 * endpoint (the path a hostile page uses) and through `mintMeetingToken`.
 */
import fc from 'fast-check';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenEndpoint, isMintError, mintMeetingToken } from '../../../server/mint/index.js';
import { callEndpoint } from './call-endpoint.js';
import { hsOptions, SECRET } from './fixtures.js';

/** Characters that become something else under NFKC or lowercasing, next to any code point. */
const SHAPESHIFTERS = [
  '＊',
  '﹡',
  '*',
  '％',
  '＃',
  '／',
  '＼',
  '？',
  '＆',
  '：',
  '＂',
  '＇',
  'Ａ',
  'İ',
  'K',
  'ß',
  'ﬁ',
  '⁎',
  '∗',
  '٭',
  '[',
  ']',
  '^',
  '$',
  '+',
  '.',
  '-',
  '(',
  ')',
  '%2A',
  '%25',
];

const roomArb = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...SHAPESHIFTERS),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 24,
});

/** A literal room claim holds only what encodeURIComponent leaves (without `*` and `'`) and %xx escapes. */
const LITERAL = /^(?:[a-z0-9\-_.!~()]|%[0-9a-f]{2})+$/;

describe('room claims of minted tokens (fast-check, arbitrary Unicode)', () => {
  it('through the endpoint: never "*", never a pattern, and authorize saw exactly the claim (600 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(roomArb, fc.boolean(), async (room, allow) => {
        const asked: string[] = [];
        const handler = createTokenEndpoint({
          appId: 'myapp',
          secret: SECRET,
          domain: 'meet.example.org',
          authenticate: async () => ({ id: 'u', name: 'Ann', role: 'member' }),
          authorize: (_user, claim) => (asked.push(claim), allow),
          onError: () => undefined,
        });
        const reply = await callEndpoint(handler, `room=${encodeURIComponent(room)}`);
        if (reply.status === 400) return void expect(asked).toEqual([]);
        expect(asked).toHaveLength(1);
        const [claim] = asked as [string];
        expect(claim).not.toBe('*');
        expect(claim).toMatch(LITERAL);
        expect(reply.status).toBe(allow ? 200 : 403);
        if (allow) expect(decodeJwt(reply.body.token as string).room).toBe(claim);
      }),
      { numRuns: 600 },
    );
  });

  it('through mintMeetingToken: either invalid-room or a literal claim (600 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        roomArb.filter((room) => room !== '*'),
        async (room) => {
          const minted = await mintMeetingToken(hsOptions({ room })).catch((error: unknown) => error);
          if (isMintError(minted)) return void expect(minted.code).toBe('invalid-room');
          const claim = (minted as Awaited<ReturnType<typeof mintMeetingToken>>).claims.room as string;
          expect(claim).not.toBe('*');
          expect(claim).toMatch(LITERAL);
        },
      ),
      { numRuns: 600 },
    );
  });
});
