/**
 * `kicked`: the meeting is already disposed (no grey screen). Says who removed the person and
 * offers to sign in again (perhaps as someone else) or leave; an automatic redirect counts down
 * visibly and can be stopped.
 */
import { format } from '../strings.js';
import { screenTitle, siteName } from './announce.js';
import { Action, NoticeText, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The kicked screen. */
export function KickedScreen({ state, strings, actions, focus }: StateScreenProps<'kicked'>) {
  return (
    <Screen
      name="kicked"
      title={screenTitle(state, strings)}
      focus={focus}
      actions={
        <>
          {state.canSignIn ? (
            <Action name="sign-in" primary onClick={actions.signIn}>
              {strings.signInAgain}
            </Action>
          ) : null}
          <Action name="leave" onClick={actions.leave}>
            {strings.leave}
          </Action>
          {state.countdown ? (
            <Action name="go-now" onClick={actions.goNow}>
              {format(strings.goNow, { origin: siteName(state.countdown.origin) })}
            </Action>
          ) : null}
          {state.countdown ? (
            <Action name="cancel-redirect" onClick={actions.cancelRedirect}>
              {strings.stayHere}
            </Action>
          ) : null}
        </>
      }
    >
      <p>{state.canSignIn ? strings.kickedBody : strings.kickedBodyNoSignIn}</p>
      {state.countdown ? (
        <p className="meetgate-muted" data-meetgate-countdown={state.countdown.secondsLeft}>
          {format(strings.kickedCountdown, { origin: siteName(state.countdown.origin), seconds: state.countdown.secondsLeft })}
        </p>
      ) : null}
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}
