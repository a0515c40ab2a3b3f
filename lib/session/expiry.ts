/**
 * When to fetch a fresh token. Prosody checks `exp` only when a connection is made or resumed,
 * so a live meeting outlives its token — but any reconnect after `exp` fails. A fresh token is
 * therefore fetched ahead and kept ready.
 */
import type { TokenInfo } from './types.js';

/** Never schedule a refresh sooner than this after the last one: short-lived tokens must not spin. */
export const MIN_REFRESH_GAP_MS = 5_000;
/** After a failed refresh, try again this much later while the meeting lasts. */
export const REFRESH_RETRY_MS = 60_000;

/** The token's `exp` in ms, or null. */
export function expiresAt(info: TokenInfo | null): number | null {
  return info?.report.validity.expiresAt?.getTime() ?? null;
}

/**
 * The moment to fetch a replacement: `lead` before expiry, but at most half the token's
 * lifetime before it (a 2-minute token is refreshed after a minute), and never right away again.
 */
export function refreshDueAt(info: TokenInfo, now: number, leadMs: number): number | null {
  const expiry = expiresAt(info);
  if (expiry === null) return null;
  const issued = info.report.validity.issuedAt?.getTime() ?? now;
  const lifetime = Math.max(0, expiry - Math.min(issued, now));
  const lead = Math.min(leadMs, lifetime / 2);
  return Math.max(now + MIN_REFRESH_GAP_MS, expiry - lead);
}

/** Whether the token has expired by `now` (Prosody: `now >= exp`). */
export function isExpired(info: TokenInfo | null, now: number): boolean {
  const expiry = expiresAt(info);
  return expiry !== null && now >= expiry;
}
