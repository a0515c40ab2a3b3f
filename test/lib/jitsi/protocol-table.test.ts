// @vitest-environment jsdom
/**
 * The whole public surface of Jitsi's IFrame host API, message by message: for every command,
 * event and method, what the host sends, what the meeting sends back, and what the API user sees.
 * The expected shapes are written here from reading Jitsi's source — current
 * `modules/API/external/external_api.js` (internxt/meet-web@8d7bf8f, a fork tracking upstream
 * jitsi/jitsi-meet, 2026) and `functions.js` (jitsi/jitsi-meet@1c8216e) — not taken from
 * lib/jitsi's own tables, so a wrong entry there fails here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embed, type Embedded } from './embed.js';

/** `commands` of external_api.js: host name → wire name. */
const COMMANDS: Array<[string, string]> = [
  ['addBreakoutRoom', 'add-breakout-room'],
  ['answerKnockingParticipant', 'answer-knocking-participant'],
  ['approveVideo', 'approve-video'],
  ['askToUnmute', 'ask-to-unmute'],
  ['autoAssignToBreakoutRooms', 'auto-assign-to-breakout-rooms'],
  ['avatarUrl', 'avatar-url'],
  ['cancelPrivateChat', 'cancel-private-chat'],
  ['closeBreakoutRoom', 'close-breakout-room'],
  ['displayName', 'display-name'],
  ['endConference', 'end-conference'],
  ['email', 'email'],
  ['grantModerator', 'grant-moderator'],
  ['grantRecordingConsent', 'grant-recording-consent'],
  ['hangup', 'video-hangup'],
  ['hideNotification', 'hide-notification'],
  ['initiatePrivateChat', 'initiate-private-chat'],
  ['joinBreakoutRoom', 'join-breakout-room'],
  ['localSubject', 'local-subject'],
  ['kickParticipant', 'kick-participant'],
  ['muteEveryone', 'mute-everyone'],
  ['muteRemoteParticipant', 'mute-remote-participant'],
  ['overwriteConfig', 'overwrite-config'],
  ['overwriteNames', 'overwrite-names'],
  ['password', 'password'],
  ['pinParticipant', 'pin-participant'],
  ['rejectParticipant', 'reject-participant'],
  ['removeBreakoutRoom', 'remove-breakout-room'],
  ['resizeFilmStrip', 'resize-film-strip'],
  ['resizeLargeVideo', 'resize-large-video'],
  ['sendCameraFacingMode', 'send-camera-facing-mode-message'],
  ['sendChatMessage', 'send-chat-message'],
  ['sendEndpointTextMessage', 'send-endpoint-text-message'],
  ['sendParticipantToRoom', 'send-participant-to-room'],
  ['sendTones', 'send-tones'],
  ['setAudioOnly', 'set-audio-only'],
  ['setAssumedBandwidthBps', 'set-assumed-bandwidth-bps'],
  ['setBlurredBackground', 'set-blurred-background'],
  ['setFollowMe', 'set-follow-me'],
  ['setLargeVideoParticipant', 'set-large-video-participant'],
  ['setMediaEncryptionKey', 'set-media-encryption-key'],
  ['setNoiseSuppressionEnabled', 'set-noise-suppression-enabled'],
  ['setParticipantVolume', 'set-participant-volume'],
  ['setSubtitles', 'set-subtitles'],
  ['setTileView', 'set-tile-view'],
  ['setVideoQuality', 'set-video-quality'],
  ['setVirtualBackground', 'set-virtual-background'],
  ['showNotification', 'show-notification'],
  ['startRecording', 'start-recording'],
  ['startShareVideo', 'start-share-video'],
  ['stopRecording', 'stop-recording'],
  ['stopShareVideo', 'stop-share-video'],
  ['subject', 'subject'],
  ['submitFeedback', 'submit-feedback'],
  ['toggleAudio', 'toggle-audio'],
  ['toggleCamera', 'toggle-camera'],
  ['toggleCameraMirror', 'toggle-camera-mirror'],
  ['toggleChat', 'toggle-chat'],
  ['toggleE2EE', 'toggle-e2ee'],
  ['toggleFilmStrip', 'toggle-film-strip'],
  ['toggleLobby', 'toggle-lobby'],
  ['toggleModeration', 'toggle-moderation'],
  ['toggleNoiseSuppression', 'toggle-noise-suppression'],
  ['toggleParticipantsPane', 'toggle-participants-pane'],
  ['toggleRaiseHand', 'toggle-raise-hand'],
  ['toggleShareScreen', 'toggle-share-screen'],
  ['toggleSubtitles', 'toggle-subtitles'],
  ['toggleTileView', 'toggle-tile-view'],
  ['toggleVirtualBackgroundDialog', 'toggle-virtual-background'],
  ['toggleVideo', 'toggle-video'],
  ['toggleWhiteboard', 'toggle-whiteboard'],
  ['showPiP', 'show-pip'],
  ['hidePiP', 'hide-pip'],
];

