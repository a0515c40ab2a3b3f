/**
 * Sign-in throttling for the portal: attempts are counted per account and per client address, so
 * one script cannot sign an account in a thousand times (nor guess passwords quickly), and a
 * refused attempt says when to try again.
 */
import type { IncomingMessage } from 'node:http';
import { createRateLimiter, type RateLimiter, type RateVerdict } from './rate-limit.js';

/** Attempts per account in one minute. */
export const SIGN_IN_PER_ACCOUNT = 10;
/** Attempts per client address in one minute (the demo listens on loopback, where every visitor shares one address). */
export const SIGN_IN_PER_ADDRESS = 120;

/** The limiter of one portal: two fixed windows of a minute. */
export function createSignInLimiter(now?: () => number): RateLimiter {
  const account = createRateLimiter({ limit: SIGN_IN_PER_ACCOUNT, windowMs: 60_000, ...(now ? { now } : {}) });
  const address = createRateLimiter({ limit: SIGN_IN_PER_ADDRESS, windowMs: 60_000, ...(now ? { now } : {}) });
  return {
    take(keys) {
      const verdicts = [account.take(keys.filter((key) => key.startsWith('account:'))), address.take(keys.filter((key) => key.startsWith('address:')))];
      const refused = verdicts.filter((verdict): verdict is Extract<RateVerdict, { ok: false }> => !verdict.ok);
      return refused.length > 0 ? { ok: false, retryAfterSeconds: Math.max(...refused.map((verdict) => verdict.retryAfterSeconds)) } : { ok: true };
    },
  };
}

/** The keys of one sign-in attempt: the account name as typed (case-folded) and the client address. */
export function signInKeys(req: IncomingMessage, account: string | null): string[] {
  const keys = [`address:${req.socket?.remoteAddress ?? 'unknown'}`];
  if (account) keys.push(`account:${account.trim().toLowerCase().slice(0, 64)}`);
  return keys;
}
