/** The sentence announced (aria-live) when the state changes: the new screen's title, in short. */
import type { MeetingState, StateOf } from '../../lib/session/types.js';
import { format, type MeetingStrings } from '../strings.js';

/** The kicked title: by name when known, else "by a moderator" when a person did it, else plain (a system kick). */
export function kickedTitle(state: StateOf<'kicked'>, strings: MeetingStrings): string {
  if (state.by) return format(strings.kickedTitleBy, { name: state.by });
  return state.byModerator ? strings.kickedTitleByModerator : strings.kickedTitle;
}

/** What a screen reader hears for `state`. */
export function announcement(state: MeetingState, strings: MeetingStrings): string {
  switch (state.status) {
    case 'checking':
      return strings.checkingTitle;
    case 'needs-token':
      return strings.needsTokenTitle;
    case 'invalid-token':
      return strings.invalidTitle;
    case 'joining':
      return format(strings.joiningTitle, { room: state.room });
    case 'in-meeting':
      return format(strings.inMeetingAnnounce, { room: state.room });
    case 'waiting-for-host':
      return strings.waitingTitle;
    case 'meeting-unavailable':
      return strings.unavailableTitle;
    case 'reconnecting':
      return state.renewing ? strings.reconnectingRenewing : strings.reconnectingJitsi;
    case 'kicked':
      return kickedTitle(state, strings);
    case 'rejected':
      return `${strings.rejectedTitle}. ${strings.rejection[state.code]}`;
    case 'ended':
      return state.endedBy === 'host' ? strings.endedByHostTitle : strings.endedTitle;
    case 'logged-out':
      return strings.loggedOutTitle;
  }
}

/** A site as a person names it: `intranet.example.org` for `https://intranet.example.org:443`. */
export function siteName(origin: string): string {
  try {
    return new URL(origin).hostname || origin;
  } catch {
    return origin;
  }
}
