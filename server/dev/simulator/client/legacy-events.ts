/**
 * What a 2021-era Jitsi web app tells its host page (jitsi/jitsi-meet
 * `react/features/external-api/middleware.js` at d055cd5, `modules/API/external/external_api.js`
 * at b1a3c5c, conference.js and connection.js of the same era; lib/jitsi/RELEASES.md): no `ready`,
 * no `errorOccurred`; `videoConferenceJoined` without email, breakoutRoom or visitor;
 * `participantJoined` without userContext; kicks name nobody (`kicked: { id, local }`,
 * `kicker: { id }`). Refusals reach the host only as error logs (when it asked for them) and,
 * for a refused room join, as the frame leaving for `static/authError.html`.
 */
import { CONFERENCE_ERRORS, CONNECTION_ERRORS } from '../../../../lib/jitsi/errors.js';
import type { MeetingEndpoint } from '../../../../lib/jitsi/endpoint.js';
import type { ParticipantView } from '../protocol.js';
import { announceLeft, logError, type Announcer, type LocalContext } from './jitsi-events.js';

function announceParticipant(endpoint: MeetingEndpoint, person: ParticipantView): void {
  endpoint.sendEvent('participant-joined', { id: person.id, displayName: person.displayName, formattedDisplayName: person.displayName });
  if (person.role === 'moderator') endpoint.sendEvent('participant-role-changed', { id: person.id, role: 'moderator' });
}

/** The 2021 web app; `leave` sends the frame elsewhere (authError.html), `logErrors` when the host asked for error logs. */
export function legacyAnnouncer(leave: (path: string) => void, logErrors = false): Announcer {
  return {
    announceJoined(endpoint, { self, roomName }: LocalContext, others) {
      endpoint.sendEvent('video-conference-joined', {
        roomName,
        id: self.id,
        displayName: self.displayName,
        formattedDisplayName: `${self.displayName} (me)`,
        avatarURL: self.avatarURL,
      });
      endpoint.sendEvent('participant-role-changed', { id: self.id, role: self.role });
      for (const person of others) announceParticipant(endpoint, person);
    },
    announceParticipant,
    announceLeft,
    announceKicked(endpoint, context, kicker) {
      endpoint.sendEvent('participant-kicked-out', { kicked: { id: context.self.id, local: true }, kicker: { id: kicker.id } });
      announceLeft(endpoint, context.roomName);
    },
    announceRemoteKick(endpoint, _selfId, kicked, kicker) {
      endpoint.sendEvent('participant-kicked-out', { kicked: { id: kicked.id, local: false }, kicker: { id: kicker.id } });
    },
    announceDestroyed(endpoint, roomName) {
      announceLeft(endpoint, roomName);
    },
    announceConnectionRefused(endpoint) {
      // connect() → APP.UI.notifyTokenAuthFailed(): a dialog in the frame, nothing for the host.
      logError(endpoint, logErrors, 'handleConnectionFailed', 'CONNECTION FAILED:', CONNECTION_ERRORS.PASSWORD_REQUIRED);
    },
    announceConnectionLost() {
      // The page-reload overlay only.
    },
    announceConferenceFailed(endpoint, name, params) {
      // Its lib-jitsi-meet emitted notAllowed with no arguments (ChatRoom.js until 2d430a18, Feb 2024):
      // no type, no server text in the log line.
      const refused = name === CONFERENCE_ERRORS.NOT_ALLOWED_ERROR;
      logError(endpoint, logErrors, '_onConferenceFailed', 'CONFERENCE FAILED:', name, ...(refused ? [] : params));
      if (refused) leave('/static/authError.html');
    },
    announceWaitingForHost(endpoint) {
      // Jicofo refuses to create the room: AUTHENTICATION_REQUIRED, the wait-for-owner dialog, a retry every 5 s.
      logError(endpoint, logErrors, '_onConferenceFailed', 'CONFERENCE FAILED:', CONFERENCE_ERRORS.AUTHENTICATION_REQUIRED);
    },
  };
}
