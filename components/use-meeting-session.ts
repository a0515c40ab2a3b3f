/**
 * `useMeetingSession`: the meeting session as a React hook. It owns one session controller per
 * (domain, room, configuration), creates it in an effect (nothing touches `window` during render
 * or import, so server-side rendering is safe) and disposes it — timers, requests, listeners and
 * the Jitsi API — on unmount or change. The controller, with the token inspector and the sources,
 * is in the meeting runtime (components/runtime), whose download starts during the first render;
 * until it has arrived the state is `checking`, as it is until any controller has run.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SessionController, SessionSnapshot } from '../lib/session/controller.js';
import type { MeetingState } from '../lib/session/types.js';
import { createPropSource, type PropTokenSource } from '../lib/sources/prop.js';
import { systemTimers } from '../lib/sources/timers.js';
import type { TokenSource } from '../lib/sources/types.js';
import { loadedMeetingRuntime, loadMeetingRuntime, usePreloadMeetingRuntime, type MeetingRuntime } from './runtime/load.js';
import type { MeetingActions, MeetingSession } from './meeting-session-types.js';
import type { MeetingApi } from '../lib/session/jitsi-events.js';
import type { SessionEvent } from '../lib/session/types.js';
import type { MeetingSessionOptions } from './session-options.js';

export type { MeetingActions, MeetingMount, MeetingSession } from './meeting-session-types.js';
import { sessionKey, validateOrigins } from './session-key.js';

/** The state shown before the controller runs (and during server-side rendering). */
function placeholder(domain: string, room: string): MeetingState {
  return { status: 'checking', domain, room, canSignIn: false, notice: null };
}