/** `events` of external_api.js: wire name → host name. */
const EVENTS: Array<[string, string]> = [
  ['_pip-requested', '_pipRequested'],
  ['pip-entered', 'pipEntered'],
  ['pip-left', 'pipLeft'],
  ['avatar-changed', 'avatarChanged'],
  ['audio-availability-changed', 'audioAvailabilityChanged'],
  ['audio-mute-status-changed', 'audioMuteStatusChanged'],
  ['audio-only-changed', 'audioOnlyChanged'],
  ['audio-or-video-sharing-toggled', 'audioOrVideoSharingToggled'],
  ['breakout-rooms-updated', 'breakoutRoomsUpdated'],
  ['browser-support', 'browserSupport'],
  ['camera-error', 'cameraError'],
  ['chat-updated', 'chatUpdated'],
  ['compute-pressure-changed', 'computePressureChanged'],
  ['conference-created-timestamp', 'conferenceCreatedTimestamp'],
  ['content-sharing-participants-changed', 'contentSharingParticipantsChanged'],
  ['custom-notification-action-triggered', 'customNotificationActionTriggered'],
  ['data-channel-closed', 'dataChannelClosed'],
  ['data-channel-opened', 'dataChannelOpened'],
  ['device-list-changed', 'deviceListChanged'],
  ['display-name-change', 'displayNameChange'],
  ['dominant-speaker-changed', 'dominantSpeakerChanged'],
  ['email-change', 'emailChange'],
  ['error-occurred', 'errorOccurred'],
  ['endpoint-text-message-received', 'endpointTextMessageReceived'],
  ['face-landmark-detected', 'faceLandmarkDetected'],
  ['feedback-submitted', 'feedbackSubmitted'],
  ['feedback-prompt-displayed', 'feedbackPromptDisplayed'],
  ['file-deleted', 'fileDeleted'],
  ['file-uploaded', 'fileUploaded'],
  ['filmstrip-display-changed', 'filmstripDisplayChanged'],
  ['incoming-message', 'incomingMessage'],
  ['knocking-participant', 'knockingParticipant'],
  ['log', 'log'],
  ['mic-error', 'micError'],
  ['moderation-participant-approved', 'moderationParticipantApproved'],
  ['moderation-participant-rejected', 'moderationParticipantRejected'],
  ['moderation-status-changed', 'moderationStatusChanged'],
  ['mouse-enter', 'mouseEnter'],
  ['mouse-leave', 'mouseLeave'],
  ['mouse-move', 'mouseMove'],
  ['non-participant-message-received', 'nonParticipantMessageReceived'],
  ['notification-triggered', 'notificationTriggered'],
  ['outgoing-message', 'outgoingMessage'],
  ['p2p-status-changed', 'p2pStatusChanged'],
  ['participant-joined', 'participantJoined'],
  ['participant-kicked-out', 'participantKickedOut'],
  ['participant-left', 'participantLeft'],
  ['participant-muted', 'participantMuted'],
  ['participant-role-changed', 'participantRoleChanged'],
  ['participants-pane-toggled', 'participantsPaneToggled'],
  ['password-required', 'passwordRequired'],
  ['peer-connection-failure', 'peerConnectionFailure'],
  ['prejoin-screen-loaded', 'prejoinScreenLoaded'],
  ['proxy-connection-event', 'proxyConnectionEvent'],
  ['raise-hand-updated', 'raiseHandUpdated'],
  ['ready', 'ready'],
  ['recording-consent-dialog-open', 'recordingConsentDialogOpen'],
  ['recording-link-available', 'recordingLinkAvailable'],
  ['recording-status-changed', 'recordingStatusChanged'],
  ['participant-menu-button-clicked', 'participantMenuButtonClick'],
  ['video-ready-to-close', 'readyToClose'],
  ['video-conference-joined', 'videoConferenceJoined'],
  ['video-conference-left', 'videoConferenceLeft'],
  ['video-availability-changed', 'videoAvailabilityChanged'],
  ['video-mute-status-changed', 'videoMuteStatusChanged'],
  ['video-quality-changed', 'videoQualityChanged'],
  ['screen-sharing-status-changed', 'screenSharingStatusChanged'],
  ['subject-change', 'subjectChange'],
  ['suspend-detected', 'suspendDetected'],
  ['tile-view-changed', 'tileViewChanged'],
  ['toolbar-button-clicked', 'toolbarButtonClicked'],
  ['toolbar-visibility-changed', 'toolbarVisibilityChanged'],
  ['transcribing-status-changed', 'transcribingStatusChanged'],
  ['transcription-chunk-received', 'transcriptionChunkReceived'],
  ['whiteboard-status-changed', 'whiteboardStatusChanged'],
];

