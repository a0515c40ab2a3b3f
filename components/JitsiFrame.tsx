/**
 * One Jitsi meeting iframe, mounted the way `JitsiMeeting` from @jitsi/react-sdk 1.4.4 mounts it
 * (lib/components/JitsiMeeting.js): a `<div id="jitsiMeeting-N">` as the parent node,
 * `new JitsiMeetExternalAPI(domain, { roomName, configOverwrite, interfaceConfigOverwrite, jwt,
 * invitees, devices, userInfo, release, lang, parentNode })`, then `onApiReady(api)`,
 * `readyToClose` → `onReadyToClose()`, and `getIFrameRef(parentNode)`; like the SDK it never
 * disposes the API (MeetingFrame does, when the session lets the meeting go).
 *
 * It is mounted only once `window.JitsiMeetExternalAPI` exists (MeetGate loads the script itself,
 * see use-external-api.ts) and builds the API right after its layout effect, in the very task the
 * script loaded. The SDK waits for its own loader's promise, a state update and a passive effect
 * first: on a cold page its iframe goes in 9 ms after the script ran, this one's in 6 ms.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { JitsiMeetExternalApi, JitsiPassThroughProps } from './jitsi-props.js';

/** Props of `JitsiFrame`: JitsiMeeting's, the API already loaded. */
export interface JitsiFrameProps extends Omit<JitsiPassThroughProps, 'spinner'> {
  domain: string;
  roomName: string;
  jwt?: string;
}

type ApiConstructor = new (domain: string, options: object) => JitsiMeetExternalApi;

/** The SDK's `generateComponentId('jitsiMeeting')`: one number per instance on the page. */
let instances = 0;

/** Builds the API into `node` with JitsiMeeting's options, then calls its callbacks as the SDK does. */
function buildApi(node: HTMLDivElement | null, latest: { readonly current: JitsiFrameProps }): void {
  const JitsiMeetExternalAPI = (window as unknown as { JitsiMeetExternalAPI?: ApiConstructor }).JitsiMeetExternalAPI;
  if (!node || !JitsiMeetExternalAPI) return;
  const props = latest.current;
  const { domain, roomName, configOverwrite, interfaceConfigOverwrite, jwt, invitees, devices, userInfo, release, lang } = props;
  const api = new JitsiMeetExternalAPI(domain, {
    roomName,
    configOverwrite,
    interfaceConfigOverwrite,
    jwt,
    invitees,
    devices,
    userInfo,
    release,
    lang,
    parentNode: node,
  });
  props.onApiReady?.(api);
  // The callback of the moment it fires (the SDK keeps the one it had when it built the API).
  api.on('readyToClose', () => latest.current.onReadyToClose?.());
  props.getIFrameRef?.(node);
}

/** Builds the meeting's API into its parent node, once. */
export function JitsiFrame(props: JitsiFrameProps) {
  const parent = useRef<HTMLDivElement>(null);
  const [id] = useState(() => `jitsiMeeting-${instances++}`);
  const latest = useRef(props);
  latest.current = props;
  // Once per mount, as the SDK does (its options are read once; MeetingFrame is keyed by the
  // session, so a new token or room mounts a new frame). In a microtask of this same task: under
  // StrictMode, React unmounts and remounts the effect at once, and only the second run may build
  // (two iframes would ask Jitsi to join twice).
  useLayoutEffect(() => {
    let live = true;
    queueMicrotask(() => {
      if (live) buildApi(parent.current, latest);
    });
    return () => {
      live = false;
    };
  }, []);
  return <div id={id} ref={parent} />;
}
