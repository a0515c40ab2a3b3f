/**
 * Transitions driven by tokens: a token arrives (asked for or pushed), or no source has one.
 * Before joining, `inspectToken`'s errors lead to `invalid-token` and Jitsi is never loaded.
 */
import { REFRESH_RETRY_MS, expiresAt, isExpired, refreshDueAt } from './expiry.js';
import { askForToken, common, initialModel, join, only, timers, tokenInfo, tokenStillGood, unmount, withState } from './model.js';
import type { SessionConfig, SessionEvent, SessionModel, StateOf, Transition } from './types.js';

type Found = Extract<SessionEvent, { type: 'token-found' }>;
type NotFound = Extract<SessionEvent, { type: 'token-not-found' }>;

/** The first request. */
export function start(config: SessionConfig): Transition {
  return only(askForToken(initialModel(config), 'initial'));
}

/** A token fit to join with, or the `invalid-token` state saying what is wrong (Jitsi never loads). */
function useToken(model: SessionModel, config: SessionConfig, event: Found, now: number, rejoin: boolean): Transition {
  const info = tokenInfo(event.report, event.source, event.verification === 'verified');
  // A refusal by this computer's clock alone, with the deployment's time unknown, is only a warning.
  const serverDecides = event.clockUnknown === true && event.verification !== 'invalid-signature';
  if (event.verification === 'invalid-signature' || (!event.report.usable && !serverDecides)) {
    const errors = event.report.findings.filter((finding) => finding.severity === 'error');
    // The site answered a new request with the very token already found unusable: asking again would loop.
    const codes = errors
      .map((finding) => finding.code)
      .sort()
      .join(' ');
    const again = event.reason === 'reauth' || event.reason === 'rejected' || event.reason === 'kicked';
    const repeated = event.requestId !== null && ((model.unusable ?? []).includes(event.token) || (again && codes !== '' && codes === model.unusableCodes));
    return only({
      ...unmount(model),
      token: event.token,
      tokenInfo: info,
      unusable: [...(model.unusable ?? []).filter((token) => token !== event.token), event.token].slice(-4),
      unusableCodes: codes,
      state: {
        ...common(config),
        status: 'invalid-token',
        token: info,
        errors,
        signatureProblem: event.signatureProblem ?? null,
        ...(repeated ? { repeated, canSignIn: false } : {}),
      },
    });
  }
  return only(join(model, config, now, event.token, info, rejoin));
}

/** After a failed refresh: a fresh token fetched earlier still counts while it is valid. */
function stillReady(model: SessionModel, now: number): 'ready' | 'unavailable' {
  return model.fresh && !isExpired(model.fresh.info, now) ? 'ready' : 'unavailable';
}

/** A candidate replacement during the meeting: kept ready when it outlives the current token. */
function offerFresh(model: SessionModel, config: SessionConfig, event: Found, now: number): Transition {
  const state = model.state as StateOf<'in-meeting'>;
  const info = tokenInfo(event.report, event.source, event.verification === 'verified');
  const current = expiresAt(model.tokenInfo);
  const candidate = expiresAt(info);
  const better =
    event.report.usable &&
    event.verification !== 'invalid-signature' &&
    event.token !== model.token &&
    (current === null || (candidate !== null && candidate > current));
  const expiring = state.expiring;
  if (!better) {
    if (event.reason === 'pushed' || !expiring) return only({ ...model, request: null });
    const retryAt = now + REFRESH_RETRY_MS;
    return only({
      ...withState(model, { ...state, expiring: { ...expiring, phase: stillReady(model, now) } }),
      request: null,
      timers: timers(model, { expiry: retryAt }),
    });
  }
  const due = refreshDueAt(info, now, config.expiringLeadMs);
  const next: SessionModel = {
    ...model,
    fresh: { token: event.token, info },
    request: null,
    timers: due === null ? timers(model, {}, 'expiry') : timers(model, { expiry: due }),
  };
  return only(withState(next, { ...state, renewed: info, ...(expiring ? { expiring: { ...expiring, phase: 'ready' as const } } : {}) }));
}