type Api = Embedded['api'];

/** Request methods: the call, the request's data as it travels (undefined fields vanish in JSON), the meeting's reply, what the call resolves to. */
const REQUESTS: Array<[string, (api: Api) => Promise<unknown>, Record<string, unknown>, unknown, unknown]> = [
  [
    'captureLargeVideoScreenshot',
    (a) => a.captureLargeVideoScreenshot(),
    { name: 'capture-largevideo-screenshot' },
    'data:image/png;base64,AA',
    'data:image/png;base64,AA',
  ],
  [
    'captureCameraPicture',
    (a) => a.captureCameraPicture('user', 'd', 't'),
    { name: 'capture-camera-picture', cameraFacingMode: 'user', descriptionText: 'd', titleText: 't' },
    'x',
    'x',
  ],
  [
    'getContentSharingParticipants',
    (a) => a.getContentSharingParticipants(),
    { name: 'get-content-sharing-participants' },
    { sharingParticipantIds: [] },
    { sharingParticipantIds: [] },
  ],
  [
    'getCustomAvatarBackgrounds',
    (a) => a.getCustomAvatarBackgrounds(),
    { name: 'get-custom-avatar-backgrounds' },
    { avatarBackgrounds: [] },
    { avatarBackgrounds: [] },
  ],
  ['getDeploymentInfo', (a) => a.getDeploymentInfo(), { name: 'deployment-info' }, { shard: 's' }, { shard: 's' }],
  ['getLivestreamUrl', (a) => a.getLivestreamUrl(), { name: 'get-livestream-url' }, { livestreamUrl: 'u' }, { livestreamUrl: 'u' }],
  ['getRoomsInfo', (a) => a.getRoomsInfo(), { name: 'rooms-info' }, { rooms: [] }, { rooms: [] }],
  ['getSessionId', (a) => a.getSessionId(), { name: 'session-id' }, 'abc', 'abc'],
  ['getSharedDocumentUrl', (a) => a.getSharedDocumentUrl(), { name: 'get-shared-document-url' }, 'https://pad', 'https://pad'],
  ['isAudioAvailable', (a) => a.isAudioAvailable(), { name: 'is-audio-available' }, true, true],
  ['isAudioDisabled', (a) => a.isAudioDisabled(), { name: 'is-audio-disabled' }, false, false],
  ['isAudioMuted', (a) => a.isAudioMuted(), { name: 'is-audio-muted' }, true, true],
  ['isModerationOn()', (a) => a.isModerationOn(), { name: 'is-moderation-on' }, false, false],
  ['isModerationOn(video)', (a) => a.isModerationOn('video'), { name: 'is-moderation-on', mediaType: 'video' }, true, true],
  ['isP2pActive', (a) => a.isP2pActive(), { name: 'get-p2p-status' }, false, false],
  [
    'isParticipantForceMuted',
    (a) => a.isParticipantForceMuted('p1', 'audio'),
    { name: 'is-participant-force-muted', participantId: 'p1', mediaType: 'audio' },
    false,
    false,
  ],
  ['isParticipantsPaneOpen', (a) => a.isParticipantsPaneOpen(), { name: 'is-participants-pane-open' }, false, false],
  ['isSharingScreen', (a) => a.isSharingScreen(), { name: 'is-sharing-screen' }, false, false],
  ['isStartSilent', (a) => a.isStartSilent(), { name: 'is-start-silent' }, false, false],
  ['isVideoAvailable', (a) => a.isVideoAvailable(), { name: 'is-video-available' }, true, true],
  ['isVideoMuted', (a) => a.isVideoMuted(), { name: 'is-video-muted' }, true, true],
  ['listBreakoutRooms', (a) => a.listBreakoutRooms(), { name: 'list-breakout-rooms' }, {}, {}],
  ['invite', (a) => a.invite([{ type: 'phone', number: '1' }]), { name: 'invite', invitees: [{ type: 'phone', number: '1' }] }, true, true],
  ['_isNewElectronScreensharingSupported', (a) => a._isNewElectronScreensharingSupported(), { name: '_new_electron_screensharing_supported' }, true, true],
  ['_openDesktopPicker', (a) => a._openDesktopPicker(), { name: 'open-desktop-picker' }, { source: 's' }, { source: 's' }],
  // functions.js: type `devices`.
  ['getAvailableDevices', (a) => a.getAvailableDevices(), { type: 'devices', name: 'getAvailableDevices' }, { audioInput: [] }, { audioInput: [] }],
  ['getCurrentDevices', (a) => a.getCurrentDevices(), { type: 'devices', name: 'getCurrentDevices' }, { audioInput: null }, { audioInput: null }],
  [
    'isDeviceChangeAvailable',
    (a) => a.isDeviceChangeAvailable('output'),
    { deviceType: 'output', type: 'devices', name: 'isDeviceChangeAvailable' },
    true,
    true,
  ],
  ['isMultipleAudioInputSupported', (a) => a.isMultipleAudioInputSupported(), { type: 'devices', name: 'isMultipleAudioInputSupported' }, false, false],
  [
    'setAudioInputDevice',
    (a) => a.setAudioInputDevice('Mic', 'm1'),
    { type: 'devices', name: 'setDevice', device: { id: 'm1', kind: 'audioinput', label: 'Mic' } },
    true,
    true,
  ],
  [
    'setAudioOutputDevice',
    (a) => a.setAudioOutputDevice('Spk', 's1'),
    { type: 'devices', name: 'setDevice', device: { id: 's1', kind: 'audiooutput', label: 'Spk' } },
    true,
    true,
  ],
  [
    'setVideoInputDevice',
    (a) => a.setVideoInputDevice('Cam', 'c1'),
    { type: 'devices', name: 'setDevice', device: { id: 'c1', kind: 'videoinput', label: 'Cam' } },
    true,
    true,
  ],
];

