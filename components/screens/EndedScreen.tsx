/** `ended` and `logged-out`: on the way to the logout page, or a final screen with the next step. */
import { format } from '../strings.js';
import { screenTitle } from './announce.js';
import { Action, NoticeText, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The ended screen: "Rejoin" or "Leave and sign out". */
export function EndedScreen({ state, strings, actions, focus }: StateScreenProps<'ended'>) {
  if (state.redirectingTo) {
    return (
      <Screen name="ended" title={screenTitle(state, strings)} focus={focus} busy>
        <p>{format(strings.redirecting, { origin: state.redirectingTo })}</p>
      </Screen>
    );
  }
  return (
    <Screen
      name="ended"
      title={screenTitle(state, strings)}
      focus={focus}
      actions={
        <>
          {state.canRejoin ? (
            <Action name="rejoin" primary onClick={actions.rejoin}>
              {strings.rejoin}
            </Action>
          ) : null}
          <Action name="sign-out" onClick={actions.signOut}>
            {strings.signOut}
          </Action>
        </>
      }
    >
      <p>{state.endedBy === 'host' ? strings.endedByHostBody : strings.endedBody}</p>
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}

/** The logged-out screen. */
export function LoggedOutScreen({ state, strings, actions, focus }: StateScreenProps<'logged-out'>) {
  return (
    <Screen
      name="logged-out"
      title={screenTitle(state, strings)}
      focus={focus}
      busy={Boolean(state.redirectingTo)}
      actions={
        state.redirectingTo ? null : (
          <>
            {state.canSignIn ? (
              <Action name="sign-in" primary onClick={actions.signIn}>
                {strings.signInAgain}
              </Action>
            ) : (
              <Action name="retry" primary onClick={actions.retry}>
                {strings.startAgain}
              </Action>
            )}
            <Action name="back" onClick={actions.back}>
              {strings.back}
            </Action>
          </>
        )
      }
    >
      <p>{state.redirectingTo ? format(strings.redirecting, { origin: state.redirectingTo }) : strings.loggedOutBody}</p>
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}
