/**
 * Transitions driven by the Jitsi IFrame API: joined, refused, waiting for the host, the lobby,
 * dropped connections. Jitsi's own password dialog is never left on screen for a token problem.
 */
import { expiresAt, isExpired, refreshDueAt } from './expiry.js';
import { askForToken, common, endMeeting, isLive, join, only, rejected, timers, unmount, waitForHost, withState } from './model.js';
import { readRefusal } from './reasons.js';
import { connectionLost } from './reduce-reconnect.js';
import type { ScriptFailure } from '../jitsi/script-loader.js';
import type { JitsiError, SessionConfig, SessionModel, Transition } from './types.js';

/** At most this many automatic token re-fetches after a refusal, until a join succeeds. */
export const MAX_RECOVERIES = 1;
/** Refused tokens remembered (to never offer them again). */
const REFUSED_MEMORY = 8;

/** The meeting is on. */
export function conferenceJoined(model: SessionModel, config: SessionConfig, participantId: string | null, now: number): Transition {
  const state = model.state;
  if (state.status === 'in-meeting') return only(withState(model, { ...state, participantId: participantId ?? state.participantId }));
  if ((state.status !== 'joining' && state.status !== 'waiting-for-host' && state.status !== 'reconnecting') || !model.frame || !model.tokenInfo)
    return only(model);
  const due = refreshDueAt(model.fresh?.info ?? model.tokenInfo, now, config.expiringLeadMs);
  return only({
    ...model,
    frame: { ...model.frame, hidden: false },
    recoveries: 0,
    timers: due === null ? {} : { expiry: due },
    state: { ...common(config), status: 'in-meeting', token: model.tokenInfo, participantId, serverRole: null, expiring: null, renewed: null },
  });
}

/** The server refused the token: use the fresh one silently if there is one, else say why and try once more. */
function tokenRefused(model: SessionModel, config: SessionConfig, error: JitsiError, now: number): Transition {
  if (model.fresh && model.fresh.token !== model.token) {
    return only(join({ ...model, fresh: null }, config, now, model.fresh.token, model.fresh.info, true));
  }
  const refusal = readRefusal(error, isExpired(model.tokenInfo, now));
  const refused = model.token ? [...model.refused, model.token].slice(-REFUSED_MEMORY) : model.refused;
  const retrying = config.canRefresh && model.recoveries < MAX_RECOVERIES;
  const next: SessionModel = {
    ...unmount(model),
    refused,
    recoveries: retrying ? model.recoveries + 1 : model.recoveries,
    state: rejected(config, refusal.code, model.tokenInfo, refusal.detail, retrying),
  };
  return only(retrying ? askForToken(next, 'rejected') : next);
}

/** Sorts `errorOccurred` by name (lib-jitsi-meet JitsiConferenceErrors / JitsiConnectionErrors). */
export function jitsiError(model: SessionModel, config: SessionConfig, error: JitsiError, now: number): Transition {
  const state = model.state;
  if (!isLive(state)) return only(model);
  // Nobody has opened the room yet: wait for the host (the next check, when waiting already).
  const waiting = () => only(waitForHost(model, config, now, state.status === 'waiting-for-host' ? state.attempt + 1 : 1));
  switch (error.name) {
    case 'conference.connectionError.notAllowed':
      // "Room creation is restricted" and a visitor without main participants mean: nobody has opened the room yet.
      // lib-jitsi-meet 2d430a18..ec98b020 (jitsi-meet 9364, 9457) sent that text alone, with no type before it.
      if (['room-creation-restriction', 'no-main-participants', 'Room creation is restricted'].includes(error.params[0] as string)) return waiting();
      return tokenRefused(model, config, error, now);
    case 'connection.passwordRequired':
      return tokenRefused(model, config, error, now);
    case 'conference.authenticationRequired':
      return waiting();
    case 'conference.connectionError.membersOnly':
      if (error.params[1] === true) return waiting();
      // A plain lobby: the person knocks in Jitsi's own screen, which stays visible.
      return only(state.status === 'joining' ? withState(model, { ...state, lobby: true, slow: false }) : model);
    case 'conference.destroyed':
      // A moderator ended it for everyone (Prosody's end_conference / jitsi-meet "End meeting for all";
      // lib-jitsi-meet JitsiConferenceErrors.CONFERENCE_DESTROYED, its params[0] the reason).
      return endMeeting(model, config, now, [], 'host');
    case 'conference.connectionError.accessDenied':
      return only({ ...unmount(model), state: rejected(config, 'lobby-denied', model.tokenInfo) });
    case 'conference.max_users':
      // Full: Jitsi shows "maxUsersLimitReached" and leaves (jitsi-meet conference.js and
      // react/features/base/conference/middleware, stored 2020–2025); the token is not at fault.
      return only({ ...unmount(model), state: rejected(config, 'meeting-full', model.tokenInfo) });
    default:
      if (error.type !== 'CONNECTION' || !error.isFatal) return only(model);
      // A dropped connection after `exp` cannot be resumed (Prosody re-checks the token): rejoin with the fresh one now.
      if (state.status === 'in-meeting' && model.fresh && isExpired(model.tokenInfo, now)) {
        return only(join({ ...model, fresh: null }, config, now, model.fresh.token, model.fresh.info, true));
      }
      // Joining failed at the network: say so at once and offer "Try again" (Jitsi's overlay reloads too).
      if (state.status === 'joining') return only({ ...withState(model, { ...state, slow: true }), timers: {} });
      return connectionLost(model, config, now, 'connection-lost');
  }
}

