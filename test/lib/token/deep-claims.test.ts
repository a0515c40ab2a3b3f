/** Issue 9, item 4: a payload nested thousands deep is refused with claims-too-deep, never a throw. */
import { describe, expect, it } from 'vitest';
import { MAX_CLAIM_DEPTH, nestsDeeperThan } from '../../../lib/token/decode.js';
import { inspectToken } from '../../../lib/token/index.js';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const token = (payload: string, header = '{"alg":"HS256","typ":"JWT"}') => `${b64(header)}.${b64(payload)}.c2ln`;

describe('claims-too-deep', () => {
  it.each([5000, 4000, MAX_CLAIM_DEPTH + 1])('refuses a payload nested %i deep, without claims', (depth) => {
    const report = inspectToken(token(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`));
    expect(report.findings.map((f) => f.code)).toEqual(['claims-too-deep']);
    expect(report.claims).toBeNull();
    expect(report.usable).toBe(false);
  });

  it('refuses a deep header too, and reads a payload at the bound', () => {
    expect(inspectToken(token('{}', `{"alg":"HS256","x":${'{"y":'.repeat(40)}1${'}'.repeat(40)}}`)).findings[0]?.code).toBe('claims-too-deep');
    const atBound = inspectToken(token(`{"a":${'['.repeat(MAX_CLAIM_DEPTH - 1)}${']'.repeat(MAX_CLAIM_DEPTH - 1)}}`));
    expect(atBound.findings.map((f) => f.code)).not.toContain('claims-too-deep');
  });

  it('measures depth without recursion, for values far deeper than the stack allows', () => {
    let value: unknown = 1;
    for (let i = 0; i < 200_000; i++) value = [value];
    expect(nestsDeeperThan(value, 16)).toBe(true);
    expect(nestsDeeperThan({ a: { b: 1 } }, 2)).toBe(false);
    expect(nestsDeeperThan({ a: { b: {} } }, 2)).toBe(true);
  });
});
