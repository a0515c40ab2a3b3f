/**
 * A participant of a simulated meeting and the connection that carries them. A participant
 * outlives a dropped connection for a while (XMPP stream resumption), which is how a page that
 * reconnects stays in the meeting without being seen leaving.
 */
import { randomBytes } from 'node:crypto';
import type { ParticipantView, ServerMessage } from './protocol.js';
import type { Affiliation, RoomTarget } from './room-rules.js';

/** One page's live socket, as the room logic uses it. */
export interface Connection {
  send(message: ServerMessage): void;
  /** Closes cleanly; `final` tells the page not to reconnect. */
  close(final: boolean): void;
  /** Cuts the connection as a network failure would: the page will try to resume. */
  drop(): void;
}

/** Where a participant is. */
export type ParticipantState = 'waiting' | 'joined';

/** A participant (or someone waiting for the host). */
export interface Participant {
  readonly id: string;
  /** Secret the page must show to resume this participant after a dropped connection. */
  readonly resumeKey: string;
  readonly roomKey: string;
  readonly target: RoomTarget;
  readonly affiliation: Affiliation;
  readonly view: ParticipantView;
  state: ParticipantState;
  connection: Connection | null;
  /** The token's `exp`, for `expireToken`. */
  readonly tokenExp: number | null;
  /** Set by the control API: the next resume judges the token as if its `exp` had passed. */
  tokenExpired: boolean;
  resumeTimer: ReturnType<typeof setTimeout> | null;
}

/** What is known about someone before they get an id. */
export interface ParticipantDraft {
  target: RoomTarget;
  roomKey: string;
  affiliation: Affiliation;
  identity: Omit<ParticipantView, 'id' | 'role'>;
  tokenExp: number | null;
}

/** A Jitsi-style endpoint id: 8 hex digits. */
export function newParticipantId(): string {
  return randomBytes(4).toString('hex');
}

/** Creates the participant for `draft`, carried by `connection`. */
export function createParticipant(draft: ParticipantDraft, connection: Connection): Participant {
  const id = newParticipantId();
  return {
    id,
    resumeKey: randomBytes(18).toString('base64url'),
    roomKey: draft.roomKey,
    target: draft.target,
    affiliation: draft.affiliation,
    view: { id, role: draft.affiliation === 'owner' ? 'moderator' : 'participant', ...draft.identity },
    state: 'waiting',
    connection,
    tokenExp: draft.tokenExp,
    tokenExpired: false,
    resumeTimer: null,
  };
}

/** True for a host in the sense of the simulated moderation plugins: an owner-affiliated token. */
export function isHost(participant: Participant): boolean {
  return participant.affiliation === 'owner';
}

/** What the control API reports about a participant. */
export interface ParticipantSnapshot {
  id: string;
  displayName: string;
  role: ParticipantView['role'];
  affiliation: Affiliation;
  state: ParticipantState;
  connected: boolean;
}

/** The control API's view of `participant`. */
export function snapshotOf(participant: Participant): ParticipantSnapshot {
  const { id, displayName, role } = participant.view;
  return { id, displayName, role, affiliation: participant.affiliation, state: participant.state, connected: participant.connection !== null };
}
