/**
 * meetgate/jitsi — Jitsi Meet's IFrame API protocol, framework-free: the postis framing and
 * Transport, the event and command name tables, the host-side `MeetGateExternalAPI` (a drop-in for
 * `window.JitsiMeetExternalAPI`) and the iframe-side endpoint used by the simulator's meeting page.
 */
export { MeetGateExternalAPI, type ExternalApiOptions } from './external-api.js';
export { CURRENT_HOST, HOST_2021, hostProfile, type HostProfile } from './host-2021.js';
export { Roster, type ParticipantInfo, type RosterSignal } from './roster.js';
export { installExternalApi, type ExternalApiHost } from './install.js';
export {
  createMeetingEndpoint,
  type CommandHandler,
  type MeetingEndpoint,
  type MeetingEndpointOptions,
  type RequestHandler,
} from './endpoint.js';
export { createPostis, READY_METHOD, READY_INTERVAL_MS, type Postis, type PostisOptions } from './postis.js';
export { createTransport, TRANSPORT_METHOD, type Transport, type Respond, type EventListener, type RequestListener } from './transport.js';
export { COMMAND_NAMES, EVENT_NAMES, HOST_REQUEST_NAMES, hostEventName, wireCommandName } from './names.js';
export {
  LOCAL_STORAGE_KEY,
  MAX_CONTENT_CHARS,
  browserLocalStorageContent,
  memoryLocalStorageContent,
  withoutTokens,
  type LocalStorageContentStore,
} from './local-storage-content.js';
export {
  CONFERENCE_ERRORS,
  CONNECTION_ERRORS,
  MEETING_TERMINATED_REASON,
  conferenceError,
  connectionError,
  isFatalError,
  readJitsiError,
  type NotAllowedType,
} from './errors.js';
export { buildMeetingUrl, isValidDomain, parseMeetingUrl, type MeetingLocation, type MeetingUrlOptions } from './meeting-url.js';
export { FRAME_ALLOW, createMeetingFrame, frameName, parseSize, type FrameOptions } from './frame.js';
export { Emitter, type Listener } from './emitter.js';
export type {
  ConferenceJoinedData,
  HostEventMap,
  JitsiError,
  JitsiErrorType,
  KickParty,
  KickedOutData,
  MessageSource,
  MessageTarget,
  ParticipantJoinedData,
  ParticipantRole,
  PostisFrame,
  Timers,
  TransportMessage,
  WireEventMap,
} from './types.js';