/** Methods that send a command: the call and the command event as it travels. */
const COMMAND_METHODS: Array<[string, (api: Api) => void, Record<string, unknown>]> = [
  ['pinParticipant', (a) => a.pinParticipant('p1', 'desktop'), { name: 'pin-participant', data: ['p1', 'desktop'] }],
  ['setLargeVideoParticipant', (a) => a.setLargeVideoParticipant('p1'), { name: 'set-large-video-participant', data: ['p1', null] }],
  ['startRecording', (a) => a.startRecording({ mode: 'file' }), { name: 'start-recording', data: [{ mode: 'file' }] }],
  ['stopRecording', (a) => a.stopRecording('stream', true), { name: 'stop-recording', data: ['stream', true] }],
  ['toggleE2EE', (a) => a.toggleE2EE(true), { name: 'toggle-e2ee', data: [true] }],
  ['setVirtualBackground', (a) => a.setVirtualBackground(true, 'data:x'), { name: 'set-virtual-background', data: [true, 'data:x'] }],
  ['showPiP', (a) => a.showPiP(), { name: 'show-pip', data: [] }],
  ['hidePiP', (a) => a.hidePiP(), { name: 'hide-pip', data: [] }],
  ['sendProxyConnectionEvent', (a) => a.sendProxyConnectionEvent({ from: 'x', data: {} }), { name: 'proxy-connection-event', data: [{ from: 'x', data: {} }] }],
  ['executeCommands', (a) => a.executeCommands({ subject: 'Standup' }), { name: 'subject', data: ['Standup'] }],
];

