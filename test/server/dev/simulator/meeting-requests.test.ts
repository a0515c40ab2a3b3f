import { describe, expect, it } from 'vitest';
import type { MeetingEndpoint, RequestHandler } from '../../../../lib/jitsi/endpoint.js';
import { answerRequests } from '../../../../server/dev/simulator/client/requests.js';
import type { MeetingSession } from '../../../../server/dev/simulator/client/meeting-session.js';

/** Every request name current external_api.js and functions.js can send (see test/lib/jitsi/protocol-table.test.ts). */
const REQUEST_NAMES = [
  'capture-largevideo-screenshot',
  'capture-camera-picture',
  'get-content-sharing-participants',
  'get-custom-avatar-backgrounds',
  'deployment-info',
  'get-livestream-url',
  'rooms-info',
  'session-id',
  'get-shared-document-url',
  'is-audio-available',
  'is-audio-disabled',
  'is-audio-muted',
  'is-moderation-on',
  'get-p2p-status',
  'is-participant-force-muted',
  'is-participants-pane-open',
  'is-sharing-screen',
  'is-start-silent',
  'is-video-available',
  'is-video-muted',
  'list-breakout-rooms',
  'invite',
  '_new_electron_screensharing_supported',
  'open-desktop-picker',
  'getAvailableDevices',
  'getCurrentDevices',
  'isDeviceChangeAvailable',
  'isMultipleAudioInputSupported',
  'setDevice',
];

function answered(release: '2026' | '2021' = '2026') {
  const handlers = new Map<string, RequestHandler>();
  const endpoint = { onRequest: (name: string, handler: RequestHandler) => (handlers.set(name, handler), () => true) } as unknown as MeetingEndpoint;
  const session = {
    selfId: 'abcd1234',
    roomName: 'caf%c3%a9',
    people: () => [{ id: 'abcd1234', displayName: 'Ann', role: 'moderator' as const }],
  } as unknown as MeetingSession;
  answerRequests(endpoint, session, release);
  return handlers;
}

describe('the simulator answers every request of the real host API', () => {
  it('has a handler for each request name, and no other', () => {
    expect([...answered().keys()].sort()).toEqual([...REQUEST_NAMES].sort());
  });

  it('as a 2021 meeting, only what jitsi/jitsi-meet@b1a3c5c API.js and device selection answer', () => {
    expect([...answered('2021').keys()].sort()).toEqual(
      [
        'capture-largevideo-screenshot',
        'invite',
        'is-audio-muted',
        'is-video-muted',
        'is-audio-available',
        'is-video-available',
        'is-sharing-screen',
        'get-content-sharing-participants',
        'get-livestream-url',
        'getAvailableDevices',
        'getCurrentDevices',
        'isDeviceChangeAvailable',
        'isMultipleAudioInputSupported',
        'setDevice',
      ].sort(),
    );
  });

  it.each([
    ['is-audio-muted', true],
    ['is-audio-available', false],
    ['is-moderation-on', false],
    ['get-p2p-status', false],
    ['session-id', 'abcd1234'],
    ['getAvailableDevices', { audioInput: [], audioOutput: [], videoInput: [] }],
    ['isDeviceChangeAvailable', false],
  ])('%s → %j', (name, reply) => {
    expect(answered().get(name)?.({ name })).toEqual(reply);
  });

  it('rooms-info and list-breakout-rooms use the room name as videoConferenceJoined says it (backend-safe)', () => {
    const handlers = answered();
    expect(handlers.get('rooms-info')?.({ name: 'rooms-info' })).toEqual({
      rooms: [{ id: 'caf%c3%a9', isMainRoom: true, participants: [{ id: 'abcd1234', displayName: 'Ann', role: 'moderator', avatarUrl: undefined }] }],
    });
    expect(Object.keys(handlers.get('list-breakout-rooms')?.({ name: 'list-breakout-rooms' }) as object)).toEqual(['caf%c3%a9']);
  });

  it.each(['capture-largevideo-screenshot', 'open-desktop-picker', 'invite'])('%s fails as on a page without media or dial-out', (name) => {
    expect(() => answered().get(name)?.({ name })).toThrow();
  });
});
