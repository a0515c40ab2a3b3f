/**
 * One meeting page's WebSocket: the token is checked when it connects and when it resumes after a
 * dropped connection, never in between (as Prosody does at SASL and stream resumption); then the
 * room rules decide, and the page's moderator actions are checked against its role.
 */
import type { WebSocket } from 'ws';
import { CONFERENCE_ERRORS } from '../../../lib/jitsi/errors.js';
import { identityOf } from './identity.js';
import type { ResolvedOptions } from './options.js';
import { createParticipant, type Connection, type Participant } from './participant.js';
import { checkConnectionToken } from './prosody-token.js';
import { FINAL_CLOSE_CODE, parseClientMessage, type ClientMessage, type ServerMessage } from './protocol.js';
import { ROOM_MISMATCH_TEXT, affiliationOf, mayEnterRoom, roomKey, roomTarget } from './room-rules.js';
import type { Rooms } from './rooms.js';
import type { KeyResolver } from './token-keys.js';

/** What every session shares. */
export interface SessionContext {
  options: ResolvedOptions;
  resolveKey: KeyResolver;
  rooms: Rooms;
  /** Injected faults: sessions that may not resume. */
  faults?: { resumeRefused(participantId: string): boolean };
}

/** A page must say who it is within this time. */
const CONNECT_DEADLINE_MS = 10_000;

/** Wraps a socket as the room logic's Connection. */
function connectionOf(socket: WebSocket): Connection {
  return {
    send(message: ServerMessage) {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    },
    close(final) {
      socket.close(final ? FINAL_CLOSE_CODE : 1000, final ? 'final' : 'closed');
    },
    drop() {
      socket.terminate();
    },
  };
}

/** Serves one page over `socket`. */
export function serveSession(socket: WebSocket, context: SessionContext): void {
  const { options, rooms } = context;
  const connection = connectionOf(socket);
  let participant: Participant | null = null;
  let connecting = false;
  const deadline = setTimeout(() => participant === null && connection.close(true), CONNECT_DEADLINE_MS);
  deadline.unref?.();

  async function connect(message: Extract<ClientMessage, { type: 'connect' }>): Promise<void> {
    if (message.resume && context.faults?.resumeRefused(message.resume.id)) {
      // The session is gone (a failover): the page cannot resume, as when Prosody answers item-not-found.
      connection.send({ type: 'resume-failed' });
      return connection.close(true);
    }
    const resumable = message.resume ? rooms.resumable(message.resume.id, message.resume.key) : null;
    const clock = Math.floor(options.now() / 1000);
    // expireToken: judge the resume as if the token's exp had come.
    const now = resumable?.tokenExpired && resumable.tokenExp !== null ? Math.max(clock, resumable.tokenExp) : clock;
    const check = await checkConnectionToken(message.token, { ...context, now });
    if (socket.readyState !== socket.OPEN) return;
    if (!check.ok) {
      if (resumable) rooms.leave(resumable);
      connection.send(check.condition === 'not-allowed' ? { type: 'connection-failed', text: check.text } : { type: 'connection-failed' });
      return connection.close(true);
    }
    if (resumable && resumable.state === 'joined') {
      if (resumable.connection && resumable.connection !== connection) resumable.connection.drop();
      rooms.resume(resumable, connection);
      participant = resumable;
      return connection.send({ type: 'resumed' });
    }
    const target = roomTarget(message.room, message.tenant);
    if (!target.node || (options.verifyRoom && !mayEnterRoom(check.session, target, options))) {
      connection.send({ type: 'conference-failed', name: CONFERENCE_ERRORS.NOT_ALLOWED_ERROR, params: ['general', ROOM_MISMATCH_TEXT] });
      return connection.close(true);
    }
    const exp = check.session.claims.exp;
    participant = createParticipant(
      {
        target,
        roomKey: roomKey(target),
        affiliation: affiliationOf(check.session),
        identity: identityOf(check.session, message.displayName),
        tokenExp: typeof exp === 'number' ? exp : null,
      },
      connection,
    );
    rooms.enter(participant);
  }

  function act(message: ClientMessage): void {
    if (message.type === 'connect') {
      if (connecting) return;
      connecting = true;
      void connect(message).catch(() => connection.close(true));
      return;
    }
    if (!participant || participant.state !== 'joined') return;
    if (message.type === 'kick') {
      if (rooms.kick(message.participantId, participant) === 'forbidden') connection.send({ type: 'forbidden', action: 'kick' });
    } else if (message.type === 'end') {
      if (participant.view.role === 'moderator') rooms.end(participant.roomKey);
      else connection.send({ type: 'forbidden', action: 'end' });
    } else if (message.type === 'leave') {
      rooms.leave(participant);
      participant = null;
      connection.close(true);
    }
  }

  socket.on('message', (data, isBinary) => {
    const message = isBinary ? null : parseClientMessage(data.toString());
    if (message) act(message);
  });
  socket.on('error', () => undefined);
  socket.on('close', (code) => {
    clearTimeout(deadline);
    const current = participant;
    if (!current || current.connection !== connection) return;
    // A clean close is a departure; anything else is a network drop the page may resume from.
    if (code === 1000 || code === 1001 || code === FINAL_CLOSE_CODE || current.state === 'waiting') rooms.leave(current);
    else rooms.hibernate(current);
  });
}
