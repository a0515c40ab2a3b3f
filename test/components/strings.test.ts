import { describe, expect, it } from 'vitest';
import { defaultStrings, format, mergeStrings } from '../../components/index.js';
import { formatDuration } from '../../components/strings.js';

describe('strings', () => {
  it('format fills placeholders once, never re-reading inserted text', () => {
    expect(format('by {name} in {room}', { name: '{room}', room: 'standup' })).toBe('by {room} in standup');
    expect(format('{unknown} stays', {})).toBe('{unknown} stays');
    expect(format('{toString}', {})).toBe('{toString}');
  });

  it('mergeStrings overrides flat and nested texts, ignores unknown keys and wrong types', () => {
    const merged = mergeStrings({ leave: 'Verlassen', rejection: { expired: 'Abgelaufen.' }, bogus: 'x', signIn: 42 } as never);
    expect(merged.leave).toBe('Verlassen');
    expect(merged.rejection.expired).toBe('Abgelaufen.');
    expect(merged.rejection.banned).toBe(defaultStrings.rejection.banned);
    expect(merged.signIn).toBe(defaultStrings.signIn);
    expect('bogus' in merged).toBe(false);
    expect(mergeStrings(undefined)).toBe(defaultStrings);
  });

  it('every rejection code, role, feature and source has a text', () => {
    for (const table of [defaultStrings.rejection, defaultStrings.roles, defaultStrings.features, defaultStrings.sources, defaultStrings.refusals]) {
      for (const value of Object.values(table)) expect(value.length).toBeGreaterThan(1);
    }
  });

  it('formats durations', () => {
    expect(formatDuration(3_600_000 + 5 * 60_000, defaultStrings)).toBe('1 h 05 min');
    expect(formatDuration(250_000, defaultStrings)).toBe('4 min 10 s');
    expect(formatDuration(9_999, defaultStrings)).toBe('9 s');
    expect(formatDuration(-5, defaultStrings)).toBe('0 s');
  });
});
