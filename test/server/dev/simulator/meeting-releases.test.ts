import { describe, expect, it } from 'vitest';
import type { MeetingEndpoint } from '../../../../lib/jitsi/endpoint.js';
import { currentAnnouncer, type Announcer } from '../../../../server/dev/simulator/client/jitsi-events.js';
import { legacyAnnouncer } from '../../../../server/dev/simulator/client/legacy-events.js';

/** A fake endpoint recording the events as they would travel (JSON: undefined fields vanish). */
function recorder() {
  const sent: Array<Record<string, unknown>> = [];
  const endpoint = {
    sendEvent: (name: string, data: Record<string, unknown>) => sent.push(JSON.parse(JSON.stringify({ name, ...data }))),
  } as unknown as MeetingEndpoint;
  return { sent, endpoint };
}

const self = { id: 'me000001', displayName: 'Bob', role: 'participant' as const, email: 'bob@x' };
const ann = { id: 'ann00001', displayName: 'Ann', role: 'moderator' as const, userContext: { id: 'ann' } };
const context = { self, roomName: 'standup' };

function run(announcer: Announcer, act: (a: Announcer, e: MeetingEndpoint) => void) {
  const { sent, endpoint } = recorder();
  act(announcer, endpoint);
  return sent;
}

describe("the meeting page sends each release's own payloads", () => {
  const leaves: string[] = [];
  const old = legacyAnnouncer((path) => leaves.push(path));

  it('joined: current with email, breakoutRoom and visitor; 2021 without (middleware.ts 1726a90 / middleware.js d055cd5)', () => {
    expect(run(currentAnnouncer(), (a, e) => a.announceJoined(e, context, [ann]))).toEqual([
      {
        name: 'video-conference-joined',
        roomName: 'standup',
        id: 'me000001',
        displayName: 'Bob',
        formattedDisplayName: 'Bob (me)',
        email: 'bob@x',
        breakoutRoom: false,
        visitor: false,
      },
      { name: 'participant-role-changed', id: 'me000001', role: 'participant' },
      { name: 'participant-joined', id: 'ann00001', displayName: 'Ann', formattedDisplayName: 'Ann', userContext: { id: 'ann' } },
      { name: 'participant-role-changed', id: 'ann00001', role: 'moderator' },
    ]);
    expect(run(old, (a, e) => a.announceJoined(e, context, [ann]))).toEqual([
      { name: 'video-conference-joined', roomName: 'standup', id: 'me000001', displayName: 'Bob', formattedDisplayName: 'Bob (me)' },
      { name: 'participant-role-changed', id: 'me000001', role: 'participant' },
      { name: 'participant-joined', id: 'ann00001', displayName: 'Ann', formattedDisplayName: 'Ann' },
      { name: 'participant-role-changed', id: 'ann00001', role: 'moderator' },
    ]);
  });

  it('kicked: current names both sides, 2021 ids only; a system kick has an empty kicker in both', () => {
    expect(run(currentAnnouncer(), (a, e) => a.announceKicked(e, context, { id: 'ann00001', name: 'Ann' }))[0]).toEqual({
      name: 'participant-kicked-out',
      kicked: { id: 'me000001', name: 'Bob', local: true },
      kicker: { id: 'ann00001', name: 'Ann' },
    });
    expect(run(old, (a, e) => a.announceKicked(e, context, { id: 'ann00001', name: 'Ann' }))[0]).toEqual({
      name: 'participant-kicked-out',
      kicked: { id: 'me000001', local: true },
      kicker: { id: 'ann00001' },
    });
    expect(run(old, (a, e) => a.announceKicked(e, context, {}))[0]).toEqual({
      name: 'participant-kicked-out',
      kicked: { id: 'me000001', local: true },
      kicker: {},
    });
    expect(run(old, (a, e) => a.announceRemoteKick(e, 'me000001', { id: 'x', name: 'X' }, { id: 'ann00001', name: 'Ann' }))).toEqual([
      { name: 'participant-kicked-out', kicked: { id: 'x', local: false }, kicker: { id: 'ann00001' } },
    ]);
  });

  it('refusals: current sends errorOccurred; 2021 sends nothing, or leaves for authError.html', () => {
    expect(run(currentAnnouncer(), (a, e) => a.announceConnectionRefused(e, 'Invalid signature'))).toEqual([
      { name: 'error-occurred', error: { name: 'connection.passwordRequired', type: 'CONNECTION', isFatal: false, message: 'Invalid signature' } },
    ]);
    expect(run(old, (a, e) => a.announceConnectionRefused(e, 'Invalid signature'))).toEqual([]);
    expect(run(old, (a, e) => a.announceWaitingForHost(e, 'lobby@x'))).toEqual([]);
    expect(run(old, (a, e) => a.announceConferenceFailed(e, 'conference.connectionError.notAllowed', ['general', 'x']))).toEqual([]);
    expect(leaves).toEqual(['/static/authError.html']);
  });

  it('with error logs asked for, both send the CONFERENCE FAILED / CONNECTION FAILED lines', () => {
    const lines = (announcer: Announcer) =>
      run(announcer, (a, e) => {
        a.announceWaitingForHost(e, 'lobby@x');
        a.announceConnectionRefused(e, undefined);
      })
        .filter((event) => event.name === 'log')
        .map((event) => (event.args as unknown[]).slice(2));
    expect(lines(legacyAnnouncer(() => undefined, true))).toEqual([
      ['CONFERENCE FAILED:', 'conference.authenticationRequired'],
      ['CONNECTION FAILED:', 'connection.passwordRequired'],
    ]);
    expect(lines(currentAnnouncer(true))).toEqual([
      ['CONFERENCE FAILED:', 'conference.connectionError.membersOnly', 'lobby@x', true],
      ['CONNECTION FAILED:', 'connection.passwordRequired'],
    ]);
    expect(lines(currentAnnouncer(false))).toEqual([]);
  });

  it('a refused room join: 2021 logs the error name alone (its lib-jitsi-meet gives notAllowed no params), current logs [type, text]', () => {
    // lib-jitsi-meet ChatRoom.js emitted ROOM_CONNECT_NOT_ALLOWED_ERROR with no arguments until 2d430a18
    // (Feb 2024; tags jitsi-meet_5390 and _5963 included), so conference.js _onConferenceFailed logged err only.
    const line = (announcer: Announcer) =>
      run(announcer, (a, e) => a.announceConferenceFailed(e, 'conference.connectionError.notAllowed', ['general', 'Room and token mismatched']))
        .filter((event) => event.name === 'log')
        .map((event) => (event.args as unknown[]).slice(2));
    expect(line(legacyAnnouncer(() => undefined, true))).toEqual([['CONFERENCE FAILED:', 'conference.connectionError.notAllowed']]);
    expect(line(currentAnnouncer(true))).toEqual([['CONFERENCE FAILED:', 'conference.connectionError.notAllowed', 'general', 'Room and token mismatched']]);
  });
});
