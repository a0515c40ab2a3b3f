/**
 * The test-control API of the simulator: in process (the object `startSimulator` returns) and
 * over HTTP at `/_simulator/control/<action>`, guarded by a random bearer secret so that nothing
 * but the test that started the simulator can kick, end, expire or drop anyone.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { faultAction, type FaultControl } from './faults.js';
import type { ParticipantSnapshot } from './participant.js';
import { roomKey, roomTarget } from './room-rules.js';
import type { RoomSnapshot, Rooms } from './rooms.js';
import { createReleaseSetting, isJitsiRelease, type JitsiRelease, type ReleaseOptions, type ReleaseSetting } from './release.js';

/** What tests can do to the simulated deployment. */
export interface SimulatorControl {
  /** Every room with its participants and the people waiting for a host. */
  rooms(): RoomSnapshot[];
  /** Participants in the meeting (all rooms, or one room by key or name). */
  participants(room?: string): ParticipantSnapshot[];
  /** Kicks someone, as moderator `by` (a participant id) or as the system. */
  kick(participantId: string, options?: { by?: string }): boolean;
  /** Ends the meeting in a room (`room` is the key `tenant/node`, or the room name as typed). */
  end(room: string, reason?: string): boolean;
  /** Makes the participant's token count as expired at their next resume; the meeting itself goes on. */
  expireToken(participantId: string): boolean;
  /** Cuts the participant's connection as a network failure would; their page reconnects and resumes. */
  dropConnection(participantId: string): boolean;
  /** Forgets every room and cuts every connection, as a server restart does. */
  restart(): void;
  /** Switches the Jitsi release the meeting page imitates (pages loaded from now on), and whether its log collector is on. */
  setRelease(release: JitsiRelease, options?: ReleaseOptions): boolean;
}

/** Builds the control object over `rooms`; `restart` is supplied by the server. */
export function createControl(rooms: Rooms, restart: () => void, release: ReleaseSetting = createReleaseSetting()): SimulatorControl {
  const keyOf = (room: string): string => {
    if (rooms.snapshot().some((r) => r.room === room)) return room;
    const slash = room.lastIndexOf('/');
    return roomKey(slash < 0 ? roomTarget(room, null) : roomTarget(room.slice(slash + 1), room.slice(0, slash)));
  };
  return {
    rooms: () => rooms.snapshot(),
    participants(room) {
      const wanted = room === undefined ? null : keyOf(room);
      return rooms.snapshot().flatMap((r) => (wanted === null || r.room === wanted ? r.participants : []));
    },
    kick(participantId, options = {}) {
      const by = options.by === undefined ? null : rooms.find(options.by);
      if (options.by !== undefined && !by) return false;
      return rooms.kick(participantId, by) === 'kicked';
    },
    end: (room, reason) => rooms.end(keyOf(room), reason),
    expireToken(participantId) {
      const participant = rooms.find(participantId);
      if (!participant || participant.tokenExp === null) return false;
      participant.tokenExpired = true;
      return true;
    },
    dropConnection(participantId) {
      const connection = rooms.find(participantId)?.connection;
      connection?.drop();
      return Boolean(connection);
    },
    restart,
    setRelease(next, options) {
      if (!isJitsiRelease(next)) return false;
      release.set(next, options);
      return true;
    },
  };
}

function authorised(request: IncomingMessage, secret: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 16 * 1024) throw new Error('body too large');
  }
  const value: unknown = text ? JSON.parse(text) : {};
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Serves `/_simulator/control/<action>`; answers 401 without the secret. */
export async function handleControlRequest(
  request: IncomingMessage,
  response: ServerResponse,
  action: string,
  control: SimulatorControl,
  secret: string,
  faults?: FaultControl,
): Promise<void> {
  const reply = (status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
  };
  if (!authorised(request, secret)) return reply(401, { error: 'unauthorised' });
  if (action === 'rooms' && request.method === 'GET') return reply(200, control.rooms());
  if (request.method !== 'POST') return reply(405, { error: 'method not allowed' });
  let body: Record<string, unknown>;
  try {
    body = await readJson(request);
  } catch {
    return reply(400, { error: 'bad JSON' });
  }
  const fault = faults ? faultAction(action, body, faults) : null;
  if (fault) return reply(200, { ok: true, result: fault() ?? null });
  const id = str(body.participantId);
  const actions: Record<string, () => boolean> = {
    kick: () => control.kick(id, typeof body.by === 'string' ? { by: body.by } : {}),
    end: () => control.end(str(body.room), typeof body.reason === 'string' ? body.reason : undefined),
    'expire-token': () => control.expireToken(id),
    drop: () => control.dropConnection(id),
    restart: () => (control.restart(), true),
    release: () => control.setRelease(body.release as JitsiRelease, { logCollector: body.logCollector !== false }),
  };
  const run = actions[action];
  if (!run) return reply(404, { error: 'unknown action' });
  reply(200, { ok: run() });
}
