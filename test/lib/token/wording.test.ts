/** Findings a person reads: flags in every ignored place, role conflicts, hosts with ports, dates. */
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../lib/token/index.js';
import { hostWithoutPort } from '../../../lib/token/checks/placement.js';
import { formatDateTime, formatRelative } from '../../../lib/time/format.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW_S } from '../../fixtures/tokens.js';

const user = { name: 'Ann', affiliation: 'owner' };
const messages = (claims: Record<string, unknown>, context = GOOD_CONTEXT) => inspectToken(fakeToken(goodClaims(claims)), context).findings;

describe('features in places Jitsi never reads', () => {
  it('warns about each place, also next to a real context.features', () => {
    const found = messages({
      features: { recording: true },
      context: { user: { ...user, features: { livestreaming: true } }, features: { recording: false } },
    }).filter((f) => f.code === 'features-misplaced');
    expect(found.map((f) => f.claim)).toEqual(['context.user.features', 'features']);
    expect(found[0]?.message).toBe('Jitsi never reads context.user.features ("livestreaming"): these flags have no effect.');
    expect(found[1]?.hint).toBe('Merge them into context.features, or delete them.');
  });
});

describe('role conflicts', () => {
  it('say which claim decides and what the others would do, in a sentence', () => {
    const [conflict] = messages({ moderator: true, context: { user: { name: 'Ann', affiliation: 'member' } } }).filter((f) => f.code === 'role-conflict');
    expect(conflict?.message).toBe('moderator makes the holder a moderator, but context.user.affiliation would keep them a member.');
  });
});

describe('sub and a domain with a port', () => {
  it.each([
    ['localhost:4281', 'localhost'],
    ['meet.example.org', 'meet.example.org'],
    ['[::1]:443', '[::1]'],
    ['[::1]', '[::1]'],
    ['a:b:c', 'a:b:c'],
  ])('%s is host %s', (domain, host) => expect(hostWithoutPort(domain)).toBe(host));

  it('never warns that a token for "localhost" is not for "localhost:4281"', () => {
    const found = messages({ sub: 'localhost' }, { ...GOOD_CONTEXT, domain: 'localhost:4281' });
    expect(found.map((f) => f.code)).not.toContain('sub-mismatch');
  });
});

describe('dates', () => {
  it('use the locale and time zone asked for, never a raw ISO string', () => {
    const date = new Date(Date.UTC(2026, 10, 28, 0, 27, 47));
    expect(formatDateTime(date, { locale: 'en-GB', timeZone: 'UTC' })).toBe('28 Nov 2026, 00:27');
    expect(formatDateTime(date, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('28.11.2026, 01:27');
    expect(formatDateTime(new Date(Date.UTC(58877, 6, 12)))).toBe('the year 58877');
    expect(formatRelative(-3 * 3600, { locale: 'en' })).toBe('3 hours ago');
    expect(formatRelative(300, { locale: 'en' })).toBe('in 5 minutes');
  });

  it('write the expired finding in the reader’s format', () => {
    const [expired] = messages({ exp: NOW_S - 60 }).filter((f) => f.code === 'expired');
    expect(expired?.message).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(expired?.message).toMatch(/^The token expired on .+\d.+\.$/);
  });
});
