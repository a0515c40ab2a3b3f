/**
 * A lost connection is a state. When Jitsi reports a fatal connection error (or the meeting page
 * stops answering), the session leaves `in-meeting` for `reconnecting`:
 * - while the token is good, Jitsi's own page-reload overlay gets `reconnectGraceMs` to reload the
 *   meeting page (it rejoins with the token in its address; jitsi/jitsi-meet
 *   react/features/overlay/components/web/AbstractPageReloadOverlay.tsx, commit 0bea2926): its
 *   `videoConferenceJoined` brings the session back to `in-meeting`;
 * - when that reload cannot succeed (the token expired or was refused) or does not happen, MeetGate
 *   steps in: a fresh token when needed, then a clean remount, again with backoff until one joins.
 * "Rejoin now" and "Leave" are offered throughout.
 */
import { backoffDelay } from '../sources/timers.js';
import { expiresAt } from './expiry.js';
import { askForToken, common, join, only, rejected, timers, tokenStillGood, unmount, withState } from './model.js';
import type { SessionConfig, SessionModel, StateOf, TokenInfo, Transition } from './types.js';

type Reconnecting = StateOf<'reconnecting'>;

function reconnecting(config: SessionConfig, info: TokenInfo, fields: Omit<Reconnecting, 'status' | 'token' | keyof ReturnType<typeof common>>): Reconnecting {
  return { ...common(config), status: 'reconnecting', token: info, ...fields };
}

/** A clean remount with `token` (as `join` mounts one), timed to try again with backoff if it does not join. */
function remount(
  model: SessionModel,
  config: SessionConfig,
  now: number,
  token: string,
  info: TokenInfo,
  attempt: number,
  cause: Reconnecting['cause'],
): SessionModel {
  const at = now + backoffDelay(attempt - 1, config.reconnectBackoff.baseMs, config.reconnectBackoff.maxMs);
  return {
    ...join(model, config, now, token, info, true, attempt),
    timers: { reconnect: at },
    state: reconnecting(config, info, { cause, jitsiReloading: false, attempt, nextAttemptAt: at, renewing: false }),
  };
}

/** MeetGate's next step: remount with a good token, or fetch a fresh one first. */
function stepIn(model: SessionModel, config: SessionConfig, now: number, attempt: number, cause: Reconnecting['cause']): Transition {
  const fresh = model.fresh;
  if (tokenStillGood(model, now) && model.token && model.tokenInfo) {
    return only(remount(model, config, now, model.token, model.tokenInfo, attempt, cause));
  }
  if (fresh && !model.refused.includes(fresh.token) && (expiresAt(fresh.info) ?? Infinity) > now) {
    return only(remount({ ...model, fresh: null }, config, now, fresh.token, fresh.info, attempt, cause));
  }
  const info = model.tokenInfo;
  if (!info) return only(model);
  if (!config.canRefresh) {
    // Nothing can renew the token here: say it expired, with the way to sign in again.
    return only({ ...unmount(model), state: rejected(config, 'expired', info) });
  }
  // The token in the meeting page's address would be refused: no reload with it, a fresh one first.
  const waiting = { ...unmount(model), state: reconnecting(config, info, { cause, jitsiReloading: false, attempt, nextAttemptAt: null, renewing: true }) };
  return only(askForToken(waiting, 'expiring'));
}

/** A fatal connection error or a silent meeting page while in the meeting. */
export function connectionLost(model: SessionModel, config: SessionConfig, now: number, cause: Reconnecting['cause']): Transition {
  const state = model.state;
  if (state.status === 'reconnecting') {
    // Jitsi's reloaded page did not come back: step in now rather than at the end of the grace.
    return state.jitsiReloading && cause === 'frame-silent' ? stepIn(model, config, now, 1, state.cause) : only(model);
  }
  if (state.status !== 'in-meeting' || !model.tokenInfo) return only(model);
  if (!tokenStillGood(model, now) || cause === 'frame-silent') return stepIn(model, config, now, 1, cause);
  const at = now + config.reconnectGraceMs;
  return only({
    ...model,
    // Only this timer: the expiry refresh resumes when the meeting is back.
    timers: { reconnect: at },
    state: reconnecting(config, model.tokenInfo, { cause, jitsiReloading: true, attempt: 0, nextAttemptAt: at, renewing: false }),
  });
}

/** The reconnect timer: the previous attempt did not join; try again. */
export function reconnectTimer(model: SessionModel, config: SessionConfig, now: number): Transition {
  const state = model.state;
  const next = { ...model, timers: timers(model, {}, 'reconnect') };
  if (state.status !== 'reconnecting' || state.renewing) return only(next);
  return stepIn(next, config, now, state.attempt + 1, state.cause);
}

/** "Rejoin now" while reconnecting: the next attempt at once. */
export function rejoinNow(model: SessionModel, config: SessionConfig, now: number): Transition {
  const state = model.state;
  if (state.status !== 'reconnecting') return only(model);
  if (state.renewing) return only(withState(model, state));
  return stepIn(model, config, now, state.attempt + 1, state.cause);
}
