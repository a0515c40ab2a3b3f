/**
 * Dates and durations in the reader's own language and time zone, with `Intl` only (no date
 * library: the component's size budget is small, and every browser and Node 20 carry `Intl`).
 * `locale` and `timeZone` default to the runtime's: the browser's settings, or `LANG`/`TZ` in Node.
 */

/** Where and how a date is read; both default to the runtime's. */
export interface DateStyle {
  locale?: string | readonly string[];
  timeZone?: string;
}

/** Years beyond this are not meant: a time claim in milliseconds read as seconds lands there. */
export const LAST_PLAUSIBLE_YEAR = 9999;

/** A date and time such as "28 Nov 2026, 01:27 UTC" (in the reader's locale and zone). */
export function formatDateTime(date: Date, style: DateStyle = {}): string {
  if (Number.isNaN(date.getTime())) return 'an invalid date';
  const year = date.getUTCFullYear();
  if (year > LAST_PLAUSIBLE_YEAR) return `the year ${year}`;
  return new Intl.DateTimeFormat(style.locale as string | string[] | undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(style.timeZone ? { timeZone: style.timeZone } : {}),
  }).format(date);
}

/** The unit `formatRelative` writes `seconds` in, and the rounded number of them. */
export function relativeParts(seconds: number): [number, 'second' | 'minute' | 'hour' | 'day' | 'year'] {
  const abs = Math.abs(seconds);
  const [value, unit]: [number, 'second' | 'minute' | 'hour' | 'day' | 'year'] =
    abs < 90
      ? [seconds, 'second']
      : abs < 5400
        ? [seconds / 60, 'minute']
        : abs < 129600
          ? [seconds / 3600, 'hour']
          : abs < 2 * 365 * 86400
            ? [seconds / 86400, 'day']
            : [seconds / (365.25 * 86400), 'year'];
  return [Math.round(value), unit];
}

/** The largest unit that keeps the number readable: "in 5 minutes", "3 hours ago", "in 12 days". */
export function formatRelative(seconds: number, style: DateStyle = {}): string {
  return new Intl.RelativeTimeFormat(style.locale as string | string[] | undefined, { numeric: 'auto' }).format(...relativeParts(seconds));
}
