/** `waiting-for-host`: members-only until a host arrives; checks again by itself, with backoff. */
import { format } from '../strings.js';
import { useSecondsUntil } from '../use-now.js';
import { screenTitle } from './announce.js';
import { Action, NoticeText, Screen } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The waiting-for-host screen. */
export function WaitingForHostScreen({ state, strings, actions, focus, timers }: StateScreenProps<'waiting-for-host'>) {
  const seconds = useSecondsUntil(timers, state.nextCheckAt);
  return (
    <Screen
      name="waiting-for-host"
      title={screenTitle(state, strings)}
      focus={focus}
      actions={
        <>
          <Action name="retry" primary onClick={actions.retry}>
            {strings.checkNow}
          </Action>
          <Action name="leave" onClick={actions.leave}>
            {strings.leave}
          </Action>
        </>
      }
    >
      <p>{strings.waitingBody}</p>
      <p className="meetgate-muted" data-meetgate-countdown="">
        {state.checking || seconds === null ? strings.waitingChecking : format(strings.waitingNextCheck, { seconds })}
      </p>
      <NoticeText notice={state.notice} strings={strings} />
    </Screen>
  );
}
