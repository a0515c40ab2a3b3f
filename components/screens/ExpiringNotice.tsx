/**
 * The quiet notice of `in-meeting` when no fresh token could be had before `exp`: the meeting
 * goes on (Prosody does not cut it), but a reconnect would fail. Silent while a refresh runs or
 * a fresh token is ready. With nothing to say it renders a hidden `data-meetgate-screen="in-meeting"`
 * marker, the hook host styles and tests find for every state.
 */
import { format, formatDuration } from '../strings.js';
import { useNow } from '../use-now.js';
import { Action } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The expiring notice, or nothing. */
export function ExpiringNotice({ state, strings, actions, timers }: StateScreenProps<'in-meeting'>) {
  const expiring = state.expiring;
  const now = useNow(timers, expiring?.phase === 'unavailable');
  if (expiring?.phase !== 'unavailable') {
    // The same person in another window: said quietly, so nobody kicks themselves.
    if (state.selfElsewhere?.length)
      return (
        <div className="meetgate-bar meetgate-quiet" data-meetgate-screen="self-elsewhere" role="note">
          <span>{strings.selfElsewhere}</span>
        </div>
      );
    // Nothing to say: an empty, hidden marker, so every state (this one included) has its `data-meetgate-screen`.
    return <div hidden data-meetgate-screen="in-meeting" />;
  }
  const left = expiring.expiresAt - now;
  return (
    <div className="meetgate-bar meetgate-quiet" data-meetgate-screen="expiring" role="note">
      <span>{left > 0 ? format(strings.expiringNotice, { time: formatDuration(left, strings) }) : strings.expiredNotice}</span>
      {state.canSignIn ? (
        <Action name="sign-in" onClick={actions.signIn}>
          {strings.signInAgain}
        </Action>
      ) : null}
    </div>
  );
}
