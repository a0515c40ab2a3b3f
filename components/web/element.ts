/**
 * The types of `<meetgate-meeting>` for TypeScript pages: `meetgate/meetgate-meeting.js` is a
 * plain script, and these declarations (its `types` in the package's exports) tell the compiler
 * what it defines. Importing it, even `import type {} from 'meetgate/meetgate-meeting.js'` in a
 * page that loads the script with a tag, types `document.querySelector('meetgate-meeting')` and
 * `addEventListener('meetgate-statechange', …)`.
 */
import type { MeetingState } from '../../lib/session/types.js';

/** The element `meetgate-meeting.js` defines. Its attributes are in the README. */
export interface MeetgateMeetingElement extends HTMLElement {
  /**
   * The server's token rules, as `<SecureMeeting inspect={{ profile }}>`: a profile name or an
   * object of Prosody settings; wins over the `profile` attribute. Null or undefined: the attribute.
   */
  profile: unknown;
}

/** Fired by the element on every state change, bubbling (and composed); `detail` is the state (never the token). */
export type MeetgateStateChangeEvent = CustomEvent<MeetingState>;

declare global {
  interface HTMLElementTagNameMap {
    'meetgate-meeting': MeetgateMeetingElement;
  }
  // It bubbles and is composed, so a listener on the document or the window hears it too (also from inside a shadow root).
  interface GlobalEventHandlersEventMap {
    'meetgate-statechange': MeetgateStateChangeEvent;
  }
}
