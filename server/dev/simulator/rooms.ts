/**
 * The rooms of the simulated deployment and the moderation plugins of the seeds: owners create
 * the room; with `muc_wait_for_host` everyone else waits (membersOnly, waiting-for-host) and is
 * let in when a host arrives; with `token_owner_party` the meeting ends when the last host leaves.
 */
import { MEETING_TERMINATED_REASON } from '../../../lib/jitsi/errors.js';
import { isHost, snapshotOf, type Participant, type ParticipantSnapshot } from './participant.js';
import type { ServerMessage } from './protocol.js';

/** The behaviour switches rooms need. */
export interface RoomPolicy {
  domain: string;
  waitForHost: boolean;
  endMeetingWhenHostLeaves: boolean;
  /** `muc_max_occupants`: null for no limit. */
  maxOccupants: number | null;
  resumeTimeoutMs: number;
}

/** One room: who is in, who waits, and whether a host has arrived (muc_wait_for_host caches it). */
interface Room {
  key: string;
  joined: Map<string, Participant>;
  waiting: Map<string, Participant>;
  hostArrived: boolean;
}

/** What the control API reports about a room. */
export interface RoomSnapshot {
  room: string;
  participants: ParticipantSnapshot[];
  waiting: ParticipantSnapshot[];
}

/** Who kicked, as the pages are told. */
type Kicker = { id?: string; name?: string };

/** The live rooms. */
export class Rooms {
  readonly #rooms = new Map<string, Room>();
  readonly #byId = new Map<string, Participant>();

  constructor(private readonly policy: RoomPolicy) {}

  /** Puts a participant in their room, or in its lobby while no host has come. */
  enter(participant: Participant): void {
    const room = this.#room(participant.roomKey);
    if (this.policy.maxOccupants !== null && room.joined.size >= this.policy.maxOccupants) {
      // mod_muc_max_occupants refuses the join (service-unavailable); lib-jitsi-meet calls it conference.max_users.
      participant.connection?.send({ type: 'conference-failed', name: 'conference.max_users', params: [] });
      return;
    }
    this.#byId.set(participant.id, participant);
    if (this.policy.waitForHost && !isHost(participant) && !room.hostArrived) {
      room.waiting.set(participant.id, participant);
      participant.connection?.send({ type: 'waiting-for-host', lobbyJid: `${participant.target.node}@lobby.${this.policy.domain}` });
      return;
    }
    this.#admit(room, participant);
    if (isHost(participant)) for (const waiting of [...room.waiting.values()]) this.#admit(room, waiting);
  }

