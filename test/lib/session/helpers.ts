/** Builders for session tests: configurations, tokens with reports, and a fold over events. */
import { inspectToken } from '../../../lib/token/index.js';
import { initialModel, transition, type SessionConfig, type SessionEffect, type SessionEvent, type SessionModel } from '../../../lib/session/index.js';
import type { RedirectCheck } from '../../../lib/redirect/index.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW, NOW_S } from '../../fixtures/tokens.js';

export { NOW, NOW_S };

/** A good owner token for "standup", valid for an hour from NOW (issued a minute before). */
export const TOKEN = fakeToken(goodClaims());
/** Another good token, valid for two hours: a fresh replacement. */
export const FRESH = fakeToken(goodClaims({ exp: NOW_S + 7200, iat: NOW_S }));

/** An allowed redirect check result. */
export const allowed = (url: string): RedirectCheck => ({ ok: true, url, origin: new URL(url).origin });

/** The reducer configuration, with overrides. */
export function config(overrides: Partial<SessionConfig> = {}): SessionConfig {
  return {
    room: 'standup',
    domain: 'meet.example.org',
    canRefresh: true,
    redirects: { login: null, logout: null, 'after-kick': null },
    afterKickSeconds: null,
    expiringLeadMs: 300_000,
    waitingBackoff: { baseMs: 2_000, maxMs: 30_000 },
    slowJoinMs: 20_000,
    joinTimeoutMs: null,
    reconnectGraceMs: 35_000,
    reconnectBackoff: { baseMs: 4_000, maxMs: 30_000 },
    ...overrides,
  };
}

/** A `token-found` event for `token`, inspected at `now`. */
export function found(token: string, extra: Partial<Extract<SessionEvent, { type: 'token-found' }>> = {}, now = NOW): SessionEvent {
  return {
    type: 'token-found',
    token,
    report: inspectToken(token, { ...GOOD_CONTEXT, now }),
    source: 'provider',
    reason: 'initial',
    requestId: 1,
    verification: 'unverified',
    ...extra,
  };
}

/** Runs `events` from `model` (default: a fresh model), each at its time; collects all effects. */
export function run(events: Array<SessionEvent | [SessionEvent, number]>, cfg = config(), model: SessionModel = initialModel(cfg)) {
  let current = model;
  const effects: SessionEffect[] = [];
  for (const item of events) {
    const [event, now] = Array.isArray(item) ? item : [item, NOW];
    const result = transition(current, event, cfg, now);
    current = result.model;
    effects.push(...result.effects);
  }
  return { model: current, state: current.state, effects };
}

/** A Jitsi error event. */
export function jitsiError(name: string, fields: { message?: string; params?: unknown[]; type?: string; isFatal?: boolean } = {}): SessionEvent {
  return {
    type: 'jitsi-error',
    error: { name, message: fields.message ?? null, params: fields.params ?? [], type: fields.type ?? null, isFatal: fields.isFatal ?? false },
  };
}

/** The events that bring a session into the meeting with TOKEN. */
export const JOINED: SessionEvent[] = [{ type: 'start' }, found(TOKEN), { type: 'conference-joined', participantId: 'p1' }];

/** A hang-up as the session sees it: Jitsi's readyToClose, then the short wait for a kick that may follow it. */
export const HANG_UP: SessionEvent[] = [{ type: 'ready-to-close' }, { type: 'timer', timer: 'close' }];
