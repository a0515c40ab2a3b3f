/**
 * Leaving: kicked, hung up, left, signed out — and the redirects that follow, each only to an
 * allowed origin (checked when configured and again just before navigating).
 */
import { common, endMeeting, isLive, only, refusedRedirect, timers, unmount, withState } from './model.js';
import type { Countdown, Notice, SessionConfig, SessionEvent, SessionModel, Transition } from './types.js';

/** The local participant was removed: dispose at once (no grey screen) and say by whom. */
export function kickedOut(model: SessionModel, config: SessionConfig, by: string | null, now: number, byModerator = by !== null): Transition {
  if (!isLive(model.state)) return only(model);
  const target = config.redirects['after-kick'];
  const seconds = config.afterKickSeconds;
  const base = unmount(model);
  const countdown: Countdown | null = target?.ok && seconds !== null ? { origin: target.origin, secondsLeft: Math.max(0, Math.ceil(seconds)) } : null;
  const state = { ...common(config, refusedRedirect('after-kick', target)), status: 'kicked' as const, by, byModerator, token: model.tokenInfo, countdown };
  if (countdown && countdown.secondsLeft === 0) return only(withState(base, state), [{ kind: 'redirect', target: 'after-kick' }]);
  return only({ ...withState(base, state), timers: countdown ? { tick: now + 1000 } : {} });
}

/** One second of the kick countdown. */
export function tick(model: SessionModel, now: number): Transition {
  const state = model.state;
  if (state.status !== 'kicked' || !state.countdown) return only({ ...model, timers: timers(model, {}, 'tick') });
  const secondsLeft = state.countdown.secondsLeft - 1;
  const next = withState(model, { ...state, countdown: { ...state.countdown, secondsLeft: Math.max(0, secondsLeft) } });
  if (secondsLeft <= 0) return only({ ...next, timers: {} }, [{ kind: 'redirect', target: 'after-kick' }]);
  return only({ ...next, timers: { tick: now + 1000 } });
}

/** "Stay here": stops the countdown. */
export function cancelRedirect(model: SessionModel): Transition {
  const state = model.state;
  if (state.status !== 'kicked' || !state.countdown) return only(model);
  return only({ ...withState(model, { ...state, countdown: null }), timers: {} });
}

/** "Go now": skips the rest of the kick countdown (the redirect is checked again before navigating). */
export function goNow(model: SessionModel): Transition {
  const state = model.state;
  if (state.status !== 'kicked' || !state.countdown) return only(model);
  return only({ ...withState(model, { ...state, countdown: { ...state.countdown, secondsLeft: 0 } }), timers: {} }, [
    { kind: 'redirect', target: 'after-kick' },
  ]);
}

/** Hang-up seen by Jitsi (`readyToClose`), or the person's "Leave". */
export function leave(model: SessionModel, config: SessionConfig, fromUser: boolean, now: number): Transition {
  const state = model.state;
  if (state.status === 'ended' || state.status === 'logged-out') return only(model);
  if (!fromUser && !isLive(state)) return only(model);
  return endMeeting(model, config, now, model.frame ? [{ kind: 'hangup' }] : []);
}

/** "Leave and sign out": forget every token, then the logout page when allowed. */
export function signOut(model: SessionModel, config: SessionConfig): Transition {
  const logout = config.redirects.logout;
  const effects: Transition['effects'] = [];
  if (model.frame) effects.push({ kind: 'hangup' });
  effects.push({ kind: 'forget-tokens' });
  if (logout?.ok) effects.push({ kind: 'redirect', target: 'logout' });
  const base: SessionModel = { ...unmount(model), token: null, tokenInfo: null, fresh: null };
  return only(
    withState(base, { ...common(config, refusedRedirect('logout', logout)), status: 'logged-out', redirectingTo: logout?.ok ? logout.origin : null }),
    effects,
  );
}

/** The final check before navigating refused the target: stop and say so. */
export function redirectRefused(model: SessionModel, event: Extract<SessionEvent, { type: 'redirect-refused' }>): Transition {
  const notice: Notice = { kind: 'redirect-refused', target: event.target, refusal: event.refusal, shown: event.shown };
  const state = model.state;
  if (state.status === 'kicked') return only({ ...withState(model, { ...state, countdown: null, notice }), timers: {} });
  if (state.status === 'ended' || state.status === 'logged-out') return only(withState(model, { ...state, redirectingTo: null, notice }));
  return only(withState(model, { ...state, notice }));
}
