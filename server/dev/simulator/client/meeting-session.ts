/**
 * The meeting page's life: connect to the simulator with the page's token, follow the server's
 * decisions, reconnect and resume after a dropped connection (re-presenting the same token, as
 * Jitsi does on stream resumption), and tell the host page everything in Jitsi's events.
 */
import type { MeetingEndpoint } from '../../../../lib/jitsi/endpoint.js';
import type { MeetingLocation } from '../../../../lib/jitsi/meeting-url.js';
import { FINAL_CLOSE_CODE, type ClientMessage, type ParticipantView, type ServerMessage } from '../protocol.js';
import { currentAnnouncer, type Announcer, type LocalContext } from './jitsi-events.js';
import type { MeetingView, ViewState } from './meeting-view.js';

/** What a session needs from its page. */
export interface MeetingSessionDeps {
  location: MeetingLocation;
  endpoint: MeetingEndpoint;
  view: MeetingView;
  openSocket(): WebSocket;
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout?(handle: unknown): void;
  /** What the page tells its host, per Jitsi release (default: the current release). */
  announcer?: Announcer;
  /** The connection is lost for good (Jitsi's fatal `connection.droppedError`): show the page-reload overlay. */
  onFatal?(): void;
}

/** A socket that has not opened by then counts as a failed attempt (an unanswering server). */
const OPEN_TIMEOUT_MS = 4000;

/** Reconnection attempts after a drop, with growing delays, before giving up. */
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];

/** Not 1000/1001 (a departure) nor FINAL_CLOSE_CODE: the server hibernates the participant for resumption. */
const DROP_CLOSE_CODE = 3000;

const FINAL_STATES = new Set<ViewState>(['left', 'kicked', 'ended', 'refused', 'failed']);

/** The controls the page and the host's commands use. */
export interface MeetingSession {
  start(): void;
  hangup(): void;
  kick(participantId: string): void;
  endMeeting(): void;
  /** Cuts the connection as a network failure would (a close code the server treats as a drop): the page reconnects and resumes. */
  dropConnection(): void;
  /** The participants now in the meeting, this page's own included. */
  people(): ParticipantView[];
  readonly selfId: string | null;
  /** The room node the meeting joined (as `videoConferenceJoined` says it), or null before. */
  readonly roomName: string | null;
}

