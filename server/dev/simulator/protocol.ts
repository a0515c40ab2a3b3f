/**
 * The simulator's own wire between its meeting page and its server, over one WebSocket per page
 * at `/xmpp-websocket` (where a real deployment serves XMPP). Only the simulator speaks this; the
 * host page sees Jitsi's real IFrame API events, which the meeting page derives from these.
 */

/** Where the WebSocket lives. */
export const SOCKET_PATH = '/xmpp-websocket';

/** Close code the server uses after a refusal, a kick or the end of the meeting: do not reconnect. */
export const FINAL_CLOSE_CODE = 4000;

/** A participant as other pages see them. */
export interface ParticipantView {
  id: string;
  displayName: string;
  role: 'moderator' | 'participant';
  avatarURL?: string;
  email?: string;
  /** The `context.user` of their token, reduced to plain values, as presence identity carries it. */
  userContext?: Record<string, string | number | boolean>;
}

/** Page → server. */
export type ClientMessage =
  | {
      type: 'connect';
      token: string | null;
      tenant: string | null;
      room: string;
      displayName?: string;
      /** Present when the page comes back after a dropped connection. */
      resume?: { id: string; key: string };
    }
  | { type: 'kick'; participantId: string }
  | { type: 'end' }
  | { type: 'leave' };

/** Server → page. */
export type ServerMessage =
  /** SASL refused the token; `text` only for `not-allowed`, as lib-jitsi-meet reads it. */
  | { type: 'connection-failed'; text?: string }
  /** The MUC join failed, e.g. `conference.connectionError.notAllowed` with `['general', text]`. */
  | { type: 'conference-failed'; name: string; params: unknown[] }
  /** Members-only room waiting for its host; the page stays and is let in later. */
  | { type: 'waiting-for-host'; lobbyJid: string }
  | { type: 'joined'; self: ParticipantView; roomName: string; participants: ParticipantView[]; resume: { id: string; key: string } }
  | { type: 'resumed' }
  /** The session to resume is gone: the page reports a fatal dropped connection. */
  | { type: 'resume-failed' }
  | { type: 'participant-joined'; participant: ParticipantView }
  | { type: 'participant-left'; id: string }
  /** This page was kicked; `kicker` is empty for a system kick. */
  | { type: 'kicked'; kicker: { id?: string; name?: string } }
  | { type: 'participant-kicked'; kicked: { id: string; name: string }; kicker: { id?: string; name?: string } }
  | { type: 'destroyed'; reason: string }
  /** A moderator action this participant may not take. */
  | { type: 'forbidden'; action: string };

/** Most a page may send in one message. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** Reads a page message, or null when it is not one of ours. */
export function parseClientMessage(raw: string): ClientMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Record<string, unknown>;
  const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
  switch (message.type) {
    case 'connect': {
      const { token, tenant, room, displayName, resume } = message;
      if (!(token === null || text(token, 16 * 1024)) || !(tenant === null || text(tenant, 256)) || !text(room, 256)) return null;
      const out: ClientMessage = { type: 'connect', token, tenant, room };
      if (text(displayName, 200)) out.displayName = displayName;
      if (typeof resume === 'object' && resume !== null) {
        const { id, key } = resume as Record<string, unknown>;
        if (text(id, 64) && text(key, 128)) out.resume = { id, key };
      }
      return out;
    }
    case 'kick':
      return text(message.participantId, 64) ? { type: 'kick', participantId: message.participantId } : null;
    case 'end':
    case 'leave':
      return { type: message.type };
    default:
      return null;
  }
}
