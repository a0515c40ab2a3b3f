/**
 * `meetgate inspect` in a US-English or C locale writes its dates without `Intl`: the first
 * `Intl` formatter of a process loads ICU's locale data, which costs about as much CPU as the
 * rest of the command (some 15 ms against a 40 ms start of Node itself). For exactly the
 * environments where ICU would pick `en-US`, these functions write what `Intl` writes there
 * (`Nov 28, 2026, 1:05 PM`, `in 60 minutes`, in the process's time zone); every other locale
 * keeps `Intl` (lib/time/format.ts). A test compares the two over many dates and zones.
 */
import { formatDateTime, formatRelative, LAST_PLAUSIBLE_YEAR, relativeParts } from '../../lib/time/format.js';

/** How the CLI writes a date and a distance in time. */
export interface DateWriter {
  dateTime: (date: Date) => string;
  relative: (seconds: number) => string;
}

/**
 * Whether ICU's default locale is `en-US` here: ICU reads the first of `LC_ALL`, `LC_MESSAGES`
 * and `LANG` that is set, and maps `C` and `POSIX` (any codeset) to `en-US`, as unset does.
 */
export function defaultsToUsEnglish(env: Record<string, string | undefined>): boolean {
  const chosen = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (chosen === undefined) return true;
  const name = chosen.replace(/[.@].*$/, '');
  return name === 'C' || name === 'POSIX' || name === 'en_US';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `dateStyle: 'medium', timeStyle: 'short'` in en-US, local time: "Nov 28, 2026, 1:05 PM". */
export function usDateTime(date: Date): string {
  const year = date.getFullYear();
  // Invalid, far-future and before-the-year-1000 dates (eras, padding) are left to Intl.
  if (Number.isNaN(date.getTime()) || year < 1000 || date.getUTCFullYear() > LAST_PLAUSIBLE_YEAR) return formatDateTime(date);
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${year}, ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** What en-US `numeric: 'auto'` says for 0 and ±1 of a unit. */
const NAMED: Record<string, Record<string, string>> = {
  second: { '0': 'now' },
  minute: { '0': 'this minute' },
  hour: { '0': 'this hour' },
  day: { '0': 'today', '1': 'tomorrow', '-1': 'yesterday' },
  year: { '0': 'this year', '1': 'next year', '-1': 'last year' },
};

/** `formatRelative` in en-US: "in 60 minutes", "3 hours ago", "tomorrow". */
export function englishRelative(seconds: number): string {
  const [value, unit] = relativeParts(seconds);
  if (!Number.isSafeInteger(value)) return formatRelative(seconds);
  // String(-0) is "0": Intl also says "now" for a past fraction of a second.
  const named = NAMED[unit]?.[String(value)];
  if (named) return named;
  const count = Math.abs(value);
  const amount = `${String(count).replace(/\B(?=(\d{3})+$)/g, ',')} ${unit}${count === 1 ? '' : 's'}`;
  return value > 0 ? `in ${amount}` : `${amount} ago`;
}

/** The CLI's dates for this environment: the hand-written en-US ones where ICU would choose en-US, else Intl's. */
export function datesFor(env: Record<string, string | undefined>): DateWriter {
  return defaultsToUsEnglish(env)
    ? { dateTime: usDateTime, relative: englishRelative }
    : { dateTime: (date) => formatDateTime(date), relative: (seconds) => formatRelative(seconds) };
}