describe('the IFrame host API, message by message (current Jitsi)', () => {
  let embedded: Embedded;
  beforeEach(() => {
    vi.useFakeTimers();
    embedded = embed();
  });
  afterEach(() => {
    embedded.api.dispose();
    embedded.meeting.dispose();
    vi.useRealTimers();
  });
  const flush = () => vi.advanceTimersByTimeAsync(60);
  const events = () =>
    embedded
      .sent()
      .filter((m) => m.type === 'event')
      .map((m) => m.data);
  const requests = () =>
    embedded
      .sent()
      .filter((m) => m.type === 'request')
      .map((m) => m.data);

  it('supports exactly the commands and events of current Jitsi', () => {
    expect(embedded.api.getSupportedCommands()).toEqual(COMMANDS.map(([host]) => host));
    expect(embedded.api.getSupportedEvents()).toEqual(EVENTS.map(([, host]) => host));
  });

  it.each(COMMANDS)('command %s travels as the event %s with its arguments', async (host, wire) => {
    const received = vi.fn();
    embedded.meeting.onCommand(wire, received);
    embedded.api.executeCommand(host, 'a', 2, { b: true });
    await flush();
    expect(events()).toEqual([{ name: wire, data: ['a', 2, { b: true }] }]);
    expect(received).toHaveBeenCalledWith('a', 2, { b: true });
  });

  it.each(EVENTS)('event %s reaches the page as %s, without its name', async (wire, host) => {
    const listener = vi.fn();
    embedded.api.on(host, listener);
    embedded.meeting.sendEvent(wire, { value: 1, nested: { a: [1] } });
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ value: 1, nested: { a: [1] } });
  });

  it.each(REQUESTS)('%s sends its request and resolves with the answer', async (_label, call, request, reply, resolved) => {
    const seen: unknown[] = [];
    const name = String(request.name);
    embedded.meeting.onRequest(name, (data) => {
      seen.push(data);
      return reply;
    });
    const answer = call(embedded.api);
    await flush();
    expect(requests()).toEqual([request]);
    expect(seen).toEqual([request]);
    await expect(answer).resolves.toEqual(resolved);
  });

  it.each(COMMAND_METHODS)('%s sends its command', async (_label, call, event) => {
    call(embedded.api);
    await flush();
    expect(events()).toEqual([event]);
  });

  it("an unknown command is refused with Jitsi's message and sends nothing", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    embedded.api.executeCommand('toString');
    embedded.api.executeCommand('selfDestruct');
    await flush();
    expect(events()).toEqual([]);
    expect(error).toHaveBeenCalledWith('Not supported command name.');
  });

  it('an unknown wire event, and the internal ones, are not re-emitted', async () => {
    const any = vi.fn();
    for (const host of ['onStageParticipantChanged', 'localStorageChanged', 'largeVideoVisibilityChanged', 'constructor', 'toString'])
      embedded.api.on(host, any);
    for (const wire of ['on-stage-participant-changed', 'local-storage-changed', 'large-video-visibility-changed', 'constructor', 'nonsense'])
      embedded.meeting.sendEvent(wire, {});
    await flush();
    expect(any).not.toHaveBeenCalled();
  });

  it('device queries that fail resolve with {} (functions.js), and invite refuses an empty list without asking', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const name of ['getAvailableDevices', 'getCurrentDevices']) {
      embedded.meeting.onRequest(name, () => {
        throw new Error('no device list');
      });
    }
    const available = embedded.api.getAvailableDevices();
    const current = embedded.api.getCurrentDevices();
    await flush();
    await expect(available).resolves.toEqual({});
    await expect(current).resolves.toEqual({});
    expect(error).toHaveBeenCalled();
    await expect(embedded.api.invite([])).rejects.toThrow(TypeError);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(embedded.api.isDeviceListAvailable()).resolves.toBe(true);
    expect(warn).toHaveBeenCalled();
    await flush();
    expect(requests().map((r) => r?.name)).toEqual(['getAvailableDevices', 'getCurrentDevices']);
  });

  it("a failing request rejects with the meeting's error", async () => {
    embedded.meeting.onRequest('is-sharing-screen', () => {
      throw new Error('no screen');
    });
    const answer = expect(embedded.api.isSharingScreen()).rejects.toBe('no screen');
    await flush();
    await answer;
  });

  it('the e2ee key goes out once the conference is joined, as setMediaEncryptionKey with the key bytes', async () => {
    const keyed = embed({ e2eeKey: '0aff' });
    keyed.meeting.sendEvent('video-conference-joined', { roomName: 'standup', id: 'me', displayName: 'Ann', formattedDisplayName: 'Ann (me)' });
    await flush();
    expect(
      keyed
        .sent()
        .filter((m) => m.type === 'event')
        .map((m) => m.data),
    ).toEqual([{ name: 'set-media-encryption-key', data: [JSON.stringify({ exportedKey: [10, 255], index: 0 })] }]);
    keyed.api.dispose();
    keyed.meeting.dispose();
  });

  it("resizeLargeVideo only within the frame's own numeric size", async () => {
    const sized = embed({ width: 800, height: 600 });
    sized.api.resizeLargeVideo(900, 500);
    sized.api.resizeLargeVideo(640, 480);
    embedded.api.resizeLargeVideo(10, 10); // '100%' sizes: Jitsi's comparison fails, nothing is sent
    await flush();
    expect(
      sized
        .sent()
        .filter((m) => m.type === 'event')
        .map((m) => m.data),
    ).toEqual([{ name: 'resize-large-video', data: [640, 480] }]);
    expect(events()).toEqual([]);
    sized.api.dispose();
    sized.meeting.dispose();
  });

  it('prejoin video visibility emits prejoinVideoChanged; prejoin-screen-loaded lists the local participant', async () => {
    const changed = vi.fn();
    embedded.api.on('prejoinVideoChanged', changed);
    embedded.meeting.sendEvent('on-prejoin-video-changed', { isVisible: true });
    embedded.meeting.sendEvent('prejoin-screen-loaded', { id: 'me', displayName: 'Ann', formattedDisplayName: 'Ann (me)' });
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(embedded.api.getParticipantsInfo()).toEqual([{ participantId: 'me', displayName: 'Ann', formattedDisplayName: 'Ann (me)' }]);
    expect(embedded.api.getNumberOfParticipants()).toBe(0);
  });
});

