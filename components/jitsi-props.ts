/**
 * The props of @jitsi/react-sdk's `JitsiMeeting` that MeetGate passes through, and the API object
 * it hands to `onApiReady`, declared here: MeetGate mounts Jitsi as `JitsiMeeting` does
 * (JitsiFrame.tsx) without shipping the SDK, and the SDK's own declarations pull in Node's
 * `events`, which a browser app's type check should not need. test/components/jitsi-frame.test.tsx
 * keeps them compatible with the SDK's (`IJitsiMeetingProps` in @jitsi/react-sdk 1.4.4, lib/types).
 */
import type { ElementType } from 'react';

/** The part of Jitsi's `JitsiMeetExternalAPI` most pages use (the object is the full API). */
export interface JitsiMeetExternalApi {
  /** Runs an IFrame API command, such as `hangup` or `toggleAudio`. */
  executeCommand: (name: string, ...args: any[]) => void;
  executeCommands: (commands: { [command: string]: any[] }) => void;
  /** Removes the listeners and the iframe. MeetGate disposes the API itself when the meeting ends. */
  dispose: () => void;
  getIFrame: () => HTMLElement;
  getParticipantsInfo: () => object[];
  getNumberOfParticipants: () => number;
  getDisplayName: (participantId: string) => string;
  isAudioMuted: () => Promise<boolean>;
  isVideoMuted: () => Promise<boolean>;
  /** Listens to an IFrame API event (`videoConferenceJoined`, `participantKickedOut`, …). */
  on: (event: string, listener: (...args: any[]) => void) => unknown;
  off: (event: string, listener: (...args: any[]) => void) => unknown;
  addListener: (event: string, listener: (...args: any[]) => void) => unknown;
  removeListener: (event: string, listener: (...args: any[]) => void) => unknown;
}

/** `JitsiMeeting`'s props that `<SecureMeeting>` passes through untouched (all but domain, roomName and jwt). */
export interface JitsiPassThroughProps {
  configOverwrite?: object;
  interfaceConfigOverwrite?: object;
  invitees?: [];
  devices?: { audioInput: string; audioOutput: string; videoInput: string };
  userInfo?: { displayName: string; email: string };
  lang?: string;
  /** A Jitsi Meet release (`release-1234`): external_api.js is loaded with `?release=`. */
  release?: string;
  spinner?: ElementType;
  onApiReady?: (api: JitsiMeetExternalApi) => void;
  onReadyToClose?: () => void;
  getIFrameRef?: (parentNode: HTMLDivElement) => void;
}
