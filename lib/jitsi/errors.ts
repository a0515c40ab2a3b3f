/**
 * The error names Jitsi reports through `errorOccurred` and how the payload is shaped
 * (lib-jitsi-meet JitsiConnectionErrors / JitsiConferenceErrors, jitsi-meet
 * `overlay/middleware.ts`; research/jitsi-facts.md §3.5). The host receives `{error: {...}}`.
 */
import type { JitsiError, JitsiErrorType } from './types.js';

/** Connection-level error names (XMPP connect / SASL / session resume). */
export const CONNECTION_ERRORS = Object.freeze({
  PASSWORD_REQUIRED: 'connection.passwordRequired',
  CONFERENCE_REQUEST_FAILED: 'connection.conferenceRequestFailed',
  OTHER_ERROR: 'connection.otherError',
  SERVER_ERROR: 'connection.serverError',
  CONNECTION_DROPPED_ERROR: 'connection.droppedError',
  NOT_LIVE_ERROR: 'connection.notLiveError',
  SHARD_CHANGED_ERROR: 'connection.shardChangedError',
} as const);

/** Conference-level error names (MUC join and the life of the room). */
export const CONFERENCE_ERRORS = Object.freeze({
  AUTHENTICATION_REQUIRED: 'conference.authenticationRequired',
  PASSWORD_REQUIRED: 'conference.passwordRequired',
  NOT_ALLOWED_ERROR: 'conference.connectionError.notAllowed',
  MEMBERS_ONLY_ERROR: 'conference.connectionError.membersOnly',
  CONFERENCE_ACCESS_DENIED: 'conference.connectionError.accessDenied',
  DISPLAY_NAME_REQUIRED: 'conference.display_name_required',
  CONFERENCE_MAX_USERS: 'conference.max_users',
  CONNECTION_ERROR: 'conference.connectionError',
  CONFERENCE_DESTROYED: 'conference.destroyed',
} as const);

/** `params[0]` of NOT_ALLOWED_ERROR (lib-jitsi-meet AUTH_ERROR_TYPES). */
export type NotAllowedType =
  | 'general'
  | 'room-creation-restriction'
  | 'authentication-required'
  | 'no-main-participants'
  | 'promotion-not-allowed'
  | 'no-visitors-lobby';

/** The room-destroy reason of Prosody's end-conference and token_owner_party modules. */
export const MEETING_TERMINATED_REASON = 'The meeting has been terminated';

const FATAL_CONNECTION = new Set<string>([CONNECTION_ERRORS.CONNECTION_DROPPED_ERROR, CONNECTION_ERRORS.OTHER_ERROR, CONNECTION_ERRORS.SERVER_ERROR]);

const FATAL_CONFERENCE = new Set([
  'conference.focusDisconnected',
  'conference.focusLeft',
  'conference.iceFailed',
  'conference.offerAnswerFailed',
  'conference.videobridgeNotAvailable',
]);

/** Whether Jitsi marks an error of this type and name fatal (config errors always are). */
export function isFatalError(type: JitsiErrorType, name: string): boolean {
  if (type === 'CONFIG') return true;
  return type === 'CONNECTION' ? FATAL_CONNECTION.has(name) : FATAL_CONFERENCE.has(name);
}

/** `errorOccurred` for a connection failure; `message` is Prosody's text when it sent one. */
export function connectionError(name: string, message?: string): { error: JitsiError } {
  const error: JitsiError = { name, type: 'CONNECTION', isFatal: isFatalError('CONNECTION', name) };
  if (message !== undefined) error.message = message;
  return { error };
}

/** `errorOccurred` for a conference failure. */
export function conferenceError(name: string, params: unknown[]): { error: JitsiError } {
  return { error: { name, params, type: 'CONFERENCE', isFatal: isFatalError('CONFERENCE', name) } };
}

/** Reads a `{error: {...}}` payload defensively; null when it is not one. */
export function readJitsiError(payload: unknown): JitsiError | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const error = (payload as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { name, message, params, type, isFatal } = error as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  const known: JitsiErrorType[] = ['CONFIG', 'CONNECTION', 'CONFERENCE'];
  const result: JitsiError = {
    name,
    type: known.includes(type as JitsiErrorType) ? (type as JitsiErrorType) : 'CONFERENCE',
    isFatal: isFatal === true,
  };
  if (typeof message === 'string') result.message = message;
  if (Array.isArray(params)) result.params = params;
  return result;
}
