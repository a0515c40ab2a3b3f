/**
 * The host side of a 2020–21 Jitsi build, as its `external_api.js` behaves (jitsi/jitsi-meet
 * `modules/API/external/external_api.js` at b1a3c5cd7b5e6ab7ba69899fb2f56697a221d455): a shorter
 * command and event table — no `errorOccurred`, no `ready`, nothing a later release added — so a
 * message outside it is dropped; `onload` is the iframe's DOM `load`, every time the frame loads
 * (a redirect to `static/authError.html` calls it again); and a shorter `allow` list. Written out
 * by hand from that source. `MeetGateExternalAPI.forRelease('2021')` uses it; the simulator's
 * older-release mode serves that as its `/external_api.js`, so the component meets the host a
 * self-hosted 2021 server really serves.
 */

/** What differs between the host scripts of two Jitsi releases. */
export interface HostProfile {
  /** The release it imitates. */
  release: '2021' | '2026';
  /** Host command name → wire name; null: the current table (names.ts). */
  commands: Readonly<Record<string, string>> | null;
  /** Wire event name → host event name; null: the current table (names.ts). */
  events: Readonly<Record<string, string>> | null;
  /** True: `onload` runs on every DOM `load` of the iframe (no `ready` message exists). */
  onloadOnDomLoad: boolean;
  /** The iframe's `allow` attribute; null: the current list (frame.ts). */
  allow: string | null;
}

/** The 2021 host's `commands` table. */
const COMMANDS_2021: Readonly<Record<string, string>> = Object.freeze({
  avatarUrl: 'avatar-url',
  cancelPrivateChat: 'cancel-private-chat',
  displayName: 'display-name',
  e2eeKey: 'e2ee-key',
  email: 'email',
  toggleLobby: 'toggle-lobby',
  hangup: 'video-hangup',
  // Misspelt so in that release.
  intiatePrivateChat: 'initiate-private-chat',
  kickParticipant: 'kick-participant',
  muteEveryone: 'mute-everyone',
  password: 'password',
  pinParticipant: 'pin-participant',
  resizeLargeVideo: 'resize-large-video',
  sendEndpointTextMessage: 'send-endpoint-text-message',
  sendTones: 'send-tones',
  setLargeVideoParticipant: 'set-large-video-participant',
  setVideoQuality: 'set-video-quality',
  startRecording: 'start-recording',
  stopRecording: 'stop-recording',
  subject: 'subject',
  submitFeedback: 'submit-feedback',
  toggleAudio: 'toggle-audio',
  toggleChat: 'toggle-chat',
  toggleFilmStrip: 'toggle-film-strip',
  toggleShareScreen: 'toggle-share-screen',
  toggleTileView: 'toggle-tile-view',
  toggleVideo: 'toggle-video',
});

/** The 2021 host's `events` table: what it re-emits to the page, and nothing else. */
const EVENTS_2021: Readonly<Record<string, string>> = Object.freeze({
  'avatar-changed': 'avatarChanged',
  'audio-availability-changed': 'audioAvailabilityChanged',
  'audio-mute-status-changed': 'audioMuteStatusChanged',
  'camera-error': 'cameraError',
  'chat-updated': 'chatUpdated',
  'content-sharing-participants-changed': 'contentSharingParticipantsChanged',
  'device-list-changed': 'deviceListChanged',
  'display-name-change': 'displayNameChange',
  'email-change': 'emailChange',
  'endpoint-text-message-received': 'endpointTextMessageReceived',
  'feedback-submitted': 'feedbackSubmitted',
  'feedback-prompt-displayed': 'feedbackPromptDisplayed',
  'filmstrip-display-changed': 'filmstripDisplayChanged',
  'incoming-message': 'incomingMessage',
  log: 'log',
  'mic-error': 'micError',
  'outgoing-message': 'outgoingMessage',
  'participant-joined': 'participantJoined',
  'participant-kicked-out': 'participantKickedOut',
  'participant-left': 'participantLeft',
  'participant-role-changed': 'participantRoleChanged',
  'password-required': 'passwordRequired',
  'proxy-connection-event': 'proxyConnectionEvent',
  'raise-hand-updated': 'raiseHandUpdated',
  'video-ready-to-close': 'readyToClose',
  'video-conference-joined': 'videoConferenceJoined',
  'video-conference-left': 'videoConferenceLeft',
  'video-availability-changed': 'videoAvailabilityChanged',
  'video-mute-status-changed': 'videoMuteStatusChanged',
  'video-quality-changed': 'videoQualityChanged',
  'screen-sharing-status-changed': 'screenSharingStatusChanged',
  'dominant-speaker-changed': 'dominantSpeakerChanged',
  'subject-change': 'subjectChange',
  'suspend-detected': 'suspendDetected',
  'tile-view-changed': 'tileViewChanged',
});

/** The current host (names.ts, frame.ts): `ready` calls `onload`. */
export const CURRENT_HOST: HostProfile = Object.freeze({ release: '2026', commands: null, events: null, onloadOnDomLoad: false, allow: null });

/** The 2020–21 host. */
export const HOST_2021: HostProfile = Object.freeze({
  release: '2021',
  commands: COMMANDS_2021,
  events: EVENTS_2021,
  onloadOnDomLoad: true,
  allow: 'camera; microphone; display-capture; autoplay; clipboard-write',
});

/** The profile of a release name; unknown names get the current host. */
export function hostProfile(release: string | undefined): HostProfile {
  return release === '2021' ? HOST_2021 : CURRENT_HOST;
}
