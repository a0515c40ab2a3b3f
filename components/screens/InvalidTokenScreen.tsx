/**
 * `invalid-token`: the pre-check found errors, so Jitsi was never loaded. Says exactly what is
 * wrong (the inspector's findings, each with its fix) and offers to sign in again.
 */
import { FindingList } from '../card/FindingList.js';
import { InspectionReport } from '../card/InspectionReport.js';
import { format } from '../strings.js';
import { screenTitle } from './announce.js';
import { Action, NoticeText, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The invalid-token screen. */
export function InvalidTokenScreen({ state, strings, actions, focus }: StateScreenProps<'invalid-token'>) {
  return (
    <Screen
      name="invalid-token"
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
        </>
      }
    >
      <p>{state.repeated ? strings.repeatedBody : strings.invalidBody}</p>
      <FindingList
        errors
        findings={state.errors}
        extra={
          state.signatureProblem ? <li data-meetgate-finding="signature">{format(strings.signatureProblem, { reason: state.signatureProblem })}</li> : null
        }
      />
      <InspectionReport info={state.token} strings={strings} withoutErrors />
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}
