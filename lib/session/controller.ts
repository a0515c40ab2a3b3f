/**
 * The session controller: owns the model, the timers, the token requests and the Jitsi API
 * handle, and carries out the reducer's effects. Everything it touches is injected; `dispose`
 * stops every timer, request, subscription and meeting it started.
 */
import { parseOriginList } from '../redirect/origins.js';
import { sameRoom } from '../sources/message.js';
import { systemTimers, type Timers } from '../sources/timers.js';
import type { TokenSource } from '../sources/types.js';
import { buildConfig, type ConfigInput } from './config.js';
import { examineToken, fetchToken, type IntakeContext, type TokenVerifier } from './intake.js';
import { createClockSync, pageDateReader, type ServerDateReader } from './clock.js';
import type { MeetingApi } from './jitsi-events.js';
import { MeetingHandle } from './meeting-handle.js';
import { redirectTo, type PageLocation } from './redirector.js';
import { initialModel } from './model.js';
import { transition } from './reducer.js';
import { TimerSet } from './timer-set.js';
import { describeEvent, type MeetingEvent } from './describe.js';
import type { MeetingFrame, MeetingState, SessionEffect, SessionEvent, SessionModel, UserAction } from './types.js';

/** What the controller needs. */
export interface SessionControllerOptions extends Omit<ConfigInput, 'pageUrl'> {
  inspect?: IntakeContext['inspect'];
  verify?: TokenVerifier;
  timers?: Timers;
  /** The page's address and navigation; defaults to `window.location` when used. */
  location?: PageLocation;
  /** Every event, without tokens (analytics, debugging). */
  onEvent?: (event: MeetingEvent) => void;
  /**
   * Reads the deployment-side time (an HTTP `Date` header) when a token looks expired or not yet
   * valid by this computer's clock. Default in browsers: a same-origin HEAD of this page; none
   * (the clock given is the reference) when `timers` is injected. Null: never ask.
   */
  serverDate?: ServerDateReader | null;
}

/** What a view renders: the state, and the meeting to mount (with its token) or null. */
export interface SessionSnapshot {
  state: MeetingState;
  frame: MeetingFrame | null;
  /** The deployment's time minus this computer's, ms (0 while unknown): "time left" uses it. */
  clockOffsetMs: number;
}

/** The controller's interface. */
export interface SessionController {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void;
  /** Starts asking for a token and listening to the sources. */
  start(): void;
  act(action: UserAction): void;
  /** Hands over the Jitsi API created for frame `key`. False when it is stale: it was disposed at once. */
  attachApi(api: MeetingApi, key: number): boolean;
  /** The frame `key` unmounts: its API is disposed (once). */
  releaseApi(key: number): void;
  /** The watchdog of frame `key`: its meeting page is silent, or spoke after all. Ignored for a stale frame. */
  reportFrame(key: number, signal: 'silent' | 'alive'): void;
  /** How loading the IFrame API went for frame `key`. Ignored for a stale frame. */
  reportScript(key: number, event: Extract<SessionEvent, { type: 'script-failed' | 'script-loaded' }>): void;
  dispose(): void;
}