  #admit(room: Room, participant: Participant): void {
    room.waiting.delete(participant.id);
    if (isHost(participant)) room.hostArrived = true;
    const others = [...room.joined.values()];
    room.joined.set(participant.id, participant);
    participant.state = 'joined';
    const { id, resumeKey } = participant;
    participant.connection?.send({
      type: 'joined',
      self: participant.view,
      roomName: participant.target.node,
      participants: others.map((p) => p.view),
      resume: { id, key: resumeKey },
    });
    this.#broadcast(room, { type: 'participant-joined', participant: participant.view }, participant.id);
  }

  /** Removes a participant who left (hang-up, closed page, failed resume). */
  leave(participant: Participant): void {
    const room = this.#rooms.get(participant.roomKey);
    this.#forget(participant);
    if (!room) return;
    if (room.waiting.delete(participant.id)) return this.#tidy(room);
    if (!room.joined.delete(participant.id)) return;
    this.#broadcast(room, { type: 'participant-left', id: participant.id });
    this.#afterDeparture(room, participant);
  }

  /** Keeps a participant whose connection dropped, until they resume or the timeout passes. */
  hibernate(participant: Participant): void {
    if (this.#byId.get(participant.id) !== participant) return;
    participant.connection = null;
    if (participant.resumeTimer) clearTimeout(participant.resumeTimer);
    participant.resumeTimer = setTimeout(() => this.leave(participant), this.policy.resumeTimeoutMs);
    participant.resumeTimer.unref?.();
  }

  /** The participant a page may resume, when `key` is theirs. */
  resumable(id: string, key: string): Participant | null {
    const participant = this.#byId.get(id);
    return participant && participant.resumeKey === key ? participant : null;
  }

  /** Re-attaches a participant to a new connection; nothing is broadcast, as with stream resumption. */
  resume(participant: Participant, connection: Participant['connection']): void {
    if (participant.resumeTimer) clearTimeout(participant.resumeTimer);
    participant.resumeTimer = null;
    participant.connection = connection;
  }

  /** Kicks `targetId`. A participant kicker must be a moderator in the same room; null is a system kick. */
  kick(targetId: string, kicker: Participant | null): 'kicked' | 'not-found' | 'forbidden' {
    const target = this.#byId.get(targetId);
    const room = target && this.#rooms.get(target.roomKey);
    if (!target || !room || !room.joined.has(targetId)) return 'not-found';
    if (kicker && (kicker.view.role !== 'moderator' || kicker.roomKey !== target.roomKey || kicker.id === targetId)) return 'forbidden';
    const by: Kicker = kicker ? { id: kicker.id, name: kicker.view.displayName } : {};
    target.connection?.send({ type: 'kicked', kicker: by });
    target.connection?.close(true);
    room.joined.delete(targetId);
    this.#forget(target);
    this.#broadcast(room, { type: 'participant-kicked', kicked: { id: target.id, name: target.view.displayName }, kicker: by });
    this.#broadcast(room, { type: 'participant-left', id: target.id });
    this.#afterDeparture(room, target);
    return 'kicked';
  }

  /** Ends the meeting in `roomKey` for everyone in it; people waiting for a host keep waiting. */
  end(roomKey: string, reason = MEETING_TERMINATED_REASON): boolean {
    const room = this.#rooms.get(roomKey);
    if (!room || room.joined.size === 0) return false;
    for (const participant of room.joined.values()) {
      participant.connection?.send({ type: 'destroyed', reason });
      participant.connection?.close(true);
      this.#forget(participant);
    }
    room.joined.clear();
    this.#tidy(room);
    return true;
  }

  /** Finds a participant (joined or waiting) by id. */
  find(id: string): Participant | null {
    return this.#byId.get(id) ?? null;
  }

  /** Every room with its people. */
  snapshot(): RoomSnapshot[] {
    return [...this.#rooms.values()].map((room) => ({
      room: room.key,
      participants: [...room.joined.values()].map(snapshotOf),
      waiting: [...room.waiting.values()].map(snapshotOf),
    }));
  }

  /** Forgets every room and participant (a Prosody restart); returns who was connected. */
  clear(): Participant[] {
    const everyone = [...this.#byId.values()];
    for (const participant of everyone) this.#forget(participant);
    this.#rooms.clear();
    return everyone;
  }

  #afterDeparture(room: Room, participant: Participant): void {
    const hostLeft = isHost(participant) && ![...room.joined.values()].some(isHost);
    if (hostLeft && this.policy.endMeetingWhenHostLeaves) this.end(room.key);
    this.#tidy(room);
  }

  /** An empty room is destroyed; a room with only waiting people forgets that a host came. */
  #tidy(room: Room): void {
    if (room.joined.size > 0) return;
    room.hostArrived = false;
    if (room.waiting.size === 0) this.#rooms.delete(room.key);
  }

  #forget(participant: Participant): void {
    if (participant.resumeTimer) clearTimeout(participant.resumeTimer);
    participant.resumeTimer = null;
    this.#byId.delete(participant.id);
  }

  #room(key: string): Room {
    let room = this.#rooms.get(key);
    if (!room) {
      room = { key, joined: new Map(), waiting: new Map(), hostArrived: false };
      this.#rooms.set(key, room);
    }
    return room;
  }

  #broadcast(room: Room, message: ServerMessage, exceptId?: string): void {
    for (const participant of room.joined.values()) if (participant.id !== exceptId) participant.connection?.send(message);
  }
}
