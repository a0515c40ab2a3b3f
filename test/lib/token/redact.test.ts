/** redactToken: what `meetgate inspect --json` and `meetgate doctor --json` print in place of a token. */
import { describe, expect, it } from 'vitest';
import { inspectToken, redactToken } from '../../../lib/token/index.js';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';

const token = fakeToken(goodClaims());
const signature = token.split('.')[2]!;

describe('redactToken', () => {
  it('keeps header and payload and drops the signature', () => {
    expect(redactToken(token)).toBe(`${token.split('.').slice(0, 2).join('.')}.[signature redacted]`);
  });

  it.each([
    ['a trailing period (the end of a sentence)', `${token}.`],
    ['two trailing periods', `${token}..`],
    ['a fourth segment', `${token}.x`],
  ])('never keeps the signature of a token pasted with %s', (_, pasted) => {
    const report = inspectToken(pasted);
    expect(report.token).not.toBeNull();
    expect(redactToken(report.token!)).not.toContain(signature);
  });
});
