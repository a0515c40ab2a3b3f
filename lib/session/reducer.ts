/**
 * The session reducer: `transition(model, event, config, now)` → the next model and the side
 * effects to carry out. Pure — no timers, no DOM, no network — so every path is unit-tested.
 */
import { cancelRedirect, goNow, kickedOut, leave, redirectRefused, signOut, tick } from './reduce-exit.js';
import { conferenceJoined, expiryDue, frameAlive, frameSilent, scriptFailed, jitsiError, slowJoin, waitingTimer } from './reduce-jitsi.js';
import { joinTimedOut, pageReady } from './reduce-join.js';
import { reconnectTimer, rejoinNow } from './reduce-reconnect.js';
import { selfElsewhere } from './self-elsewhere.js';
import { retriesSameToken } from './reasons.js';
import { rejoin, signIn, start, tokenFound, tokenNotFound } from './reduce-token.js';
import { askForToken, common, isLive, only, timers, withState } from './model.js';
import type { SessionConfig, SessionEvent, SessionModel, Transition, UserAction } from './types.js';

/** How long a readyToClose waits for a kick that may follow it (both are posted in one task of Jitsi's page). */
const CLOSE_GRACE_MS = 200;

/** What a person's action does in the current state. */
function userAction(model: SessionModel, config: SessionConfig, action: UserAction, now: number): Transition {
  const status = model.state.status;
  switch (action) {
    case 'sign-in':
      return signIn(model, config);
    case 'rejoin':
      return status === 'reconnecting' ? rejoinNow(model, config, now) : rejoin(model, config, now);
    case 'leave':
      return leave(model, config, true, now);
    case 'sign-out':
      return signOut(model, config);
    case 'cancel-redirect':
      return cancelRedirect(model);
    case 'go-now':
      return goNow(model);
    case 'retry':
      // "Check now": start the hidden check at once instead of waiting for the timer.
      if (model.state.status === 'waiting-for-host') return waitingTimer(withState(model, { ...model.state, checking: false }), config, now);
      if (status === 'joining') return slowJoin(model, config, now, true);
      if (status === 'meeting-unavailable') return rejoin(model, config, now);
      // An older build said nothing in time, or the meeting was full: the same token again, in a new frame.
      if (model.state.status === 'rejected' && retriesSameToken(model.state.code)) return rejoin(model, config, now);
      if (status === 'needs-token' || status === 'logged-out' || status === 'checking')
        return only(askForToken(withState(model, { ...common(config), status: 'checking' }), 'initial'));
      return signIn(model, config);
  }
}

/** The next model for `event`. */
export function transition(model: SessionModel, event: SessionEvent, config: SessionConfig, now: number): Transition {
  switch (event.type) {
    case 'start':
      return start(config);
    case 'token-found':
      return tokenFound(model, config, event, now);
    case 'token-not-found':
      return tokenNotFound(model, config, event, now);
    case 'conference-joined':
      return conferenceJoined(model, config, event.participantId, now);
    case 'page-ready':
      return pageReady(model);
    case 'jitsi-error':
      return jitsiError(model, config, event.error, now);
    case 'frame-silent':
      return frameSilent(model, config, now);
    case 'frame-alive':
      return frameAlive(model);
    case 'script-failed':
      return scriptFailed(model, config, event.failure);
    case 'script-loaded':
      return only(model);
    case 'kicked-out':
      return kickedOut(model, config, event.by, now, event.byModerator ?? event.by !== null);
    case 'participant-joined':
    case 'participant-left':
      return only(selfElsewhere(model, event));
    case 'conference-left':
      // Also sent on breakout moves and reloads, so it ends nothing; a hang-up ends with readyToClose.
      return only(model);
    case 'ready-to-close':
      // Jitsi also says readyToClose just before the kick of a participant replaced by the same
      // person joining elsewhere (jitsi/jitsi-meet conference.js at cb51b8e, the KICKED handler with
      // isReplaced): acted on a moment later, so that kick wins (no "ended", no logout redirect).
      return isLive(model.state) ? only({ ...model, timers: timers(model, { close: now + CLOSE_GRACE_MS }) }) : only(model);
    case 'role-changed': {
      const state = model.state;
      if (state.status !== 'in-meeting' || state.participantId !== event.participantId) return only(model);
      return only(withState(model, { ...state, serverRole: event.role }));
    }
    case 'timer':
      if (event.timer === 'retry') return waitingTimer(model, config, now);
      if (event.timer === 'slow') return slowJoin(model, config, now, false);
      if (event.timer === 'join') return joinTimedOut(model, config);
      if (event.timer === 'close') return leave(model, config, false, now);
      if (event.timer === 'expiry') return expiryDue(model, config, now);
      if (event.timer === 'reconnect') return reconnectTimer(model, config, now);
      return tick(model, now);
    case 'redirect-refused':
      return redirectRefused(model, event);
    case 'user':
      return userAction(model, config, event.action, now);
  }
}
