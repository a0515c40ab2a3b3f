/**
 * `<SecureMeeting>`: a token-aware Jitsi meeting. Takes every prop of `JitsiMeeting` from
 * @jitsi/react-sdk and mounts Jitsi as it does (components/JitsiFrame.tsx), and manages the whole session: token sources,
 * pre-join checks, waiting for the host, expiry, kicks, refusals, hang-up and sign-out — each
 * with a screen that says what happened and what to do next.
 *
 * This module is the part a page loads up front: it renders the "checking" screen (also during
 * server-side rendering) and starts loading Jitsi's `external_api.js` and the meeting runtime
 * (components/runtime) at once, in parallel; the frame, the card and every later screen come
 * from the runtime, which has always arrived by the time the session leaves "checking".
 */
import { useMemo, useRef, type CSSProperties } from 'react';
import type { MeetingState } from '../lib/session/types.js';
import { systemTimers } from '../lib/sources/timers.js';
import type { JitsiPassThroughProps } from './jitsi-props.js';
import { usePrefetchExternalApi } from './prefetch-external-api.js';
import { timingForPrejoin } from './prejoin-timing.js';
import { loadedMeetingRuntime } from './runtime/load.js';
import { CheckingScreen } from './screens/CheckingScreen.js';
import type { MeetingSessionOptions } from './session-options.js';
import { format, mergeStrings, type MeetingStringsOverride } from './strings.js';
import { adoptStylesIfRefused, MeetgateStyles } from './styles.js';
import { useMeetingSession } from './use-meeting-session.js';

/** Props of `<SecureMeeting>`: the session options, MeetGate's display options, and JitsiMeeting's own props. */
export interface SecureMeetingProps extends MeetingSessionOptions, JitsiPassThroughProps {
  /** Replaces any of the texts (translation, wording). */
  strings?: MeetingStringsOverride;
  /**
   * Where the token card goes during the meeting. `auto` (default) never covers the meeting: a side
   * panel docked beside it when the component is at least 52 rem wide, else a one-line chip above it
   * that opens on demand. `panel`: always docked; `overlay`: a corner card over the meeting; `hidden`.
   */
  tokenCard?: 'auto' | 'overlay' | 'panel' | 'hidden';
  /** Origins whose avatars the card loads from unverified tokens; otherwise it shows initials. */
  avatarOrigins?: readonly string[];
  /**
   * A JitsiMeetExternalAPI-compatible class (such as MeetGate's bundled `MeetGateExternalAPI`) to
   * use when the deployment's `external_api.js` cannot be loaded; `onEvent` and the console say so.
   */
  externalApiFallback?: unknown;
  /**
   * The page's Content-Security-Policy nonce, set on MeetGate's `<style>`: for a policy without
   * 'unsafe-inline' in `style-src`, and needed only for server-rendered HTML (in the browser,
   * MeetGate adopts its styles as a constructed stylesheet where the policy refuses the element).
   */
  nonce?: string;
  /** A class for the outer element (`.meetgate` is always set). */
  className?: string;
  style?: CSSProperties;
}

/** Whether moving focus to a new screen helps: not on first load, not for the first screen after "checking". */
function shouldFocus(previous: MeetingState | null, current: MeetingState): boolean {
  if (!previous || previous.status === current.status) return false;
  return previous.status !== 'checking';
}

/** The embeddable meeting. */
export function SecureMeeting(props: SecureMeetingProps) {
  const {
    domain,
    roomName,
    token,
    tokenProvider,
    providerOptions,
    tokenSources,
    tokenSource,
    tokenFromLink,
    allowedTokenOrigins,
    auth,
    autoRedirectAfterKickSeconds,
    inspect,
    verify,
    timing,
    timers,
    navigate,
    onStateChange,
    onEvent,
    strings,
    tokenCard = 'auto',
    avatarOrigins,
    className,
    style,
    externalApiFallback,
    nonce,
    ...jitsi
  } = props;
  const scriptTimeoutMs = (timing?.scriptTimeoutSeconds ?? 8) * 1000;
  // The script first: it is the longest download on the way to the meeting frame.
  usePrefetchExternalApi(domain, roomName, jitsi.release, scriptTimeoutMs);
  const session = useMeetingSession({
    domain,
    roomName,
    token,
    tokenProvider,
    providerOptions,
    tokenSources,
    tokenSource,
    tokenFromLink,
    allowedTokenOrigins,
    auth,
    autoRedirectAfterKickSeconds,
    inspect,
    verify,
    timing: timingForPrejoin(timing, jitsi.configOverwrite),
    timers,
    navigate,
    onStateChange,
    onEvent,
  });
  const text = useMemo(() => mergeStrings(strings), [strings]);
  const local = timers ?? systemTimers;
  const offset = session.clockOffsetMs;
  // Time left and countdowns in the deployment's time, as Prosody will judge them.
  const clock = useMemo(() => (offset === 0 ? local : { ...local, now: () => local.now() + offset }), [local, offset]);
  const { state, meeting } = session;
  const seen = useRef<{ previous: MeetingState | null; current: MeetingState | null }>({ previous: null, current: null });
  if (seen.current.current !== state) seen.current = { previous: seen.current.current, current: state };
  const focus = shouldFocus(seen.current.previous, state);
  // Null until the runtime has arrived; only a running session (which needs it) leaves "checking".
  const runtime = loadedMeetingRuntime();
  const { MeetingFrame, StateScreen, TokenCard, announcement } = runtime ?? {};
  return (
    <div
      ref={adoptStylesIfRefused}
      className={className ? `meetgate ${className}` : 'meetgate'}
      style={style}
      data-meetgate-state={state.status}
      data-meetgate-expiring={state.status === 'in-meeting' && state.expiring ? state.expiring.phase : undefined}
      data-meetgate-card={state.status === 'in-meeting' && tokenCard !== 'hidden' ? tokenCard : undefined}
    >
      <MeetgateStyles nonce={nonce} />
      <div className="meetgate-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-meetgate-live="">
        {state.status === 'checking' ? text.checkingTitle : announcement?.(state, text)}
      </div>
      {meeting && MeetingFrame ? (
        <MeetingFrame
          key={meeting.key}
          meeting={meeting}
          attachApi={session.attachApi}
          releaseApi={session.releaseApi}
          reportFrame={session.reportFrame}
          reportScript={session.reportScript}
          scriptTimeoutMs={scriptTimeoutMs}
          externalApiFallback={externalApiFallback}
          watchdogMs={(timing?.frameWatchdogSeconds ?? 8) * 1000}
          timers={clock}
          domain={domain}
          roomName={roomName}
          title={format(text.meetingFrameTitle, { room: roomName })}
          jitsi={jitsi}
        />
      ) : null}
      {state.status === 'checking' ? (
        <CheckingScreen state={state} strings={text} actions={session.actions} focus={focus} timers={clock} />
      ) : StateScreen ? (
        <StateScreen state={state} strings={text} actions={session.actions} focus={focus} timers={clock} />
      ) : null}
      {state.status === 'in-meeting' && tokenCard !== 'hidden' && TokenCard ? (
        <TokenCard
          info={state.token}
          renewed={state.renewed}
          strings={text}
          timers={clock}
          serverRole={state.serverRole}
          onSignOut={session.actions.signOut}
          placement={tokenCard}
          avatarOrigins={avatarOrigins}
        />
      ) : null}
    </div>
  );
}
