import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../server/mint/index.js';

describe('parseDuration', () => {
  it.each([
    [3600, 3600],
    ['3600', 3600],
    ['90s', 90],
    ['15m', 900],
    ['1h', 3600],
    [' 2H ', 7200],
    ['1d', 86_400],
  ])('reads %j as %i seconds', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each([[0], [-5], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['0h'], [''], ['abc'], ['1w'], ['1.5h'], ['-1h'], ['1h30m'], ['9999999999']])(
    'refuses %j',
    (input) => {
      expect(parseDuration(input as number | string)).toBeNull();
    },
  );
});
