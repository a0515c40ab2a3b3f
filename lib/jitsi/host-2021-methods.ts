/**
 * The public methods current external_api.js has and the 2021 one (jitsi/jitsi-meet@b1a3c5c) had
 * not, found by scripts/compare-host.mjs (listing both builds' prototypes). The 2021 host API hides
 * them, so a page feature-testing `api.getRoomsInfo` sees what it sees with that server's own
 * script — and does not send requests a 2021 meeting never answers. Kept on purpose:
 * `getSupportedCommands` and `getSupportedEvents` (also later additions), which send nothing and tell
 * a page exactly what this 2021 host supports.
 */
export const METHODS_ADDED_AFTER_2021 = Object.freeze([
  'captureCameraPicture',
  'getCustomAvatarBackgrounds',
  'getDeploymentInfo',
  'getRoomsInfo',
  'getSessionId',
  'getSharedDocumentUrl',
  'hidePiP',
  'isAudioDisabled',
  'isModerationOn',
  'isP2pActive',
  'isParticipantForceMuted',
  'isParticipantsPaneOpen',
  'isStartSilent',
  'isVisitor',
  'listBreakoutRooms',
  'setMediaEncryptionKey',
  'setVirtualBackground',
  'showPiP',
  'toggleE2EE',
  'updateNumberOfParticipants',
] as const);

/** Shadows each of those methods on `api` with an own, non-enumerable `undefined`. */
export function hideLaterMethods(api: object): void {
  for (const name of METHODS_ADDED_AFTER_2021) {
    Object.defineProperty(api, name, { value: undefined, enumerable: false, configurable: true, writable: true });
  }
}
