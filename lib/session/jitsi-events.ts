/**
 * The Jitsi IFrame API events the session listens to, read defensively (their payloads cross a
 * postMessage boundary), and the binding that turns them into session events.
 * Payload shapes: research/jitsi-facts.md §3.3 and §3.5.
 */
import { AUTH_ERROR_PAGE, PAGE_RELOADED, readFailureLog } from './legacy-signals.js';
import { ParticipantNames, type ParticipantInfoLike } from './participant-names.js';
import { cleanText, field } from './text.js';
import type { JitsiError, SessionEvent } from './types.js';

/** The part of `JitsiMeetExternalAPI` the session uses (an EventEmitter with commands). */
export interface MeetingApi {
  on(event: string, listener: (payload: unknown) => void): unknown;
  removeListener(event: string, listener: (payload: unknown) => void): unknown;
  executeCommand(name: string, ...args: unknown[]): void;
  dispose(): void;
  /** Every Jitsi release has it (the participants the host API saw); optional for stand-ins. */
  getParticipantsInfo?(): unknown;
  /** The meeting iframe (every release); its `load` events tell an older app's redirects. */
  getIFrame?(): unknown;
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

/** A kick of the local participant: the kicker's name when the payload has one, and their id. */
export interface LocalKick {
  by: string | null;
  /** Absent for a system kick (no actor: the payload's `kicker` is `{}` in every release). */
  kickerId: string | null;
}

/**
 * Reads `participantKickedOut`: null unless the local participant was the one removed. Shapes:
 * current `{ kicked: { id, name, local: true }, kicker: { id, name } }`; 2020–21
 * `{ kicked: { id, local: true }, kicker: { id } }` (see participant-names.ts for the commits).
 */
export function readKick(payload: unknown): LocalKick | null {
  if (field(field(payload, 'kicked'), 'local') !== true) return null;
  const kicker = field(payload, 'kicker');
  const id = field(kicker, 'id');
  return { by: cleanText(field(kicker, 'name'), 80), kickerId: typeof id === 'string' && id.length > 0 && id.length <= 128 ? id : null };
}

/** The kicker's name from the payload, else the names seen, else the host API's list; `byModerator` when a person did it. */
export function nameKicker(kick: LocalKick, names: ParticipantNames, listed?: unknown): { by: string | null; byModerator: boolean } {
  if (kick.by !== null || kick.kickerId === null) return { by: kick.by, byModerator: kick.kickerId !== null || kick.by !== null };
  const fromList = Array.isArray(listed) ? (listed as ParticipantInfoLike[]) : null;
  return { by: names.nameOf(kick.kickerId, fromList), byModerator: true };
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
      return kick ? { type: 'kicked-out', by: kick.by, byModerator: kick.kickerId !== null || kick.by !== null } : null;
    }
    case 'participantJoined': {
      const id = participantId(field(payload, 'id'));
      if (!id) return null;
      const context = field(payload, 'userContext');
      const userId = field(context, 'id');
      const name = field(payload, 'displayName');
      const subject = field(context, 'sub');
      return {
        type: 'participant-joined',
        participantId: id,
        userId: typeof userId === 'string' && userId.length <= 256 ? userId : null,
        displayName: typeof name === 'string' ? name.slice(0, 200) : null,
        subject: typeof subject === 'string' ? subject.slice(0, 256) : null,
      };
    }
    case 'participantLeft': {
      const id = participantId(field(payload, 'id'));
      return id ? { type: 'participant-left', participantId: id } : null;
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
  'participantJoined',
  'participantLeft',
] as const;

/** Events read only to learn display names (for a kicker an older release does not name). */
export const NAME_EVENTS = ['videoConferenceJoined', 'participantJoined', 'displayNameChange'] as const;

/** The meeting iframe, when the API has one. */
function frameOf(api: MeetingApi): Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null {
  try {
    const frame = typeof api.getIFrame === 'function' ? api.getIFrame() : null;
    return frame && typeof (frame as EventTarget).addEventListener === 'function' ? (frame as EventTarget) : null;
  } catch {
    return null;
  }
}

/** The host API's participant list, or null when it has none or it throws. */
function listParticipants(api: MeetingApi): unknown {
  try {
    return typeof api.getParticipantsInfo === 'function' ? api.getParticipantsInfo() : null;
  } catch {
    return null;
  }
}

/** Subscribes `dispatch` to `api`'s events; the returned function removes every listener it added. */
export function listenToMeeting(api: MeetingApi, dispatch: (event: SessionEvent) => void): () => void {
  const names = new ParticipantNames();
  const listeners: Array<[string, (payload: unknown) => void]> = [];
  for (const name of MEETING_API_EVENTS) {
    listeners.push([
      name,
      (payload) => {
        const event = toSessionEvent(name, payload);
        const kick = event?.type === 'kicked-out' && event.by === null ? readKick(payload) : null;
        // The host API's list is read now: it still holds everyone until the conference is left.
        if (event && kick) Object.assign(event, nameKicker(kick, names, listParticipants(api)));
        if (event) dispatch(event);
      },
    ]);
  }
  for (const name of NAME_EVENTS) listeners.push([name, (payload) => names.observe(name, payload)]);
  // An older app (no `ready`) tells refusals only through error logs and its authError.html redirect,
  // and a lost connection only by reloading itself (legacy-signals.ts).
  let current = false;
  let joined = false;
  let closing = false;
  listeners.push(
    [
      'ready',
      () => {
        current = true;
        dispatch({ type: 'page-ready' });
      },
    ],
    ['videoConferenceJoined', () => (joined = true)],
    ['readyToClose', () => (closing = true)],
  );
  listeners.push([
    'log',
    (payload) => {
      const error = current ? null : readFailureLog(payload);
      if (error) dispatch({ type: 'jitsi-error', error });
    },
  ]);
  for (const [name, listener] of listeners) api.on(name, listener);
  const frame = frameOf(api);
  let loads = 0;
  const onLoad = (): void => {
    loads += 1;
    if (loads < 2 || current || closing) return;
    // Before the join: the refused join's authError.html. After it: the page reloaded itself after a
    // lost connection; a further load before it rejoins is again a refusal.
    dispatch({ type: 'jitsi-error', error: { ...(joined ? PAGE_RELOADED : AUTH_ERROR_PAGE), params: [] } });
    joined = false;
  };
  frame?.addEventListener('load', onLoad);
  return () => {
    for (const [name, listener] of listeners) api.removeListener(name, listener);
    frame?.removeEventListener('load', onLoad);
  };
}
