/**
 * Getting a token into the session: ask the sources, inspect what comes back against this
 * meeting, check the signature when a verifier is configured, and describe the outcome as a
 * session event. The raw token goes only into that event.
 */
import { requestFromSources } from '../sources/chain.js';
import type { TokenRequestReason, TokenSource, TokenSourceKind } from '../sources/types.js';
import { inspectToken } from '../token/inspect.js';
import type { InspectContext } from '../token/types.js';
import type { SessionEvent } from './types.js';
import { CLOCK_SOURCE, MAX_ASSUMED_SKEW_MS, offsetFromDate, offsetFromIat, type ClockSync } from './clock.js';
import type { TokenReport } from '../token/types.js';

/** Checks a signature; `invalid-signature` keeps the person out, `key-unavailable` joins unverified. */
export type TokenVerifier = (token: string, signal: AbortSignal) => Promise<{ status: 'verified' | 'invalid-signature' | 'key-unavailable'; reason: string }>;

/** What intake needs to know. */
export interface IntakeContext {
  domain: string;
  room: string;
  now: number;
  /** Extra inspection settings (expected issuer and audience, tenant, clock skew…). */
  inspect?: Omit<InspectContext, 'domain' | 'room' | 'now'>;
  verify?: TokenVerifier;
  signal: AbortSignal;
  /** The deployment's clock as far as it is known; `now` is then taken from it. */
  clock?: ClockSync;
}

/** Whether the local clock alone condemns the token: its only errors are exp/nbf, by less than the assumed skew. */
export function refusedByClockOnly(report: TokenReport, now: number): boolean {
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return false;
  const { expiresAt, notBefore } = report.validity;
  return errors.every(
    (finding) =>
      (finding.code === 'expired' && expiresAt !== null && now - expiresAt.getTime() <= MAX_ASSUMED_SKEW_MS) ||
      (finding.code === 'not-yet-valid' && notBefore !== null && notBefore.getTime() - now <= MAX_ASSUMED_SKEW_MS),
  );
}

/** Inspects (and verifies) one token and builds the `token-found` event. */
export async function examineToken(
  token: string,
  source: TokenSourceKind,
  reason: TokenRequestReason | 'pushed',
  requestId: number | null,
  context: IntakeContext,
  /** Local times around a provider call that just fetched this token: its `iat` may then set the clock. */
  fetched?: { sentAt: number; receivedAt: number },
): Promise<Extract<SessionEvent, { type: 'token-found' }>> {
  const { clock } = context;
  const inspect = () => inspectToken(token, { ...context.inspect, domain: context.domain, room: context.room, now: clock ? clock.now() : context.now });
  let report = inspect();
  if (clock && clock.offsetMs === null && refusedByClockOnly(report, clock.now())) {
    // Judged by this computer's clock alone: learn the deployment's time first.
    await clock.settle(context.signal);
    if (fetched) clock.learn(offsetFromIat(report.validity.issuedAt?.getTime(), fetched.sentAt, fetched.receivedAt), CLOCK_SOURCE.iat);
    report = inspect();
  }
  const clockUnknown = Boolean(clock && clock.offsetMs === null && refusedByClockOnly(report, clock.now()));
  const event = {
    type: 'token-found' as const,
    token: report.token ?? token,
    report,
    source,
    reason,
    requestId,
    verification: 'unverified' as const,
    ...(clockUnknown ? { clockUnknown } : {}),
  };
  if (!report.usable || !context.verify) return event;
  try {
    const result = await context.verify(event.token, context.signal);
    if (result.status === 'verified') return { ...event, verification: 'verified' };
    if (result.status === 'invalid-signature') return { ...event, verification: 'invalid-signature', signatureProblem: result.reason.slice(0, 300) };
  } catch {
    // A verifier that fails proves nothing either way: the token stays "unverified".
  }
  if (context.signal.aborted) throw context.signal.reason;
  return event;
}

/** Asks `sources` for a token for `reason`, skipping tokens `accept` refuses. */
export async function fetchToken(
  sources: readonly TokenSource[],
  reason: TokenRequestReason,
  requestId: number,
  accept: (token: string) => boolean,
  context: IntakeContext,
): Promise<SessionEvent> {
  const { clock } = context;
  const sentAt = clock?.localNow() ?? 0;
  const reportDate = (date: string | null | undefined) => {
    if (clock && typeof date === 'string') clock.learn(offsetFromDate(date, sentAt, clock.localNow()), CLOCK_SOURCE.endpoint);
  };
  const result = await requestFromSources(sources, { room: context.room, domain: context.domain, reason, signal: context.signal, reportDate }, accept);
  if (result.token === null) {
    const failures = result.errors.map((error) => ({ source: error.source, code: error.code, message: error.message.slice(0, 300) }));
    return {
      type: 'token-not-found',
      reason,
      requestId,
      failedSources: [...new Set(result.errors.map((error) => error.source))],
      ...(failures.length > 0 && !result.signedOut ? { failures } : {}),
    };
  }
  const fetched = clock && result.source === 'provider' ? { sentAt, receivedAt: clock.localNow() } : undefined;
  return examineToken(result.token, result.source, reason, requestId, context, fetched);
}
