/** `needs-token`: "Sign in to join" with the way to do it (looking for a token is `checking`). */
import { format } from '../strings.js';
import { screenTitle } from './announce.js';
import { Action, NoticeText, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The needs-token screen. */
export function NeedsTokenScreen({ state, strings, actions, focus }: StateScreenProps<'needs-token'>) {
  return (
    <Screen
      name="needs-token"
      title={screenTitle(state, strings)}
      focus={focus}
      actions={
        <>
          {state.canSignIn ? (
            <Action name="sign-in" primary onClick={actions.signIn}>
              {strings.signIn}
            </Action>
          ) : null}
          <Action name="retry" onClick={actions.retry}>
            {strings.tryAgain}
          </Action>
        </>
      }
    >
      <p>{state.canSignIn ? format(strings.needsTokenBody, { room: state.room }) : strings.needsTokenNoWay}</p>
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}
