/**
 * meetgate session: the framework-free meeting session — a pure reducer over typed states and
 * events, and a controller that owns timers, token requests and the Jitsi API handle.
 */
export type {
  Countdown,
  Expiring,
  JitsiError,
  MeetingFrame,
  MeetingState,
  MeetingStatus,
  Notice,
  RedirectTarget,
  RejectionCode,
  SessionConfig,
  SessionEffect,
  SessionEvent,
  SessionModel,
  StateOf,
  TimerName,
  TokenInfo,
  Transition,
  UserAction,
} from './types.js';
export { transition } from './reducer.js';
export { initialModel, isLive } from './model.js';
export { buildConfig, type AuthOptions, type ConfigInput, type SessionTiming } from './config.js';
export { createSessionController, type SessionController, type SessionControllerOptions, type SessionSnapshot } from './controller.js';
export { examineToken, fetchToken, type IntakeContext, type TokenVerifier } from './intake.js';
export {
  listenToMeeting,
  nameKicker,
  readError,
  readKick,
  toSessionEvent,
  MEETING_API_EVENTS,
  NAME_EVENTS,
  type LocalKick,
  type MeetingApi,
} from './jitsi-events.js';
export { ParticipantNames, type ParticipantInfoLike } from './participant-names.js';
export { readRefusal, type Refusal } from './reasons.js';
export { refreshDueAt, expiresAt, isExpired, MIN_REFRESH_GAP_MS, REFRESH_RETRY_MS } from './expiry.js';
export { describeEvent, type MeetingEvent } from './describe.js';
export type { PageLocation } from './redirector.js';
export { MAX_RECOVERIES } from './reduce-jitsi.js';
