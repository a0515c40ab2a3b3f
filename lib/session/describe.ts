/**
 * The public form of session events, for `onEvent`: the same events with the raw token removed,
 * so analytics and logs never receive one.
 */
import type { TokenRequestReason, TokenSourceKind } from '../sources/types.js';
import type { SessionEvent } from './types.js';

/** A session event as hosts see it. */
export type MeetingEvent =
  | Exclude<SessionEvent, { type: 'token-found' }>
  | {
      type: 'token-found';
      source: TokenSourceKind;
      reason: TokenRequestReason | 'pushed';
      /** Whether `inspectToken` found no error. */
      usable: boolean;
      verification: 'verified' | 'unverified' | 'invalid-signature';
    };

/** Strips the token from `event`. */
export function describeEvent(event: SessionEvent): MeetingEvent {
  if (event.type !== 'token-found') return event;
  return { type: 'token-found', source: event.source, reason: event.reason, usable: event.report.usable, verification: event.verification };
}