describe('onload with either Jitsi release', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('current app: on ready only, even when the frame loaded first', async () => {
    const onload = vi.fn();
    const current = embed({ onload });
    current.api.getIFrame().dispatchEvent(new Event('load'));
    current.meeting.sendEvent('ready', {});
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onload).toHaveBeenCalledTimes(1);
    current.api.dispose();
    current.meeting.dispose();
  });

  it("a 2021-era app (no ready): on the frame's DOM load, a moment later, as its own host did", async () => {
    const onload = vi.fn();
    const older = embed({ onload });
    older.api.getIFrame().dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onload).toHaveBeenCalledTimes(1);
    older.api.dispose();
    older.meeting.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});

/**
 * The wire byte for byte, where scripts/compare-host.mjs found MeetGate's host differing from a real
 * build (internxt/meet-web@f5a47b8 June 2026 and jitsi/jitsi-meet@b1a3c5c Feb 2021, both with
 * @jitsi/js-utils transport): key order and formats the meeting could tell apart.
 */
describe('the wire as a real build writes it (found side by side by compare-host)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('__ready__ carries postis.js\'s readyCheckID, `+new Date() + Math.random() + ""` (a float as a string)', async () => {
    const { api, meeting, frames } = embed();
    await vi.advanceTimersByTimeAsync(60);
    const ready = frames().find((f) => f.method === '__ready__');
    expect(ready?.params).toMatch(/^\d{13}(\.\d+)?$/);
    expect(Object.keys(ready ?? {})).toEqual(['postis', 'scope', 'method', 'params']);
    api.dispose();
    meeting.dispose();
  });

  it('a request travels as {type, data, id} (js-utils Transport.sendRequest)', async () => {
    const { api, meeting, sent } = embed();
    meeting.onRequest('is-audio-muted', () => false);
    const muted = api.isAudioMuted();
    await vi.advanceTimersByTimeAsync(60);
    await expect(muted).resolves.toBe(false);
    expect(JSON.stringify(sent().find((m) => m.type === 'request'))).toBe('{"type":"request","data":{"name":"is-audio-muted"},"id":1}');
    api.dispose();
    meeting.dispose();
  });

  it('the meeting answers as {type, error, id, result} (js-utils Transport._onMessageReceived)', async () => {
    const { api, meeting } = embed();
    const seen: string[] = [];
    const record = (event: MessageEvent) => typeof event.data === 'string' && seen.push(event.data);
    window.addEventListener('message', record, true);
    meeting.onRequest('is-audio-muted', () => true);
    meeting.onRequest('is-sharing-screen', () => {
      throw new Error('no screen');
    });
    const muted = api.isAudioMuted();
    const sharing = expect(api.isSharingScreen()).rejects.toBe('no screen');
    await vi.advanceTimersByTimeAsync(60);
    await expect(muted).resolves.toBe(true);
    await sharing;
    window.removeEventListener('message', record, true);
    const responses = seen
      .map((s) => JSON.parse(s))
      .filter((f) => f.params?.type === 'response')
      .map((f) => JSON.stringify(f.params));
    expect(responses).toEqual(['{"type":"response","id":1,"result":true}', '{"type":"response","error":"no screen","id":2}']);
    api.dispose();
    meeting.dispose();
  });

  it("the iframe's style reads height, width, border (_setSize before style.border = 0)", () => {
    const { api, meeting } = embed({ width: 640, height: '50vh' });
    expect(api.getIFrame().getAttribute('style')).toBe('height: 50vh; width: 640px; border: 0px;');
    api.dispose();
    meeting.dispose();
  });

  it('iceServers sits between config and interfaceConfig in the hash (uri.ts prefix order)', () => {
    const { api, meeting } = embed({
      configOverwrite: { a: 1 },
      interfaceConfigOverwrite: { b: 2 },
      iceServers: { replace: [] },
      userInfo: { email: 'e@x.test' },
    });
    const hash = new URL(api.getIFrame().src).hash;
    expect(hash.split('&').map((p) => p.split('=')[0])).toEqual([
      '#jitsi_meet_external_api_id',
      'config.a',
      'iceServers.replace',
      'interfaceConfig.b',
      'userInfo.email',
      'appData.localStorageContent',
    ]);
    api.dispose();
    meeting.dispose();
  });

  it('a request the meeting does not handle: current API.js answers the result {error: {}}, a 2021 one never answers', async () => {
    const current = embed();
    const answer = current.api.getSessionId();
    await vi.advanceTimersByTimeAsync(60);
    await expect(answer).resolves.toEqual({ error: {} });
    current.api.dispose();
    current.meeting.dispose();

    const older = embed({}, { unknownRequests: 'unanswered' });
    let settled = false;
    older.api.getSessionId().then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(settled).toBe(false);
    expect(older.sent().filter((m) => m.type === 'request')).toEqual([{ type: 'request', data: { name: 'session-id' }, id: 1 }]);
    older.api.dispose();
    older.meeting.dispose();
  });
});

