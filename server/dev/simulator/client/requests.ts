/**
 * The simulator's answers to the requests a host may send: exactly the requests the imitated
 * release's meeting answers — `modules/API/API.js`'s request switch and device-selection's
 * `processExternalDeviceRequest` (2026: internxt/meet-web@f5a47b8, June 2026, a fork tracking
 * jitsi/jitsi-meet; 2021: jitsi/jitsi-meet@b1a3c5c) — with plausible replies for a meeting without
 * audio or video. Any other request gets what that release gives it (endpoint.ts `unknownRequests`).
 * Requests that need media (screenshots, the desktop picker) fail as they would on a page with
 * no video; invitations fail as on a deployment without dial-out.
 */
import type { MeetingEndpoint } from '../../../../lib/jitsi/endpoint.js';
import type { JitsiRelease } from '../release.js';
import type { MeetingSession } from './meeting-session.js';

/** The requests a 2021 meeting answers (jitsi/jitsi-meet@b1a3c5c API.js, and the device requests). */
const ANSWERED_IN_2021 = new Set([
  'capture-largevideo-screenshot',
  'invite',
  'is-audio-muted',
  'is-video-muted',
  'is-audio-available',
  'is-video-available',
  'is-sharing-screen',
  'get-content-sharing-participants',
  'get-livestream-url',
  'isDeviceListAvailable',
  'isDeviceChangeAvailable',
  'isMultipleAudioInputSupported',
  'getCurrentDevices',
  'getAvailableDevices',
  'setDevice',
]);

/** Answers every request `release` answers, for `session` (whose room name is the backend-safe node). */
export function answerRequests(endpoint: MeetingEndpoint, session: MeetingSession, release: JitsiRelease = '2026'): void {
  const onRequest: MeetingEndpoint['onRequest'] = (name, handler) =>
    release === '2021' && !ANSWERED_IN_2021.has(name) ? () => undefined : endpoint.onRequest(name, handler);
  const constant = (name: string, value: unknown) => onRequest(name, () => value);
  const refuse = (name: string, message: string) =>
    onRequest(name, () => {
      throw new Error(message);
    });
  // No media: everything is muted and unavailable, nothing is shared, moderated or paned.
  constant('is-audio-muted', true);
  constant('is-video-muted', true);
  constant('is-audio-available', false);
  constant('is-video-available', false);
  constant('is-audio-disabled', false);
  constant('is-moderation-on', false);
  constant('is-participant-force-muted', false);
  constant('is-participants-pane-open', false);
  constant('is-sharing-screen', false);
  constant('is-start-silent', false);
  constant('get-p2p-status', false);
  constant('_new_electron_screensharing_supported', false);
  constant('get-content-sharing-participants', { sharingParticipantIds: [] });
  constant('get-custom-avatar-backgrounds', { avatarBackgrounds: [] });
  constant('get-livestream-url', null);
  constant('get-shared-document-url', null);
  constant('deployment-info', { shard: 'simulator', region: 'loopback', userRegion: 'loopback' });
  refuse('capture-largevideo-screenshot', 'No large video found!');
  refuse('capture-camera-picture', 'No camera available.');
  refuse('open-desktop-picker', 'No desktop sharing in the simulator.');
  refuse('invite', 'One or more invites failed!');
  onRequest('session-id', () => session.selfId ?? '');
  const main = () => {
    const id = session.roomName ?? '';
    return {
      id,
      isMainRoom: true,
      participants: session.people().map((p) => ({ id: p.id, displayName: p.displayName, role: p.role, avatarUrl: p.avatarURL })),
    };
  };
  onRequest('rooms-info', () => ({ rooms: [main()] }));
  onRequest('list-breakout-rooms', () => {
    const room = main();
    return { [room.id]: { id: room.id, name: room.id, isMainRoom: true, participants: Object.fromEntries(room.participants.map((p) => [p.id, p])) } };
  });
  // functions.js: requests of type `devices`, named in camelCase.
  constant('getAvailableDevices', { audioInput: [], audioOutput: [], videoInput: [] });
  constant('getCurrentDevices', {});
  constant('isDeviceChangeAvailable', false);
  constant('isMultipleAudioInputSupported', false);
  constant('setDevice', false);
}
