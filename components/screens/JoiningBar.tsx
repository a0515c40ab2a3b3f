/**
 * `joining`: a slim status bar over the meeting, not a curtain — Jitsi's own pre-join and lobby
 * screens stay usable underneath (hiding the iframe until joined leaves people stuck there).
 */
import { format } from '../strings.js';
import { Action } from './Screen.js';
import type { StateScreenProps } from './screen-props.js';

/** The joining status bar. */
export function JoiningBar({ state, strings, actions }: StateScreenProps<'joining'>) {
  const text = state.silent
    ? format(strings.joiningSilent, { domain: state.domain })
    : state.slow
      ? format(strings.joiningSlow, { domain: state.domain })
      : state.lobby
        ? strings.joiningLobby
        : format(strings.joiningTitle, { room: state.room });
  return (
    // A page that did not load shows its own error text at the top: the bar goes to the bottom.
    <div
      className={state.silent ? 'meetgate-bar meetgate-quiet' : 'meetgate-bar'}
      data-meetgate-screen="joining"
      data-meetgate-slow={state.slow || undefined}
      data-meetgate-silent={state.silent || undefined}
    >
      <span>{text}</span>
      {state.slow || state.silent ? (
        <Action name="retry" onClick={actions.retry}>
          {strings.tryAgain}
        </Action>
      ) : null}
    </div>
  );
}
