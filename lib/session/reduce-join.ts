/**
 * The bounded join for older Jitsi builds. A 2020–21 web app sends no `ready` and no
 * `errorOccurred` (jitsi/jitsi-meet external_api.js at b1a3c5c): when Prosody refuses the token at
 * login, conference.js `connect()` calls `APP.UI.notifyTokenAuthFailed()` — a dialog inside the
 * frame — and the host page hears nothing more (only an error log line, when the deployment
 * forwards logs). So a page that never said `ready` gets `joinTimeoutMs` to join; then the
 * meeting gives way to the rejected screen with reason `no-answer` and Try again. A page that says
 * `ready` reports its refusals itself and is never timed out.
 */
import { only, rejected, timers, unmount } from './model.js';
import type { SessionConfig, SessionModel, Transition } from './types.js';

/** The page said `ready`: a current build, which reports refusals itself. */
export function pageReady(model: SessionModel): Transition {
  return model.timers.join === undefined ? only(model) : only({ ...model, timers: timers(model, {}, 'join') });
}

/**
 * The join timer fired. Nothing changes in a lobby (the person is knocking in Jitsi's own form)
 * or for a page that did not load (its own bar says so); otherwise the frame goes. The token is
 * not counted as refused: the server may only be slow, so Try again uses it again.
 */
export function joinTimedOut(model: SessionModel, config: SessionConfig): Transition {
  const state = model.state;
  // A timer the model no longer holds (the page said `ready` meanwhile) is stale.
  if (model.timers.join === undefined) return only(model);
  // Spent either way: a due time left in the model would be set again at once, and fire again.
  if (state.status !== 'joining' || state.lobby || state.silent) return only({ ...model, timers: timers(model, {}, 'join') });
  return only({ ...unmount(model), state: rejected(config, 'no-answer', state.token) });
}