/** Creates a controller; throws a `ConfigurationError` for a bad allow list. */
export function createSessionController(options: SessionControllerOptions): SessionController {
  const localTimers = options.timers ?? systemTimers;
  const clock = createClockSync(() => localTimers.now(), options.serverDate !== undefined ? options.serverDate : defaultDateReader(options.timers));
  // Every time in the model is the deployment's time as far as it is known.
  const timers = { ...localTimers, now: () => clock.now() };
  const location = () => options.location ?? globalThis.location;
  const config = buildConfig({ ...options, pageUrl: location()?.href ?? '' });
  const redirectOrigins = parseOriginList(options.auth?.allowedRedirectOrigins, 'auth.allowedRedirectOrigins');
  const lifetime = new AbortController();
  const listeners = new Set<(snapshot: SessionSnapshot) => void>();
  const timerSet = new TimerSet(timers, (timer) => dispatch({ type: 'timer', timer }));
  let model: SessionModel = initialModel(config);
  let snapshot: SessionSnapshot = { state: model.state, frame: model.frame, clockOffsetMs: 0 };
  let request: { id: number; abort: AbortController } | null = null;
  const meeting = new MeetingHandle((event) => dispatch(event));
  let unsubscribes: Array<() => void> = [];
  const queue: SessionEvent[] = [];
  let busy = false;
  let disposed = false;

  const intake = (signal: AbortSignal): IntakeContext => ({
    domain: config.domain,
    room: config.room,
    now: timers.now(),
    inspect: options.inspect,
    verify: options.verify,
    signal,
    clock,
  });

  function runEffect(effect: SessionEffect): void {
    if (effect.kind === 'hangup') meeting.command('hangup');
    else if (effect.kind === 'forget-tokens') for (const source of options.sources) source.forget?.();
    else {
      const refused = redirectTo(effect.target, options.auth, config.room, redirectOrigins, location());
      if (refused) dispatch({ type: 'redirect-refused', target: effect.target, refusal: refused.refusal, shown: refused.shown });
    }
  }

  function startRequest(id: number, reason: NonNullable<SessionModel['request']>['reason']): void {
    const abort = new AbortController();
    request = { id, abort };
    const current = model;
    // The same token again is let through after an invalid-token screen, so the loop can be seen and stopped.
    const accept = (token: string) =>
      !current.refused.includes(token) && (reason === 'initial' || token !== current.token || Boolean(current.unusable?.includes(token)));
    fetchToken(options.sources, reason, id, accept, intake(abort.signal)).then(
      (event) => {
        if (!abort.signal.aborted) dispatch(event);
      },
      () => {
        if (!abort.signal.aborted) dispatch({ type: 'token-not-found', reason, requestId: id, failedSources: [] });
      },
    );
  }

  function sync(): void {
    timerSet.sync(model.timers);
    if (request && request.id !== model.request?.id) {
      request.abort.abort();
      request = null;
    }
    if (model.request && !request) startRequest(model.request.id, model.request.reason);
    if (meeting.key !== null && meeting.key !== model.frame?.key) meeting.dispose();
  }

  function dispatch(event: SessionEvent): void {
    if (disposed) return;
    queue.push(event);
    if (busy) return;
    busy = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (next.type === 'token-not-found' && next.failures?.length) {
          // The host page's developer needs the reason; it never holds a token.
          console.warn(
            `MeetGate: the sign-in service is not answering — ${next.failures.map((failure) => `${failure.source}: ${failure.message}`).join('; ')}`,
          );
        }
        const result = transition(model, next, config, timers.now());
        model = result.model;
        options.onEvent?.(describeEvent(next));
        // Effects first: a hang-up must reach the meeting before it is disposed.
        for (const effect of result.effects) runEffect(effect);
        sync();
      }
    } finally {
      busy = false;
    }
    const clockOffsetMs = clock.offsetMs ?? 0;
    if (snapshot.state !== model.state || snapshot.frame !== model.frame || snapshot.clockOffsetMs !== clockOffsetMs) {
      snapshot = { state: model.state, frame: model.frame, clockOffsetMs };
      for (const listener of [...listeners]) listener(snapshot);
    }
  }

  function onPush(source: TokenSource) {
    return (update: { token: string; room?: string }) => {
      if (update.room !== undefined && !sameRoom(update.room, config.room)) return;
      examineToken(update.token, source.kind, 'pushed', null, intake(lifetime.signal)).then(
        (event) => {
          if (!lifetime.signal.aborted) dispatch(event);
        },
        () => {},
      );
    };
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (disposed || unsubscribes.length > 0 || model.requestCount > 0) return;
      unsubscribes = options.sources.flatMap((source) => (source.subscribe ? [source.subscribe(onPush(source))] : []));
      dispatch({ type: 'start' });
    },
    act: (action) => dispatch({ type: 'user', action }),
    attachApi: (api: MeetingApi, key: number) => meeting.attach(api, key, disposed ? null : (model.frame?.key ?? null)),
    releaseApi(key) {
      if (meeting.key === key) meeting.dispose();
    },
    reportScript(key, event) {
      if (model.frame?.key === key) dispatch(event);
    },
    reportFrame(key, signal) {
      if (model.frame?.key === key && !model.frame.hidden) dispatch({ type: signal === 'silent' ? 'frame-silent' : 'frame-alive' });
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      lifetime.abort();
      request?.abort.abort();
      request = null;
      timerSet.clear();
      for (const unsubscribe of unsubscribes) unsubscribe();
      unsubscribes = [];
      meeting.dispose();
      listeners.clear();
    },
  };
}

/** The same-origin Date reader in a browser page with the real clock; none otherwise. */
function defaultDateReader(injected: Timers | undefined): ServerDateReader | null {
  if ((injected && injected !== systemTimers) || typeof window === 'undefined' || typeof fetch !== 'function') return null;
  const { protocol } = window.location;
  return protocol === 'https:' || protocol === 'http:' ? pageDateReader(window) : null;
}
