/**
 * The simulator's answers to the requests a host may send (the request table of current
 * external_api.js and functions.js, internxt/meet-web@8d7bf8f and jitsi/jitsi-meet@1c8216e):
 * plausible replies for a meeting without audio or video, instead of "Unsupported request".
 * Requests that need media (screenshots, the desktop picker) fail as they would on a page with
 * no video; invitations fail as on a deployment without dial-out.
 */
import type { MeetingEndpoint } from '../../../../lib/jitsi/endpoint.js';
import type { MeetingSession } from './meeting-session.js';

/** Answers every known request for `session` (whose room name is the backend-safe node). */
export function answerRequests(endpoint: MeetingEndpoint, session: MeetingSession): void {
  const constant = (name: string, value: unknown) => endpoint.onRequest(name, () => value);
  const refuse = (name: string, message: string) =>
    endpoint.onRequest(name, () => {
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
  endpoint.onRequest('session-id', () => session.selfId ?? '');
  const main = () => {
    const id = session.roomName ?? '';
    return {
      id,
      isMainRoom: true,
      participants: session.people().map((p) => ({ id: p.id, displayName: p.displayName, role: p.role, avatarUrl: p.avatarURL })),
    };
  };
  endpoint.onRequest('rooms-info', () => ({ rooms: [main()] }));
  endpoint.onRequest('list-breakout-rooms', () => {
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