/** The meeting page did not answer Jitsi's handshake: say it did not load, or reconnect. */
export function frameSilent(model: SessionModel, config: SessionConfig, now: number): Transition {
  const state = model.state;
  if (state.status === 'joining') return only(withState(model, { ...state, silent: true }));
  return connectionLost(model, config, now, 'frame-silent');
}

/** The deployment's script could not be loaded: say why, with "Try again" (which really loads it again). */
export function scriptFailed(model: SessionModel, config: SessionConfig, failure: ScriptFailure): Transition {
  const state = model.state;
  if ((state.status !== 'joining' && state.status !== 'reconnecting') || !model.tokenInfo) return only(model);
  return only({ ...unmount(model), state: { ...common(config), status: 'meeting-unavailable', token: model.tokenInfo, failure } });
}

/** A page reported silent spoke after all. */
export function frameAlive(model: SessionModel): Transition {
  const state = model.state;
  return only(state.status === 'joining' && state.silent ? withState(model, { ...state, silent: false }) : model);
}

/** The waiting-for-host timer: start a hidden check, or give up on a check that hangs and wait again. */
export function waitingTimer(model: SessionModel, config: SessionConfig, now: number): Transition {
  const state = model.state;
  if (state.status !== 'waiting-for-host' || !model.token) return only(model);
  if (state.checking) return only(waitForHost(model, config, now, state.attempt + 1));
  const key = model.frameCount + 1;
  return only({
    ...model,
    frame: { key, token: model.token, hidden: true },
    frameCount: key,
    timers: { retry: now + config.slowJoinMs },
    state: { ...state, checking: true, nextCheckAt: null },
  });
}

/** The slow-join timer, and the "try again" on a slow join. */
export function slowJoin(model: SessionModel, config: SessionConfig, now: number, retry: boolean): Transition {
  const state = model.state;
  if (state.status !== 'joining' || !model.token || !model.tokenInfo) return only(model);
  // The join timeout keeps running: "slow" is a notice, not the end.
  if (!retry) return only({ ...withState(model, { ...state, slow: true }), timers: timers(model, {}, 'slow') });
  return only(join(model, config, now, model.token, model.tokenInfo, state.rejoin, state.attempt + 1));
}

/** The expiry timer: fetch a fresh token, or say quietly that none can be had. */
export function expiryDue(model: SessionModel, config: SessionConfig, now: number): Transition {
  const state = model.state;
  if (state.status !== 'in-meeting') return only(model);
  const phase = !config.canRefresh ? 'unavailable' : state.expiring?.phase === 'ready' ? 'ready' : 'refreshing';
  const next = { ...withState(model, { ...state, expiring: { phase, expiresAt: expiresAt(model.tokenInfo) ?? now } }), timers: timers(model, {}, 'expiry') };
  return only(config.canRefresh ? askForToken(next, 'expiring') : next);
}
