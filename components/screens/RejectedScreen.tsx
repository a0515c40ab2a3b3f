/**
 * `rejected`: Jitsi refused the token. The reason in plain words (and the server's own words),
 * re-authentication — never Jitsi's username/password prompt. Without the server's words (Prosody
 * sends none for most SASL failures; older Jitsi builds pass none to the page) the inspector's
 * explanation of the token stands in: its errors and warnings, and the full report. An older build
 * that said nothing at all in time (`no-answer`) may only be slow, so Try again comes first.
 */
import { retriesSameToken } from '../../lib/session/reasons.js';
import { FindingList } from '../card/FindingList.js';
import { InspectionReport } from '../card/InspectionReport.js';
import { format } from '../strings.js';
import { screenTitle } from './announce.js';
import { Action, NoticeText, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The rejected screen. */
export function RejectedScreen({ state, strings, actions, focus }: StateScreenProps<'rejected'>) {
  // Try again first where it joins anew with the same token (lib/session/reasons.ts).
  const tryAgainFirst = retriesSameToken(state.code);
  // A full meeting is no fault of the token: no inspector's view of it.
  const token = state.detail === null && state.code !== 'meeting-full' ? state.token : null;
  const shown = token ? token.report.findings.filter((finding) => finding.severity !== 'info').slice(0, 3) : [];
  return (
    <Screen
      name="rejected"
      title={screenTitle(state, strings)}
      focus={focus}
      busy={state.retrying}
      actions={
        state.retrying ? null : (
          <>
            {tryAgainFirst ? (
              <Action name="retry" primary onClick={actions.retry}>
                {strings.tryAgain}
              </Action>
            ) : null}
            {state.canSignIn ? (
              <Action name="sign-in" primary={!tryAgainFirst} onClick={actions.signIn}>
                {strings.signInAgain}
              </Action>
            ) : null}
            <Action name="leave" onClick={actions.leave}>
              {strings.leave}
            </Action>
          </>
        )
      }
    >
      <p data-meetgate-reason={state.code}>{strings.rejection[state.code]}</p>
      {state.detail ? <p className="meetgate-muted">{format(strings.rejectedDetail, { detail: state.detail })}</p> : null}
      {token ? (
        <div data-meetgate-inspector="">
          {shown.length > 0 ? (
            <>
              <p>{strings.rejectedInspector}</p>
              <FindingList findings={shown} />
            </>
          ) : (
            <p className="meetgate-muted">{strings.rejectedInspectorClean}</p>
          )}
          <InspectionReport info={token} strings={strings} />
        </div>
      ) : null}
      {state.retrying ? <p className="meetgate-muted">{strings.rejectedRetrying}</p> : null}
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}