/**
 * The 2021 host (`MeetGateExternalAPI.forRelease('2021')`, what the simulator's 2021 mode serves)
 * writes the iframe as jitsi/jitsi-meet@b1a3c5c's external_api.js and uri.js do — checked side by
 * side with that build by scripts/compare-host.mjs: options that host did not have are not written.
 */
describe("the 2021 host's iframe and URL (jitsi/jitsi-meet@b1a3c5c)", () => {
  it('jwt in the query only; no lang, release or iceServers; config, interfaceConfig, devices, userInfo, appData in that order', async () => {
    const { HOST_2021 } = await import('../../../lib/jitsi/host-2021.js');
    const { api, meeting } = embed({
      hostProfile: HOST_2021,
      jwt: 'a.b.c',
      lang: 'de',
      release: 'release-1',
      iceServers: { replace: [] },
      configOverwrite: { a: 1 },
      interfaceConfigOverwrite: { b: 2 },
      devices: { audioInput: 'mic' },
      userInfo: { email: 'e@x.test' },
    });
    expect(api.getIFrame().src).toBe(
      'https://meet.example.org/standup?jwt=a.b.c#jitsi_meet_external_api_id=' +
        `${api.getIFrame().name.replace('jitsiConferenceFrame', '')}&config.a=1&interfaceConfig.b=2&devices.audioInput=%22mic%22` +
        '&userInfo.email=%22e%40x.test%22&appData.localStorageContent=null',
    );
    api.dispose();
    meeting.dispose();
  });

  it('sizes in px, em, pt and % only (parseSizeParam), and no sandbox option', async () => {
    const { HOST_2021 } = await import('../../../lib/jitsi/host-2021.js');
    const { api, meeting } = embed({ hostProfile: HOST_2021, width: 640, height: '50vh', sandbox: 'allow-scripts' });
    expect(api.getIFrame().getAttribute('style')).toBe('width: 640px; border: 0px;');
    expect(api.getIFrame().hasAttribute('sandbox')).toBe(false);
    api.dispose();
    meeting.dispose();
  });

  it('the local participant has no email key (that host kept only avatarURL)', async () => {
    vi.useFakeTimers();
    const { HOST_2021 } = await import('../../../lib/jitsi/host-2021.js');
    const { api, meeting } = embed({ hostProfile: HOST_2021 });
    meeting.sendEvent('video-conference-joined', { roomName: 'standup', id: 'abcd1234', displayName: 'Ann', formattedDisplayName: 'Ann (me)' });
    await vi.advanceTimersByTimeAsync(60);
    const [local] = api.getParticipantsInfo();
    expect(Object.keys(local ?? {}).sort()).toEqual(['avatarURL', 'displayName', 'formattedDisplayName', 'participantId']);
    api.dispose();
    meeting.dispose();
    vi.useRealTimers();
  });
});

