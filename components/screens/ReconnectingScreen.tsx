/**
 * `reconnecting`: the connection was lost. While a meeting page is mounted (Jitsi's own reload,
 * or MeetGate's remount) a slim bar over it — the page's own overlay and error text stay visible —
 * with "Rejoin now" and "Leave"; while a fresh sign-in is fetched first, a full screen.
 */
import { format } from '../strings.js';
import { useSecondsUntil } from '../use-now.js';
import { Action, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The reconnecting bar or screen. */
export function ReconnectingScreen({ state, strings, actions, focus, timers }: StateScreenProps<'reconnecting'>) {
  // While Jitsi reloads by itself, its own overlay counts down: this bar does not.
  const seconds = useSecondsUntil(timers, state.nextAttemptAt, !state.jitsiReloading);
  if (state.renewing) {
    return (
      <Screen
        name="reconnecting"
        title={strings.reconnectingTitle}
        focus={focus}
        busy
        actions={
          <Action name="leave" onClick={actions.leave}>
            {strings.leave}
          </Action>
        }
      >
        <p>{strings.reconnectingRenewing}</p>
      </Screen>
    );
  }
  const text = state.jitsiReloading
    ? strings.reconnectingJitsi
    : `${format(strings.reconnectingAttempt, { domain: state.domain, attempt: state.attempt })}${seconds === null ? '' : ` ${format(strings.reconnectingNext, { seconds })}`}`;
  return (
    // At the bottom: Jitsi's reload overlay and an error page's own text stay readable above it.
    <div
      className="meetgate-bar meetgate-quiet"
      role="region"
      aria-label={strings.reconnectingTitle}
      data-meetgate-screen="reconnecting"
      data-meetgate-jitsi-reloading={state.jitsiReloading || undefined}
    >
      <span>{text}</span>
      <Action name="rejoin" primary onClick={actions.rejoin}>
        {strings.rejoinNow}
      </Action>
      <Action name="leave" onClick={actions.leave}>
        {strings.leave}
      </Action>
    </div>
  );
}
