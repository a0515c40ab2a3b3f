/** What every state screen receives. */
import type { MeetingStatus, StateOf } from '../../lib/session/types.js';
import type { Timers } from '../../lib/sources/timers.js';
import type { MeetingActions } from '../meeting-session-types.js';
import type { MeetingStrings } from '../strings.js';

/** Props of the screen for status `S`. */
export interface StateScreenProps<S extends MeetingStatus> {
  state: StateOf<S>;
  strings: MeetingStrings;
  actions: MeetingActions;
  /** Move focus to the title (the screen replaced another). */
  focus: boolean;
  timers: Timers;
}