/** Runs a meeting session. See `MeetingSessionOptions`. */
export function useMeetingSession(options: MeetingSessionOptions): MeetingSession {
  const { domain, roomName } = options;
  const latest = useRef(options);
  latest.current = options;
  // Configuration errors (a wildcard origin) surface during render, where the developer sees them.
  const configKey = sessionKey(options);
  useMemo(() => validateOrigins(latest.current), [configKey]);
  usePreloadMeetingRuntime();
  // Bumped by "Try again" when the runtime could not be loaded: the effect loads it again.
  const [attempt, setAttempt] = useState(0);

  const prop = useRef<PropTokenSource | null>(null);
  prop.current ??= createPropSource(options.token);
  const link = useRef<TokenSource | null | undefined>(undefined);
  const owner = useRef<{ generation: number; controller: SessionController } | null>(null);
  const generations = useRef(0);
  const [view, setView] = useState<{ generation: number; snapshot: SessionSnapshot }>(() => ({
    generation: 0,
    snapshot: { state: placeholder(domain, roomName), frame: null, clockOffsetMs: 0 },
  }));

  useEffect(() => prop.current?.update(options.token), [options.token]);

  useEffect(() => {
    /** Creates, subscribes and starts this component's controller; returns its disposal. */
    function startController({ createSessionController, buildSources, linkSourceFor, lazyExtensionTokenSource }: MeetingRuntime): () => void {
      const opts = latest.current;
      const win = typeof window === 'undefined' ? undefined : window;
      // The link is read (and stripped from the address bar) once per component, kept across remounts.
      if (link.current === undefined) link.current = opts.tokenFromLink === false ? null : linkSourceFor(win);
      const timers = opts.timers ?? systemTimers;
      const controller = createSessionController({
        domain,
        room: roomName,
        sources: buildSources({
          prop: prop.current!,
          link: opts.tokenFromLink === false ? null : link.current,
          allowedTokenOrigins: opts.allowedTokenOrigins,
          extra: opts.tokenSource === 'extension' ? [...(opts.tokenSources ?? []), lazyExtensionTokenSource(win)] : opts.tokenSources,
          provider: opts.tokenProvider ? (request) => (latest.current.tokenProvider ? latest.current.tokenProvider(request) : Promise.resolve(null)) : null,
          providerOptions: opts.providerOptions,
          timers,
          window: win,
        }),
        auth: opts.auth,
        autoRedirectAfterKickSeconds: opts.autoRedirectAfterKickSeconds,
        inspect: opts.inspect,
        verify: opts.verify ? (token, signal) => (latest.current.verify ?? opts.verify!)(token, signal) : undefined,
        ...opts.timing,
        timers,
        location: win
          ? {
              get href() {
                return win.location.href;
              },
              assign: (url: string) => (latest.current.navigate ?? ((to: string) => win.location.assign(to)))(url),
            }
          : undefined,
        onEvent: (event) => latest.current.onEvent?.(event),
      });
      const generation = ++generations.current;
      owner.current = { generation, controller };
      let previous = controller.getSnapshot().state;
      let previousFrame = controller.getSnapshot().frame;
      let starting = true;
      const unsubscribe = controller.subscribe((snapshot) => {
        const before = previous;
        previous = snapshot.state;
        const mountsFrame = snapshot.frame !== null && snapshot.frame.key !== previousFrame?.key;
        previousFrame = snapshot.frame;
        const show = () => setView({ generation, snapshot });
        // A meeting to mount is rendered at once, not in React's next task: the frame is what the
        // person waits for. (Not while starting: that runs inside this effect.)
        if (mountsFrame && !starting) flushSync(show);
        else show();
        if (before !== snapshot.state) latest.current.onStateChange?.(snapshot.state, before);
      });
      controller.start();
      starting = false;
      setView({ generation, snapshot: controller.getSnapshot() });
      return () => {
        unsubscribe();
        controller.dispose();
        if (owner.current?.controller === controller) owner.current = null;
      };
    }

    let stop: (() => void) | null = null;
    let live = true;
    const run = (runtime: MeetingRuntime) => {
      if (live) stop = startController(runtime);
    };
    // Loaded already (an earlier meeting on this page): no wait, not even a microtask.
    const ready = loadedMeetingRuntime();
    if (ready) run(ready);
    else {
      loadMeetingRuntime().then(run, (error: unknown) => {
        // The chunk did not arrive: "checking" offers "Try again" after a while, which loads it again.
        if (live) console.error('MeetGate could not load its meeting code:', error);
      });
    }
    return () => {
      live = false;
      stop?.();
    };
  }, [domain, roomName, configKey, attempt]);

  const actions = useMemo<MeetingActions>(() => {
    const act = (action: Parameters<SessionController['act']>[0]) => () => {
      if (owner.current) owner.current.controller.act(action);
      // No controller: the meeting code did not load. "Try again" loads it again.
      else if (action === 'retry') setAttempt((n) => n + 1);
    };
    const back = () => {
      const history = typeof window === 'undefined' ? undefined : window.history;
      if (history && history.length > 1) history.back();
      else act('retry')();
    };
    return {
      signIn: act('sign-in'),
      retry: act('retry'),
      rejoin: act('rejoin'),
      leave: act('leave'),
      signOut: act('sign-out'),
      cancelRedirect: act('cancel-redirect'),
      goNow: act('go-now'),
      back,
    };
  }, []);

  const { generation, snapshot } = view;
  const frame = snapshot.frame;
  const meeting = useMemo(() => (frame ? { key: `${generation}-${frame.key}`, jwt: frame.token, hidden: frame.hidden } : null), [generation, frame]);

  const handles = useMemo(() => {
    const parse = (key: string) => {
      const [gen, frameKey] = key.split('-').map(Number);
      return owner.current && owner.current.generation === gen ? { controller: owner.current.controller, frameKey: frameKey ?? -1 } : null;
    };
    return {
      attachApi(api: MeetingApi, key: string) {
        const target = parse(key);
        if (target) return target.controller.attachApi(api, target.frameKey);
        api.dispose();
        return false;
      },
      releaseApi(key: string) {
        const target = parse(key);
        target?.controller.releaseApi(target.frameKey);
      },
      reportScript(key: string, event: Extract<SessionEvent, { type: 'script-failed' | 'script-loaded' }>) {
        const target = parse(key);
        target?.controller.reportScript(target.frameKey, event);
      },
      reportFrame(key: string, signal: 'silent' | 'alive') {
        const target = parse(key);
        target?.controller.reportFrame(target.frameKey, signal);
      },
    };
  }, []);

  return { state: snapshot.state, clockOffsetMs: snapshot.clockOffsetMs, meeting, actions, ...handles };
}
