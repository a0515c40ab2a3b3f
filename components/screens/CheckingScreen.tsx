/**
 * `checking`, the first screen of every meeting (and the one server-side rendering shows): busy
 * at first; still checking after a few seconds, it offers a way forward. Part of the component's
 * entry, as it is shown before the meeting runtime has arrived.
 */
import { useEffect, useState } from 'react';
import { RetryActions, Screen } from './Screen.js';
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
      actions={late ? <RetryActions canSignIn={state.canSignIn} actions={actions} strings={strings} /> : undefined}
    >
      {late ? <p className="meetgate-muted">{strings.stillChecking}</p> : null}
    </Screen>
  );
}
