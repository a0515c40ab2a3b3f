/**
 * meetgate — the embeddable component. Importing is safe during server-side rendering: nothing
 * here touches `window` until a component mounts.
 */
export { SecureMeeting, type SecureMeetingProps } from './SecureMeeting.js';
export { useMeetingSession, type MeetingActions, type MeetingMount, type MeetingSession } from './use-meeting-session.js';
export type { MeetingSessionOptions } from './session-options.js';
export { TokenCard } from './runtime/TokenCard.js';
export type { TokenCardProps } from './card/TokenCard.js';
export { defaultStrings, mergeStrings, format, type MeetingStrings, type MeetingStringsOverride } from './strings.js';
export { MEETGATE_CSS } from './styles.js';
export type { JitsiMeetExternalApi, JitsiPassThroughProps } from './jitsi-props.js';
export type {
  Countdown,
  Expiring,
  JitsiError,
  MeetingState,
  MeetingStatus,
  Notice,
  RedirectTarget,
  RejectionCode,
  StateOf,
  TokenInfo,
  UserAction,
} from '../lib/session/types.js';
export type { MeetingEvent } from '../lib/session/describe.js';
export type { AuthOptions, SessionTiming } from '../lib/session/config.js';
export type { TokenVerifier } from '../lib/session/intake.js';
export type { ExtensionTokenSource, TokenProvider, TokenRequest, TokenRequestReason, TokenSource, TokenSourceKind, TokenUpdate } from '../lib/sources/types.js';
export type { TokenMessage, TokenRequestMessage } from '../lib/sources/message.js';
export type { ProviderOptions } from '../lib/sources/provider.js';
export type { Timers } from '../lib/sources/timers.js';
export { ConfigurationError } from '../lib/redirect/origins.js';
