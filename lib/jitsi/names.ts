/**
 * The name tables of Jitsi's IFrame API: wire event names (what the iframe sends) to the names
 * the host page listens to, and host command names to wire command names
 * (`modules/API/external/external_api.js`, research/jitsi-facts.md §3.3–§3.4). Written out from
 * the facts, not copied: the host emits only what this table knows, as Jitsi does.
 */

/** Wire event name → host event name. */
export const EVENT_NAMES: Readonly<Record<string, string>> = Object.freeze({
  'avatar-changed': 'avatarChanged',
  'audio-availability-changed': 'audioAvailabilityChanged',
  'audio-mute-status-changed': 'audioMuteStatusChanged',
  'breakout-rooms-updated': 'breakoutRoomsUpdated',
  'browser-support': 'browserSupport',
  'camera-error': 'cameraError',
  'chat-updated': 'chatUpdated',
  'conference-created-timestamp': 'conferenceCreatedTimestamp',
  'content-sharing-participants-changed': 'contentSharingParticipantsChanged',
  'data-channel-closed': 'dataChannelClosed',
  'data-channel-opened': 'dataChannelOpened',
  'device-list-changed': 'deviceListChanged',
  'display-name-change': 'displayNameChange',
  'dominant-speaker-changed': 'dominantSpeakerChanged',
  'email-change': 'emailChange',
  'error-occurred': 'errorOccurred',
  'endpoint-text-message-received': 'endpointTextMessageReceived',
  'feedback-submitted': 'feedbackSubmitted',
  'feedback-prompt-displayed': 'feedbackPromptDisplayed',
  'filmstrip-display-changed': 'filmstripDisplayChanged',
  'incoming-message': 'incomingMessage',
  'knocking-participant': 'knockingParticipant',
  log: 'log',
  'mic-error': 'micError',
  'moderation-participant-approved': 'moderationParticipantApproved',
  'moderation-participant-rejected': 'moderationParticipantRejected',
  'moderation-status-changed': 'moderationStatusChanged',
  'notification-triggered': 'notificationTriggered',
  'outgoing-message': 'outgoingMessage',
  'participant-joined': 'participantJoined',
  'participant-kicked-out': 'participantKickedOut',
  'participant-left': 'participantLeft',
  'participant-muted': 'participantMuted',
  'participant-role-changed': 'participantRoleChanged',
  'participants-pane-toggled': 'participantsPaneToggled',
  'password-required': 'passwordRequired',
  'prejoin-screen-loaded': 'prejoinScreenLoaded',
  'proxy-connection-event': 'proxyConnectionEvent',
  'raise-hand-updated': 'raiseHandUpdated',
  ready: 'ready',
  'recording-link-available': 'recordingLinkAvailable',
  'recording-status-changed': 'recordingStatusChanged',
  'screen-sharing-status-changed': 'screenSharingStatusChanged',
  'subject-change': 'subjectChange',
  'suspend-detected': 'suspendDetected',
  'tile-view-changed': 'tileViewChanged',
  'toolbar-button-clicked': 'toolbarButtonClicked',
  'video-availability-changed': 'videoAvailabilityChanged',
  'video-conference-joined': 'videoConferenceJoined',
  'video-conference-left': 'videoConferenceLeft',
  'video-mute-status-changed': 'videoMuteStatusChanged',
  'video-quality-changed': 'videoQualityChanged',
  'video-ready-to-close': 'readyToClose',
});

/** Host command name (`executeCommand(name, …)`) → wire command name. */
export const COMMAND_NAMES: Readonly<Record<string, string>> = Object.freeze({
  answerKnockingParticipant: 'answer-knocking-participant',
  avatarUrl: 'avatar-url',
  displayName: 'display-name',
  email: 'email',
  endConference: 'end-conference',
  grantModerator: 'grant-moderator',
  hangup: 'video-hangup',
  kickParticipant: 'kick-participant',
  localSubject: 'local-subject',
  muteEveryone: 'mute-everyone',
  overwriteConfig: 'overwrite-config',
  password: 'password',
  sendChatMessage: 'send-chat-message',
  subject: 'subject',
  toggleAudio: 'toggle-audio',
  toggleChat: 'toggle-chat',
  toggleLobby: 'toggle-lobby',
  toggleModeration: 'toggle-moderation',
  toggleRaiseHand: 'toggle-raise-hand',
  toggleShareScreen: 'toggle-share-screen',
  toggleTileView: 'toggle-tile-view',
  toggleVideo: 'toggle-video',
});

/** Wire request names used by the host API's promise-returning methods. */
export const REQUEST_NAMES = Object.freeze({
  deploymentInfo: 'deployment-info',
  invite: 'invite',
  isAudioMuted: 'is-audio-muted',
  isModerationOn: 'is-moderation-on',
  isVideoMuted: 'is-video-muted',
  roomsInfo: 'rooms-info',
  sessionId: 'session-id',
} as const);

/** The host name of a wire event, or null when the host API does not re-emit it. */
export function hostEventName(wireName: string): string | null {
  return Object.hasOwn(EVENT_NAMES, wireName) ? (EVENT_NAMES[wireName] ?? null) : null;
}

/** The wire name of a host command, or null for a name Jitsi does not support. */
export function wireCommandName(hostName: string): string | null {
  return Object.hasOwn(COMMAND_NAMES, hostName) ? (COMMAND_NAMES[hostName] ?? null) : null;
}
