/**
 * The CLI's hand-written en-US dates must read exactly as Intl writes them where ICU would choose
 * en-US: the same text for many dates, in several time zones, and for every relative distance.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative } from '../../../lib/time/format.js';
import { datesFor, defaultsToUsEnglish, englishRelative, usDateTime } from '../../../server/cli/english-dates.js';

const savedTz = process.env.TZ;
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('which environments ICU gives en-US', () => {
  it.each([
    [{}, true],
    [{ LANG: 'C.UTF-8' }, true],
    [{ LANG: 'POSIX' }, true],
    [{ LANG: 'en_US.UTF-8' }, true],
    [{ LANG: '' }, true],
    [{ LANG: 'de_DE.UTF-8' }, false],
    [{ LANG: 'en_GB.UTF-8' }, false],
    [{ LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'C' }, false],
    [{ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, true],
    [{ LC_ALL: 'de_DE@euro' }, false],
    [{ LC_TIME: 'de_DE.UTF-8' }, true],
  ])('%j → en-US: %s', (env, expected) => expect(defaultsToUsEnglish(env)).toBe(expected));

  it('uses Intl where the locale is another', () => {
    const date = new Date(Date.UTC(2026, 10, 28, 13, 5));
    expect(datesFor({ LANG: 'de_DE.UTF-8' }).dateTime(date)).toBe(formatDateTime(date));
  });
});

describe('en-US dates without Intl', () => {
  const intl = (date: Date) => formatDateTime(date, { locale: 'en-US' });

  it.each(['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'])('match Intl in %s', (zone) => {
    process.env.TZ = zone;
    for (const date of [new Date(Date.UTC(2026, 10, 28, 0, 5)), new Date(Date.UTC(2026, 8, 1, 12, 0)), new Date(Date.UTC(2027, 2, 28, 1, 30))]) {
      expect(usDateTime(date)).toBe(intl(date));
    }
    fc.assert(
      fc.property(fc.integer({ min: -30610224000, max: 253402300799 }), (seconds) => {
        const date = new Date(seconds * 1000);
        expect(usDateTime(date)).toBe(intl(date));
      }),
      { numRuns: 300 },
    );
  });

  it('match Intl for relative times of every size and sign', () => {
    for (const seconds of [
      0,
      -0.4,
      0.4,
      1,
      -1,
      59,
      89,
      90,
      3600,
      -3600,
      5399,
      5400,
      86400,
      -86400,
      129600,
      2 * 365 * 86400,
      -40 * 365 * 86400,
      7000 * 365.25 * 86400,
    ]) {
      expect(englishRelative(seconds), String(seconds)).toBe(formatRelative(seconds, { locale: 'en-US' }));
    }
    fc.assert(
      fc.property(fc.double({ min: -3e11, max: 3e11, noNaN: true }), (seconds) => {
        expect(englishRelative(seconds)).toBe(formatRelative(seconds, { locale: 'en-US' }));
      }),
      { numRuns: 500 },
    );
  });
});