/** Creates the session for one meeting page. */
export function createMeetingSession(deps: MeetingSessionDeps): MeetingSession {
  const { location, endpoint, view } = deps;
  const jitsi = deps.announcer ?? currentAnnouncer();
  let socket: WebSocket | null = null;
  let state: ViewState = 'connecting';
  let local: LocalContext | null = null;
  let resume: { id: string; key: string } | null = null;
  let announcedWaiting = false;
  let retries = 0;
  const others = new Map<string, ParticipantView>();

  const send = (message: ClientMessage): void => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };

  function show(next: ViewState, text: string): void {
    state = next;
    view.setState(next, text);
    if (local && (next === 'joined' || next === 'reconnecting'))
      view.setParticipants(local.self.id, [local.self, ...others.values()], local.self.role === 'moderator');
  }

  function finish(next: ViewState, text: string): void {
    show(next, text);
    local = null;
    resume = null;
    others.clear();
  }

  /** Jitsi gives up: a fatal dropped connection, then its page-reload overlay. */
  function lost(): void {
    jitsi.announceConnectionLost(endpoint);
    finish('failed', 'The connection to the meeting was lost.');
    deps.onFatal?.();
  }

  function onMessage(message: ServerMessage): void {
    switch (message.type) {
      case 'resume-failed':
        return lost();
      case 'connection-failed':
        jitsi.announceConnectionRefused(endpoint, message.text);
        return finish('refused', `The server refused the token: ${message.text ?? 'not authorized'}.`);
      case 'conference-failed':
        jitsi.announceConferenceFailed(endpoint, message.name, message.params);
        return finish('refused', `Not allowed in this room: ${String(message.params[1] ?? message.name)}.`);
      case 'waiting-for-host':
        if (!announcedWaiting) jitsi.announceWaitingForHost(endpoint, message.lobbyJid);
        announcedWaiting = true;
        return show('waiting', 'Waiting for the host to join…');
      case 'joined':
        local = { self: message.self, roomName: message.roomName };
        resume = message.resume;
        retries = 0;
        others.clear();
        for (const person of message.participants) others.set(person.id, person);
        jitsi.announceJoined(endpoint, local, message.participants);
        return show('joined', `In the meeting as ${message.self.displayName} (${message.self.role}).`);
      case 'resumed':
        retries = 0;
        return show('joined', 'Reconnected; still in the meeting.');
      case 'participant-joined':
        others.set(message.participant.id, message.participant);
        jitsi.announceParticipant(endpoint, message.participant);
        return show(state, `${message.participant.displayName} joined.`);
      case 'participant-left': {
        const name = others.get(message.id)?.displayName ?? 'Someone';
        others.delete(message.id);
        endpoint.sendEvent('participant-left', { id: message.id });
        return show(state, `${name} left.`);
      }
      case 'participant-kicked':
        if (local) jitsi.announceRemoteKick(endpoint, local.self.id, message.kicked, message.kicker);
        return;
      case 'kicked':
        if (local) jitsi.announceKicked(endpoint, local, message.kicker);
        return finish('kicked', `You were removed from the meeting${message.kicker.name ? ` by ${message.kicker.name}` : ''}.`);
      case 'destroyed':
        if (local) jitsi.announceDestroyed(endpoint, local.roomName, message.reason);
        return finish('ended', `The meeting has ended: ${message.reason}.`);
      case 'forbidden':
        return show(state, `Only moderators can ${message.action === 'kick' ? 'remove people' : 'end the meeting'}.`);
    }
  }

  function onClose(code: number): void {
    socket = null;
    if (FINAL_STATES.has(state)) return;
    if (code === FINAL_CLOSE_CODE || retries >= RETRY_DELAYS_MS.length) return lost();
    const delay = RETRY_DELAYS_MS[retries++] ?? 1000;
    show(local ? 'reconnecting' : state, 'Connection lost; reconnecting…');
    deps.setTimeout(connect, delay);
  }

  function connect(): void {
    const opened = deps.openSocket();
    socket = opened;
    const giveUp = deps.setTimeout(() => {
      if (opened.readyState === WebSocket.CONNECTING) opened.close();
    }, OPEN_TIMEOUT_MS);
    opened.addEventListener('open', () => deps.clearTimeout?.(giveUp));
    opened.addEventListener('open', () =>
      send({
        type: 'connect',
        token: location.jwt,
        tenant: location.tenant,
        room: location.room,
        displayName: typeof location.userInfo.displayName === 'string' ? location.userInfo.displayName : undefined,
        resume: resume ?? undefined,
      }),
    );
    opened.addEventListener('message', (event) => {
      if (typeof event.data === 'string') onMessage(JSON.parse(event.data) as ServerMessage);
    });
    opened.addEventListener('close', (event) => {
      if (socket === opened) onClose(event.code);
    });
  }

  return {
    start: connect,
    hangup() {
      if (FINAL_STATES.has(state)) return;
      const roomName = local?.roomName ?? null;
      send({ type: 'leave' });
      socket?.close(1000);
      finish('left', 'You left the meeting.');
      jitsi.announceLeft(endpoint, roomName);
    },
    kick: (participantId) => send({ type: 'kick', participantId }),
    endMeeting: () => send({ type: 'end' }),
    dropConnection: () => socket?.close(DROP_CLOSE_CODE, 'dropped on request'),
    people: () => (local ? [local.self, ...others.values()] : []),
    get selfId() {
      return local?.self.id ?? null;
    },
    get roomName() {
      return local?.roomName ?? null;
    },
  };
}
