/**
 * `rejected`: Jitsi refused the token. The reason in plain words (and the server's own words),
 * re-authentication — never Jitsi's username/password prompt.
 */
import { format } from '../strings.js';
import { Action, NoticeText, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The rejected screen. */
export function RejectedScreen({ state, strings, actions, focus }: StateScreenProps<'rejected'>) {
  return (
    <Screen
      name="rejected"
      title={strings.rejectedTitle}
      focus={focus}
      busy={state.retrying}
      actions={
        state.retrying ? null : (
          <>
            {state.canSignIn ? <Action name="sign-in" primary onClick={actions.signIn}>{strings.signInAgain}</Action> : null}
            <Action name="leave" onClick={actions.leave}>{strings.leave}</Action>
          </>
        )
      }
    >
      <p data-meetgate-reason={state.code}>{strings.rejection[state.code]}</p>
      {state.detail ? <p className="meetgate-muted">{format(strings.rejectedDetail, { detail: state.detail })}</p> : null}
      {state.retrying ? <p className="meetgate-muted">{strings.rejectedRetrying}</p> : null}
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}
