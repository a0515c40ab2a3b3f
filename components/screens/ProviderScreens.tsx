/**
 * Token-provider faults: still checking after a few seconds (with a way forward), and the
 * sign-in service not answering — which is not the same as being signed out.
 */
import { useEffect, useState } from 'react';
import type { SourceFailure, StateOf } from '../../lib/session/types.js';
import { format, type MeetingStrings } from '../strings.js';
import { Action, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** After this long, "checking" offers its actions. */
const CHECKING_PATIENCE_MS = 5000;

/** `checking`: busy at first; after 5 s, "Try again" (and "Sign in" when possible). */
export function CheckingScreen({ state, strings, actions, timers }: StateScreenProps<'checking'>) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const handle = timers.setTimeout(() => setLate(true), CHECKING_PATIENCE_MS);
    return () => timers.clearTimeout(handle);
  }, [timers, state]);
  return (
    <Screen
      name="checking"
      title={strings.checkingTitle}
      focus={false}
      busy={!late}
      actions={late ? (
        <>
          <Action name="retry" primary onClick={actions.retry}>{strings.tryAgain}</Action>
          {state.canSignIn ? <Action name="sign-in" onClick={actions.signIn}>{strings.signIn}</Action> : null}
        </>
      ) : undefined}
    >
      {late ? <p className="meetgate-muted">{strings.stillChecking}</p> : null}
    </Screen>
  );
}

function failureReason(failures: SourceFailure[], strings: MeetingStrings): string {
  const code = failures[failures.length - 1]?.code;
  return code === 'timeout' ? strings.sourceTimeout : code === 'invalid-response' ? strings.sourceInvalid : strings.sourceFailed;
}

/** `needs-token` because the sign-in service failed (timeout, error, not a token). */
export function SourceDownScreen({ state, strings, actions, focus }: StateScreenProps<'needs-token'> & { state: StateOf<'needs-token'> & { sourceFailure: SourceFailure[] } }) {
  const sources = [...new Set(state.sourceFailure.map((failure) => strings.sources[failure.source] ?? failure.source))].join(', ');
  const label = sources.charAt(0).toUpperCase() + sources.slice(1);
  return (
    <Screen
      name="needs-token"
      title={strings.sourceDownTitle}
      focus={focus}
      actions={
        <>
          <Action name="retry" primary onClick={actions.retry}>{strings.tryAgain}</Action>
          {state.canSignIn ? <Action name="sign-in" onClick={actions.signIn}>{strings.signIn}</Action> : null}
        </>
      }
    >
      <p data-meetgate-source-failure={state.sourceFailure.map((failure) => failure.code).join(' ')}>
        {format(strings.sourceDownBody, { sources: label, reason: failureReason(state.sourceFailure, strings) })}
      </p>
    </Screen>
  );
}
