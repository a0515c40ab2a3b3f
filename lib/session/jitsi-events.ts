/**
 * The Jitsi IFrame API events the session listens to, read defensively (their payloads cross a
 * postMessage boundary), and the binding that turns them into session events.
 * Payload shapes: research/jitsi-facts.md §3.3 and §3.5.
 */
import { cleanText } from './text.js';
import type { JitsiError, SessionEvent } from './types.js';

/** The part of `JitsiMeetExternalAPI` the session uses (an EventEmitter with commands). */
export interface MeetingApi {
  on(event: string, listener: (payload: unknown) => void): unknown;
  removeListener(event: string, listener: (payload: unknown) => void): unknown;
  executeCommand(name: string, ...args: unknown[]): void;
  dispose(): void;
}

/** Own properties only. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Reads `errorOccurred`. The code nests the error under `error`; the handbook shows it flat, so both are read. */
export function readError(payload: unknown): JitsiError | null {
  const inner = field(payload, 'error');
  const error = typeof inner === 'object' && inner !== null ? inner : payload;
  const name = field(error, 'name');
  if (typeof name !== 'string' || name.length > 200) return null;
  const params = field(error, 'params');
  const type = field(error, 'type');
  return {
    name,
    message: cleanText(field(error, 'message'), 500),
    params: Array.isArray(params) ? params.slice(0, 4) : [],
    type: typeof type === 'string' ? type : null,
    isFatal: field(error, 'isFatal') === true,
  };
}

/** Reads `participantKickedOut`: null unless the local participant was the one removed. */
export function readKick(payload: unknown): { by: string | null } | null {
  if (field(field(payload, 'kicked'), 'local') !== true) return null;
  return { by: cleanText(field(field(payload, 'kicker'), 'name'), 80) };
}

/** A participant id, if it is a sane string. */
function participantId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 128 ? value : null;
}

/** Maps one API event to a session event, or null when it means nothing to the session. */
export function toSessionEvent(name: string, payload: unknown): SessionEvent | null {
  switch (name) {
    case 'videoConferenceJoined':
      return { type: 'conference-joined', participantId: participantId(field(payload, 'id')) };
    case 'videoConferenceLeft':
      return { type: 'conference-left' };
    case 'readyToClose':
      return { type: 'ready-to-close' };
    case 'errorOccurred': {
      const error = readError(payload);
      return error ? { type: 'jitsi-error', error } : null;
    }
    case 'participantKickedOut': {
      const kick = readKick(payload);
      return kick ? { type: 'kicked-out', by: kick.by } : null;
    }
    case 'participantRoleChanged': {
      const id = participantId(field(payload, 'id'));
      const role = field(payload, 'role');
      return id && typeof role === 'string' ? { type: 'role-changed', participantId: id, role: role.slice(0, 32) } : null;
    }
    default:
      return null;
  }
}

/** The events subscribed to. */
export const MEETING_API_EVENTS = [
  'videoConferenceJoined',
  'videoConferenceLeft',
  'readyToClose',
  'errorOccurred',
  'participantKickedOut',
  'participantRoleChanged',
] as const;

/** Subscribes `dispatch` to `api`'s events; the returned function removes every listener it added. */
export function listenToMeeting(api: MeetingApi, dispatch: (event: SessionEvent) => void): () => void {
  const listeners = MEETING_API_EVENTS.map((name) => {
    const listener = (payload: unknown) => {
      const event = toSessionEvent(name, payload);
      if (event) dispatch(event);
    };
    api.on(name, listener);
    return [name, listener] as const;
  });
  return () => {
    for (const [name, listener] of listeners) api.removeListener(name, listener);
  };
}
