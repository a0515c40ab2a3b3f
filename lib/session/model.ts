/**
 * Building blocks of the reducer: each returns a new model for one kind of move (join, leave the
 * meeting, end, ask for a token). Pure functions of (model, config, now).
 */
import { backoffDelay } from '../sources/timers.js';
import type { TokenReport } from '../token/types.js';
import type { TokenSourceKind, TokenRequestReason } from '../sources/types.js';
import type { RedirectCheck } from '../redirect/check.js';
import { expiresAt } from './expiry.js';
import type {
  MeetingState,
  Notice,
  RedirectTarget,
  RejectionCode,
  SessionConfig,
  SessionEffect,
  SessionModel,
  StateOf,
  TimerName,
  TokenInfo,
  Transition,
} from './types.js';

/** The fields every state carries. */
export function common(config: SessionConfig, notice: Notice | null = null) {
  return { room: config.room, domain: config.domain, canSignIn: canSignIn(config), notice };
}

/** The notice for a configured redirect its check refused, else null. */
export function refusedRedirect(target: RedirectTarget, check: RedirectCheck | null): Notice | null {
  return check && !check.ok ? { kind: 'redirect-refused', target, refusal: check.refusal, shown: check.shown } : null;
}

/** The `rejected` state: the meeting is gone, `code` says why. */
export function rejected(
  config: SessionConfig,
  code: RejectionCode,
  token: TokenInfo | null,
  detail: string | null = null,
  retrying = false,
): StateOf<'rejected'> {
  return { ...common(config), status: 'rejected', code, detail, token, retrying };
}

/** Whether "sign in" can do anything: a source that can be asked again, or an allowed login page. */
export function canSignIn(config: SessionConfig): boolean {
  return config.canRefresh || config.redirects.login?.ok === true;
}

/** The report as states carry it: without the raw token. */
export function tokenInfo(report: TokenReport, source: TokenSourceKind, verified: boolean): TokenInfo {
  return { report: { ...report, token: null }, source, verification: verified ? 'verified' : 'unverified' };
}

/** The model before anything happened. */
export function initialModel(config: SessionConfig): SessionModel {
  return {
    state: { ...common(config), status: 'checking' },
    token: null,
    tokenInfo: null,
    fresh: null,
    refused: [],
    frame: null,
    frameCount: 0,
    request: null,
    requestCount: 0,
    timers: {},
    recoveries: 0,
  };
}

/** A transition without side effects. */
export function only(model: SessionModel, effects: SessionEffect[] = []): Transition {
  return { model, effects };
}

/** Replaces the state, keeping the rest. */
export function withState(model: SessionModel, state: MeetingState): SessionModel {
  return { ...model, state };
}

/** The timers with `names` removed and `set` added. */
export function timers(model: SessionModel, set: Partial<Record<TimerName, number>>, ...clear: TimerName[]): SessionModel['timers'] {
  const next = { ...model.timers };
  for (const name of clear) delete next[name];
  return { ...next, ...set };
}

/** Starts a token request, replacing any in flight (the controller aborts the old one). */
export function askForToken(model: SessionModel, reason: TokenRequestReason): SessionModel {
  const id = model.requestCount + 1;
  return { ...model, request: { id, reason }, requestCount: id };
}

/** Mounts a fresh meeting with `token`: a new frame key, so the SDK builds a new iframe. */
export function join(model: SessionModel, config: SessionConfig, now: number, token: string, info: TokenInfo, rejoin: boolean, attempt = 1): SessionModel {
  const key = model.frameCount + 1;
  return {
    ...model,
    token,
    tokenInfo: info,
    fresh: model.fresh?.token === token ? null : model.fresh,
    frame: { key, token, hidden: false },
    frameCount: key,
    request: null,
    timers: config.joinTimeoutMs === null ? { slow: now + config.slowJoinMs } : { slow: now + config.slowJoinMs, join: now + config.joinTimeoutMs },
    state: { ...common(config), status: 'joining', token: info, attempt, lobby: false, slow: false, rejoin, silent: false },
  };
}

/** Leaves the meeting: no frame, no timers, no request. The caller sets the new state. */
export function unmount(model: SessionModel): SessionModel {
  return { ...model, frame: null, timers: {}, request: null };
}

/** Schedules the next waiting-for-host check with backoff. */
export function waitForHost(model: SessionModel, config: SessionConfig, now: number, attempt: number): SessionModel {
  const info = model.tokenInfo;
  if (!info) return model;
  const at = now + backoffDelay(attempt - 1, config.waitingBackoff.baseMs, config.waitingBackoff.maxMs);
  return {
    ...unmount(model),
    timers: { retry: at },
    state: { ...common(config), status: 'waiting-for-host', token: info, attempt, nextCheckAt: at, checking: false },
  };
}

/** Whether the current token can join again at `now`: usable, not refused, not expired. */
export function tokenStillGood(model: SessionModel, now: number): boolean {
  const expiry = expiresAt(model.tokenInfo);
  return Boolean(model.token && model.tokenInfo?.report.usable && !model.refused.includes(model.token) && (expiry === null || now < expiry));
}

/** Ends the session: to the logout page when allowed, else the "meeting ended" screen. */
export function endMeeting(
  model: SessionModel,
  config: SessionConfig,
  now: number,
  effects: SessionEffect[] = [],
  endedBy: 'self' | 'host' = 'self',
): Transition {
  const logout = config.redirects.logout;
  const base = unmount(model);
  const canRejoin = tokenStillGood(model, now) || canSignIn(config);
  // The person did not choose to leave when the host ended the meeting: say so here, never "sign out?".
  if (endedBy === 'host') {
    return only(withState(base, { ...common(config), status: 'ended', token: model.tokenInfo, redirectingTo: null, canRejoin, endedBy }), effects);
  }
  if (logout?.ok) {
    return only(withState(base, { ...common(config), status: 'ended', token: model.tokenInfo, redirectingTo: logout.origin, canRejoin }), [
      ...effects,
      { kind: 'redirect', target: 'logout' },
    ]);
  }
  return only(
    withState(base, { ...common(config, refusedRedirect('logout', logout)), status: 'ended', token: model.tokenInfo, redirectingTo: null, canRejoin }),
    effects,
  );
}

/** Whether a meeting frame belongs to this status. */
export function isLive(state: MeetingState): boolean {
  return state.status === 'joining' || state.status === 'in-meeting' || state.status === 'waiting-for-host' || state.status === 'reconnecting';
}
