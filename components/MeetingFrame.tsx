/**
 * One mounted Jitsi meeting, with every pass-through prop of @jitsi/react-sdk's `JitsiMeeting`
 * (mounted as the SDK does, see JitsiFrame.tsx). Like the SDK's, the API ignores prop changes, so
 * this component is keyed by the session (a new token or room gets a new instance) and disposes
 * the API when it unmounts. The `spinner` shows while Jitsi's script loads, as in the SDK.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { Timers } from '../lib/sources/timers.js';
import { watchFrameRefusal } from './frame-refusal.js';
import { watchFrame } from './frame-watchdog.js';
import { useExternalApi } from './use-external-api.js';
import { JitsiFrame } from './JitsiFrame.js';
import { withErrorLogs } from '../lib/session/legacy-signals.js';
import type { JitsiMeetExternalApi, JitsiPassThroughProps } from './jitsi-props.js';
import type { MeetingMount, MeetingSession } from './meeting-session-types.js';

/** Props of `MeetingFrame`. */
export interface MeetingFrameProps {
  meeting: MeetingMount;
  /** Stable functions from `useMeetingSession` (a new identity would dispose the meeting). */
  attachApi: MeetingSession['attachApi'];
  releaseApi: MeetingSession['releaseApi'];
  reportFrame: MeetingSession['reportFrame'];
  reportScript: MeetingSession['reportScript'];
  /** How long `external_api.js` may take, and the API to use when it cannot be loaded. */
  scriptTimeoutMs: number;
  externalApiFallback?: unknown;
  /** How long the meeting page may stay silent after loading. */
  watchdogMs: number;
  timers: Timers;
  domain: string;
  roomName: string;
  /** The iframe's accessible name (Jitsi's own iframe has none). */
  title: string;
  jitsi: JitsiPassThroughProps;
}

/** A hidden check cannot click through Jitsi's pre-join screen, so it skips it. */
function withoutPrejoin(config: object | undefined): object {
  const base = (config ?? {}) as { prejoinConfig?: object };
  return { ...base, prejoinConfig: { ...(base.prejoinConfig ?? {}), enabled: false } };
}

/** The meeting iframe for one session frame. */
export function MeetingFrame(props: MeetingFrameProps) {
  const { meeting, attachApi, releaseApi, reportFrame, reportScript, watchdogMs, timers, domain, roomName, title, jitsi } = props;
  const { key, jwt, hidden } = meeting;
  const report = useCallback((event: Parameters<MeetingSession['reportScript']>[1]) => reportScript(key, event), [reportScript, key]);
  const apiReady = useExternalApi({
    domain,
    roomName,
    release: jitsi.release,
    frameKey: key,
    timeoutMs: props.scriptTimeoutMs,
    fallback: props.externalApiFallback,
    report,
  });
  // Listening from the commit that makes the iframe (JitsiFrame's layout effect runs first): the
  // refusal is dispatched in a later task.
  useLayoutEffect(
    () => watchFrameRefusal(document, domain, (directive) => report({ type: 'script-failed', failure: { kind: 'blocked', directive } })),
    [domain, report],
  );
  const [watched, setWatched] = useState<{ iframe: HTMLIFrameElement; api: JitsiMeetExternalApi } | null>(null);
  useEffect(() => () => releaseApi(key), [releaseApi, key]);
  useEffect(() => {
    const win = watched?.iframe.ownerDocument.defaultView;
    if (!watched || !win) return undefined;
    return watchFrame(watched.iframe, win, watched.api, watchdogMs, timers, {
      silent: () => reportFrame(key, 'silent'),
      alive: () => reportFrame(key, 'alive'),
    });
  }, [watched, key, reportFrame, watchdogMs, timers]);
  const { spinner: Spinner, ...rest } = jitsi;
  const userReady = jitsi.onApiReady;
  const onApiReady = useCallback(
    (api: JitsiMeetExternalApi) => {
      if (!attachApi(api, key)) return;
      const iframe = typeof api.getIFrame === 'function' ? api.getIFrame() : null;
      if (iframe && !iframe.getAttribute('title')) iframe.setAttribute('title', title);
      if (iframe && iframe.tagName === 'IFRAME') setWatched({ iframe: iframe as HTMLIFrameElement, api });
      userReady?.(api);
    },
    [attachApi, key, userReady, title],
  );
  return (
    <div data-meetgate-frame={key} data-meetgate-hidden={hidden || undefined} aria-hidden={hidden || undefined} inert={hidden || undefined}>
      {apiReady ? (
        <JitsiFrame
          {...rest}
          domain={domain}
          roomName={roomName}
          jwt={jwt}
          configOverwrite={withErrorLogs(hidden ? withoutPrejoin(jitsi.configOverwrite) : jitsi.configOverwrite)}
          onApiReady={onApiReady}
        />
      ) : Spinner ? (
        <Spinner />
      ) : null}
    </div>
  );
}