describe('the host is an EventEmitter like the real one (the events package external_api.js extends)', () => {
  it.each([
    'on',
    'once',
    'off',
    'addListener',
    'prependListener',
    'prependOnceListener',
    'removeListener',
    'removeAllListeners',
    'emit',
    'listenerCount',
    'listeners',
    'rawListeners',
    'eventNames',
    'setMaxListeners',
    'getMaxListeners',
  ])('has %s', (name) => {
    const { api, meeting } = embed();
    expect(typeof (api as unknown as Record<string, unknown>)[name]).toBe('function');
    api.dispose();
    meeting.dispose();
  });
});

describe('the 2021 host has only the methods of jitsi/jitsi-meet@b1a3c5c', () => {
  it('methods added later are absent, so calling one throws as with that build, and nothing is sent', async () => {
    vi.useFakeTimers();
    const { HOST_2021 } = await import('../../../lib/jitsi/host-2021.js');
    const { METHODS_ADDED_AFTER_2021 } = await import('../../../lib/jitsi/host-2021-methods.js');
    const { api, meeting, sent } = embed({ hostProfile: HOST_2021 });
    const record = api as unknown as Record<string, unknown>;
    for (const name of METHODS_ADDED_AFTER_2021) expect(typeof record[name], name).toBe('undefined');
    expect(() => (record.getRoomsInfo as () => unknown)()).toThrow(TypeError);
    for (const name of ['isAudioMuted', 'getParticipantsInfo', 'executeCommand', 'getAvailableDevices', 'dispose'])
      expect(typeof record[name], name).toBe('function');
    await vi.advanceTimersByTimeAsync(60);
    expect(sent()).toEqual([]);
    api.dispose();
    meeting.dispose();
    vi.useRealTimers();
  });
});
