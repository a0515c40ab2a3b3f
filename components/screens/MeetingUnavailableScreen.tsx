/**
 * `meeting-unavailable`: the deployment's `external_api.js` did not load. Says what failed in plain
 * words (no network, no answer or an untrusted certificate, the status, a timeout, the page's own
 * Content-Security-Policy) and offers
 * "Try again", which loads the script anew (the SDK's cached failure never sticks).
 */
import type { ScriptFailure } from '../../lib/jitsi/script-loader.js';
import { FRAME_DIRECTIVES } from '../frame-refusal.js';
import { format, type MeetingStrings } from '../strings.js';
import { screenTitle } from './announce.js';
import { Action, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The failure in words. */
export function scriptReason(failure: ScriptFailure, strings: MeetingStrings, origin: string): string {
  switch (failure.kind) {
    case 'offline':
      return strings.scriptOffline;
    case 'unreachable':
      return strings.scriptUnreachable;
    case 'http-error':
      return failure.status === null ? strings.scriptErrorPage : format(strings.scriptStatus, { status: failure.status });
    case 'not-jitsi':
      return strings.scriptNotJitsi;
    case 'timeout':
      return format(strings.scriptTimeout, { seconds: failure.seconds });
    case 'blocked':
      return format(FRAME_DIRECTIVES.test(failure.directive) ? strings.frameBlocked : strings.scriptBlocked, {
        directive: failure.directive,
        origin,
      });
  }
}

/** The line for the site's admin. */
function hintFor(failure: ScriptFailure, strings: MeetingStrings): string {
  if (failure.kind !== 'blocked') return strings.unavailableHint;
  return failure.directive === 'trusted-types' ? strings.trustedTypesHint : strings.blockedHint;
}

/** The meeting-unavailable screen. */
export function MeetingUnavailableScreen({ state, strings, actions, focus }: StateScreenProps<'meeting-unavailable'>) {
  const origin = `https://${state.domain}`;
  const url = `${origin}/external_api.js`;
  return (
    <Screen
      name="meeting-unavailable"
      title={screenTitle(state, strings)}
      focus={focus}
      actions={
        <>
          <Action name="retry" primary onClick={actions.retry}>
            {strings.tryAgain}
          </Action>
          <Action name="leave" onClick={actions.leave}>
            {strings.leave}
          </Action>
        </>
      }
    >
      <p data-meetgate-failure={state.failure.kind}>
        {format(strings.unavailableBody, { domain: state.domain, reason: scriptReason(state.failure, strings, origin) })}
      </p>
      <p className="meetgate-muted">{format(hintFor(state.failure, strings), { url, origin })}</p>
    </Screen>
  );
}
