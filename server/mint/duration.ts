/** Token lifetimes: seconds, or short text such as `90s`, `15m`, `1h`, `1d`. */

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Lifetimes above this need `allowLongLived` (the inspector's `long-lived` warning starts here). */
export const MAX_TTL_SECONDS = 24 * 60 * 60;

/** No lifetime is accepted above this, even with `allowLongLived`. */
export const ABSOLUTE_MAX_TTL_SECONDS = 366 * 24 * 60 * 60;

/** One hour: long enough for a meeting's reconnects, short enough to limit a leak. */
export const DEFAULT_TTL_SECONDS = 60 * 60;

/**
 * Parses a lifetime to whole seconds, or null when it is not a positive duration. A number is
 * seconds (never milliseconds: JWT times are seconds).
 */
export function parseDuration(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{1,9})\s*([smhd]?)\s*$/i.exec(value);
  if (!match) return null;
  const seconds = Number(match[1]) * (UNIT_SECONDS[(match[2] || 's').toLowerCase()] ?? 1);
  return seconds > 0 ? seconds : null;
}
