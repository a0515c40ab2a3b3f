/**
 * Token-provider faults: the sign-in service not answering — which is not the same as being
 * signed out. (Still checking after a few seconds is CheckingScreen.tsx.)
 */
import type { SourceFailure, StateOf } from '../../lib/session/types.js';
import { format, type MeetingStrings } from '../strings.js';
import { screenTitle } from './announce.js';
import { RetryActions, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

function failureReason(failures: SourceFailure[], strings: MeetingStrings): string {
  const code = failures[failures.length - 1]?.code;
  return code === 'timeout' ? strings.sourceTimeout : code === 'invalid-response' ? strings.sourceInvalid : strings.sourceFailed;
}

/** `needs-token` because the sign-in service failed (timeout, error, not a token). */
export function SourceDownScreen({
  state,
  strings,
  actions,
  focus,
}: StateScreenProps<'needs-token'> & { state: StateOf<'needs-token'> & { sourceFailure: SourceFailure[] } }) {
  const sources = [...new Set(state.sourceFailure.map((failure) => strings.sources[failure.source] ?? failure.source))].join(', ');
  const label = sources.charAt(0).toUpperCase() + sources.slice(1);
  return (
    <Screen
      name="needs-token"
      title={screenTitle(state, strings)}
      focus={focus}
      actions={<RetryActions canSignIn={state.canSignIn} actions={actions} strings={strings} />}
    >
      <p data-meetgate-source-failure={state.sourceFailure.map((failure) => failure.code).join(' ')}>
        {format(strings.sourceDownBody, { sources: label, reason: failureReason(state.sourceFailure, strings) })}
      </p>
    </Screen>
  );
}
