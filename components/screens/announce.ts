/**
 * The title of every state's screen, decided in one place: the screens show it, and the live
 * region announces it when the state changes (with a few states saying a little more).
 */
import type { MeetingState } from '../../lib/session/types.js';
import { format, type MeetingStrings } from '../strings.js';

/** The heading of `state`'s screen (bars have none: theirs is what they say). */
export function screenTitle(state: MeetingState, strings: MeetingStrings): string {
  switch (state.status) {
    case 'checking':
      return strings.checkingTitle;
    case 'needs-token':
      // Not signed out: the sign-in service did not answer.
      return state.sourceFailure?.length ? strings.sourceDownTitle : strings.needsTokenTitle;
    case 'invalid-token':
      return state.repeated ? strings.repeatedTitle : strings.invalidTitle;
    case 'joining':
      return format(strings.joiningTitle, { room: state.room });
    case 'in-meeting':
      return format(strings.inMeetingAnnounce, { room: state.room });
    case 'waiting-for-host':
      return strings.waitingTitle;
    case 'meeting-unavailable':
      return strings.unavailableTitle;
    case 'reconnecting':
      return strings.reconnectingTitle;
    case 'kicked':
      // By name when known, else "by a moderator" when a person did it, else plain (a system kick).
      if (state.by) return format(strings.kickedTitleBy, { name: state.by });
      return state.byModerator ? strings.kickedTitleByModerator : strings.kickedTitle;
    case 'rejected':
      return strings.rejectedTitle;
    case 'ended':
      return state.endedBy === 'host' ? strings.endedByHostTitle : strings.endedTitle;
    case 'logged-out':
      return strings.loggedOutTitle;
  }
}

/** What a screen reader hears for `state`: its title, and for a lost connection or a refusal, what is going on. */
export function announcement(state: MeetingState, strings: MeetingStrings): string {
  if (state.status === 'reconnecting') return state.renewing ? strings.reconnectingRenewing : strings.reconnectingJitsi;
  if (state.status === 'rejected') return `${strings.rejectedTitle}. ${strings.rejection[state.code]}`;
  return screenTitle(state, strings);
}

/** A site as a person names it: `intranet.example.org` for `https://intranet.example.org:443`. */
export function siteName(origin: string): string {
  try {
    return new URL(origin).hostname || origin;
  } catch {
    return origin;
  }
}
