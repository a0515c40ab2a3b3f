/**
 * Types of Jitsi Meet's IFrame API as it travels between the host page and the meeting iframe
 * (research/jitsi-facts.md §3). Everything here is plain JSON: postis serialises each message
 * with JSON.stringify, so `undefined` fields vanish on the wire.
 */

/** One postis frame. It travels as a JSON *string*, never as an object. */
export interface PostisFrame {
  postis: true;
  /** Absent when a meeting page has no API id (see PostisOptions.scope). */
  scope?: string;
  method: string;
  params?: unknown;
}

/** What the Transport layer puts in `params` of a postis `message` frame. */
export type TransportMessage =
  | { type: 'event'; data: Record<string, unknown> }
  | { type: 'request'; id: number; data: Record<string, unknown> }
  | { type: 'response'; id: number; result?: unknown; error?: unknown };

/** The MUC role, as `participantRoleChanged` reports it. */
export type ParticipantRole = 'moderator' | 'participant' | 'visitor' | 'none';

/** `error.type` of `errorOccurred`. */
export type JitsiErrorType = 'CONFIG' | 'CONNECTION' | 'CONFERENCE';

/** The object under `errorOccurred`'s `error` key. */
export interface JitsiError {
  name: string;
  /** Connection errors: Prosody's reason text, when the server sent one. */
  message?: string;
  /** Conference errors: e.g. `['general', text]` or `[lobbyJid, waitingForHost]`. */
  params?: unknown[];
  type: JitsiErrorType;
  isFatal: boolean;
}

/** `videoConferenceJoined`. `roomName` is the lowercase backend-safe room node. */
export interface ConferenceJoinedData {
  roomName: string;
  id: string;
  displayName: string;
  formattedDisplayName: string;
  avatarURL?: string;
  email?: string;
  breakoutRoom: boolean;
  visitor: boolean;
}

/** One side of a kick. `local` is true for the person this page belongs to. */
export interface KickParty {
  id?: string;
  name?: string;
  local?: boolean;
}

/** `participantKickedOut`. A system kick has an empty `kicker`. */
export interface KickedOutData {
  kicked: KickParty;
  kicker: KickParty;
}

/** `participantJoined`. `userContext` is the other person's `context.user` from presence. */
export interface ParticipantJoinedData {
  id: string;
  displayName: string;
  formattedDisplayName: string;
  userContext?: Record<string, unknown>;
}

/** Payloads of the iframe → host events this project relies on, by wire name. */
export interface WireEventMap {
  ready: Record<string, never>;
  'video-conference-joined': ConferenceJoinedData;
  'video-conference-left': { roomName: string };
  'video-ready-to-close': Record<string, never>;
  'participant-kicked-out': KickedOutData;
  'error-occurred': { error: JitsiError };
  'password-required': Record<string, never>;
  'participant-role-changed': { id: string; role: ParticipantRole };
  'participant-joined': ParticipantJoinedData;
  'participant-left': { id: string };
  'knocking-participant': { participant: { id: string; name: string } };
}

/** The same payloads by the name the host page listens to. */
export interface HostEventMap {
  ready: Record<string, never>;
  videoConferenceJoined: ConferenceJoinedData;
  videoConferenceLeft: { roomName: string };
  readyToClose: Record<string, never>;
  participantKickedOut: KickedOutData;
  errorOccurred: { error: JitsiError };
  passwordRequired: Record<string, never>;
  participantRoleChanged: { id: string; role: ParticipantRole };
  participantJoined: ParticipantJoinedData;
  participantLeft: { id: string };
  knockingParticipant: { participant: { id: string; name: string } };
}

/** Timer functions, injectable so tests and non-window hosts control them. */
export interface Timers {
  setInterval(handler: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The parts of a window postis needs to receive messages. */
export type MessageSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** The part of a window postis needs to send messages. */
export interface MessageTarget {
  postMessage(message: string, targetOrigin: string): void;
}