/** A token arrived. Stale answers (a request that was replaced) are ignored. */
export function tokenFound(model: SessionModel, config: SessionConfig, event: Found, now: number): Transition {
  if (event.requestId !== null && event.requestId !== model.request?.id) return only(model);
  if (model.refused.includes(event.token)) {
    // The server already said no to this one; offering it again would loop.
    if (event.requestId === null || !model.request) return only(model);
    return tokenNotFound(model, config, { type: 'token-not-found', reason: model.request.reason, requestId: event.requestId, failedSources: [] }, now);
  }
  const status = model.state.status;
  if (status === 'in-meeting' && (event.reason === 'expiring' || event.reason === 'reauth' || (event.reason === 'pushed' && event.source !== 'prop'))) {
    return offerFresh(model, config, event, now);
  }
  if (event.reason === 'pushed') {
    if (event.token === model.token && status !== 'needs-token' && status !== 'checking' && status !== 'logged-out') return only(model);
    // The host page changing the `token` prop always wins; other pushes only fill a gap.
    const gap =
      status === 'checking' ||
      status === 'needs-token' ||
      status === 'invalid-token' ||
      status === 'rejected' ||
      status === 'joining' ||
      status === 'waiting-for-host';
    if (event.source !== 'prop' && !gap) return only(model);
  }
  return useToken(model, config, event, now, event.reason === 'rejected' || event.reason === 'expiring');
}

/** No source had a token. */
export function tokenNotFound(model: SessionModel, config: SessionConfig, event: NotFound, now: number): Transition {
  if (event.requestId !== model.request?.id) return only(model);
  const cleared = { ...model, request: null };
  const state = model.state;
  const notice = event.failedSources.length > 0 ? { kind: 'token-source-failed' as const, sources: event.failedSources } : null;
  const login = config.redirects.login?.ok === true;
  if (state.status === 'in-meeting') {
    if (event.reason === 'reauth' && login) return only(cleared, [{ kind: 'redirect', target: 'login' }]);
    const expiring = { phase: stillReady(model, now), expiresAt: expiresAt(model.tokenInfo) ?? now };
    return only({ ...withState(cleared, { ...state, expiring }), timers: timers(model, { expiry: now + REFRESH_RETRY_MS }) });
  }
  if (state.status === 'rejected') return only(withState(cleared, { ...state, retrying: false, notice: notice ?? state.notice }));
  if (event.failures && event.failures.length > 0) {
    // Not "signed out": the sign-in service did not answer (or answered nonsense). Say so; no redirect.
    return only(withState(cleared, { ...common(config), status: 'needs-token', sourceFailure: event.failures }));
  }
  const redirect = event.reason !== 'initial' && login;
  return only(withState(cleared, { ...common(config, notice), status: 'needs-token' }), redirect ? [{ kind: 'redirect', target: 'login' }] : []);
}

/** "Sign in again": ask the sources (with why), else go to the login page. */
export function signIn(model: SessionModel, config: SessionConfig): Transition {
  const state = model.state;
  if (state.status === 'in-meeting') {
    if (!config.canRefresh) return only(model, config.redirects.login?.ok ? [{ kind: 'redirect', target: 'login' }] : []);
    const expiring = { phase: 'refreshing' as const, expiresAt: state.expiring?.expiresAt ?? expiresAt(model.tokenInfo) ?? 0 };
    return only(askForToken(withState(model, { ...state, expiring }), 'reauth'));
  }
  if (config.canRefresh) {
    const reason = state.status === 'kicked' ? 'kicked' : state.status === 'rejected' ? 'rejected' : 'reauth';
    return only(askForToken(withState(unmount(model), { ...common(config), status: 'checking' }), reason));
  }
  if (config.redirects.login?.ok) return only(model, [{ kind: 'redirect', target: 'login' }]);
  return only(model);
}

/** "Rejoin" after the meeting ended: the same token while it is still good, else sign in. */
export function rejoin(model: SessionModel, config: SessionConfig, now: number): Transition {
  if (model.token && model.tokenInfo && tokenStillGood(model, now)) return only(join(model, config, now, model.token, model.tokenInfo, false));
  return signIn(model, config);
}
