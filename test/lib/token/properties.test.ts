import fc from 'fast-check';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectToken, type TokenReport } from '../../../lib/token/index.js';
import { b64url, goodClaims, GOOD_CONTEXT } from '../../fixtures/tokens.js';

/** The invariants every report keeps, whatever the input. */
function checkReport(report: TokenReport): void {
  const errors = report.findings.filter((f) => f.severity === 'error');
  expect(report.usable).toBe(errors.length === 0);
  expect(report.validity.usable).toBe(report.usable);
  expect(report.verified).toBe(false);
  for (const finding of report.findings) {
    expect(typeof finding.message).toBe('string');
    expect(typeof finding.hint).toBe('string');
    expect(finding.message.length).toBeLessThan(600);
  }
  if (report.user.avatar) expect(report.user.avatar).toMatch(/^(https:|data:image\/)/i);
  JSON.stringify(report);
}

let minted: string[] = [];

beforeAll(async () => {
  const secret = new TextEncoder().encode('property-secret');
  minted = await Promise.all(
    ['standup', '*', 'Team Standup', 'café'].flatMap((room) =>
      ['owner', 'member', 'teacher'].map((affiliation) =>
        new SignJWT(goodClaims({ room, context: { user: { name: 'N', affiliation }, features: { recording: true } } }))
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .sign(secret),
      ),
    ),
  );
});

describe('inspectToken never throws and is never fooled by bad input', () => {
  it('turns any string into an unusable report with an error (4,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.base64String()),
        (input) => {
          const report = inspectToken(input, GOOD_CONTEXT);
          checkReport(report);
          expect(report.usable).toBe(false);
          expect(report.findings.some((f) => f.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('keeps its invariants on mutated real tokens (4,000 runs)', () => {
    const mutation = fc.record({
      index: fc.nat(),
      at: fc.nat(),
      kind: fc.constantFrom('flip', 'truncate', 'insert-dot', 'drop-part', 'swap', 'duplicate'),
      char: fc.constantFrom('A', '.', '-', '_', '=', '%', ' ', 'é', '\u0000'),
    });
    fc.assert(
      fc.property(mutation, ({ index, at, kind, char }) => {
        const token = minted[index % minted.length] ?? '';
        const i = at % token.length;
        const parts = token.split('.');
        const mutated = {
          flip: token.slice(0, i) + char + token.slice(i + 1),
          truncate: token.slice(0, i),
          'insert-dot': `${token.slice(0, i)}.${token.slice(i)}`,
          'drop-part': parts.filter((_, p) => p !== at % 3).join('.'),
          swap: [parts[1], parts[0], parts[2]].join('.'),
          duplicate: `${token}.${token}`,
        }[kind];
        const report = inspectToken(mutated, GOOD_CONTEXT);
        checkReport(report);
        // Only a cut inside the header or payload breaks decoding: signatures are verifyToken's job.
        // Prosody skips empty segments, so a dot next to another dot (or at the start) changes nothing.
        const emptySegment = kind === 'insert-dot' && (i === 0 || token[i - 1] === '.' || token[i] === '.');
        if (kind !== 'flip' && !emptySegment && !(kind === 'truncate' && i > token.lastIndexOf('.'))) expect(report.usable).toBe(false);
      }),
      { numRuns: 4000 },
    );
  });

  it('keeps its invariants on arbitrary JSON claims and headers (3,000 runs)', () => {
    const claims = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          iss: fc.jsonValue(),
          aud: fc.jsonValue(),
          sub: fc.jsonValue(),
          room: fc.jsonValue(),
          exp: fc.jsonValue(),
          nbf: fc.jsonValue(),
          context: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc
        .record({
          context: fc.record(
            { user: fc.dictionary(fc.string(), fc.jsonValue()), features: fc.dictionary(fc.string(), fc.jsonValue()), room: fc.jsonValue() },
            { requiredKeys: [] },
          ),
        })
        .map((extra) => goodClaims(extra)),
    );
    const header = fc.oneof(
      fc.constant({ alg: 'HS256', typ: 'JWT' }),
      fc.jsonValue(),
      fc.record({ alg: fc.string(), typ: fc.string(), kid: fc.string() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(header, claims, (h, c) => {
        const report = inspectToken(`${b64url(h)}.${b64url(c)}.sig`, GOOD_CONTEXT);
        checkReport(report);
        const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
        if (!isObject(h) || !isObject(c)) expect(report.findings[0]?.code).toBe('malformed');
      }),
      { numRuns: 3000 },
    );
  });
});
