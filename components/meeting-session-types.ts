/**
 * The types of `useMeetingSession`'s result, apart from the hook so that the screens and the
 * meeting frame (which the hook loads with the meeting runtime) can name them without a cycle.
 */
import type { MeetingApi } from '../lib/session/jitsi-events.js';
import type { MeetingState, SessionEvent } from '../lib/session/types.js';

/** What a person can do; each is safe to call in any state (it does nothing where it means nothing). */
export interface MeetingActions {
  signIn(): void;
  retry(): void;
  rejoin(): void;
  leave(): void;
  signOut(): void;
  cancelRedirect(): void;
  /** Skips the kick countdown and goes to its destination now. */
  goNow(): void;
  /** Back to the previous page (the signed-out screen); with no history, starts again. */
  back(): void;
}

/** The meeting to mount: a new `key` needs a new `JitsiMeeting` (the SDK ignores prop changes). */
export interface MeetingMount {
  key: string;
  jwt: string;
  /** Mounted behind the waiting screen (a waiting-for-host check). */
  hidden: boolean;
}

/** The hook's result. */
export interface MeetingSession {
  state: MeetingState;
  /** The deployment's time minus this computer's, ms (0 while unknown). */
  clockOffsetMs: number;
  meeting: MeetingMount | null;
  actions: MeetingActions;
  /** Hand the API from `onApiReady` over; false when it belonged to a meeting already left (it was disposed). */
  attachApi(api: MeetingApi, meetingKey: string): boolean;
  /** The meeting `meetingKey` unmounts: dispose its API (once). */
  releaseApi(meetingKey: string): void;
  /** The frame watchdog's report for meeting `meetingKey`. */
  reportFrame(meetingKey: string, signal: 'silent' | 'alive'): void;
  /** How loading the IFrame API went for meeting `meetingKey`. */
  reportScript(meetingKey: string, event: Extract<SessionEvent, { type: 'script-failed' | 'script-loaded' }>): void;
}
