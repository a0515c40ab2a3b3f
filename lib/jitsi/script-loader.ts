/**
 * Loads a deployment's `external_api.js` so that a retry really retries. @jitsi/react-sdk caches
 * its first script load for the page's life — a failed one too, so after a 404 or a network
 * error only a page reload helps (react-sdk 1.4.4 lib/init.js `fetchExternalApi`). It uses
 * `window.JitsiMeetExternalAPI` when it exists, so MeetGate loads the script itself first, within
 * a timeout, says in plain words what failed, and mounts the SDK only once the API is there.
 */

/** Why the script could not be had. */
export type ScriptFailure =
  /** The browser is offline. */
  | { kind: 'offline' }
  /** Nothing answered: the server is down or unreachable, or its certificate is not trusted (a browser does not say which). */
  | { kind: 'unreachable' }
  /** The server answered, but not with the script: `status` when the server let us read it (CORS), else null. */
  | { kind: 'http-error'; status: number | null }
  /** The file loaded but defined no `JitsiMeetExternalAPI`. */
  | { kind: 'not-jitsi' }
  /** No answer within the time allowed. */
  | { kind: 'timeout'; seconds: number }
  /**
   * The page's own Content-Security-Policy refused the script (`directive`: `script-src-elem`,
   * `script-src`) or, once it ran, the meeting's frame (`frame-src`, `child-src`;
   * components/frame-refusal.ts). Nothing is wrong with the server.
   */
  | { kind: 'blocked'; directive: string };

/** The outcome of one load. */
export type ScriptResult = { ok: true; api: unknown } | { ok: false; url: string; failure: ScriptFailure };

/** What the loader touches, injected. */
export interface ScriptLoaderEnv {
  document: Document;
  window: { JitsiMeetExternalAPI?: unknown; navigator?: { onLine?: boolean }; trustedTypes?: TrustedTypesFactory };
  fetch: typeof fetch;
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The script's address, as the SDK builds it (`https://<domain>/<tenant/>external_api.js?release=`). */
export function externalApiUrl(domain: string, roomName: string, release?: string, attempt = 1): string {
  const slash = roomName.indexOf('/');
  const tenant = slash > 0 ? `${roomName.slice(0, slash)}/` : '';
  const query = new URLSearchParams();
  if (release) query.set('release', release);
  // A retry asks the network again, never a cached failure.
  if (attempt > 1) query.set('meetgate-retry', String(attempt));
  const search = query.toString();
  return `https://${domain}/${tenant}external_api.js${search ? `?${search}` : ''}`;
}

/** Finds out why `url` failed to load as a script. */
export async function diagnoseScript(url: string, env: Pick<ScriptLoaderEnv, 'fetch' | 'window'>): Promise<ScriptFailure> {
  if (env.window.navigator?.onLine === false) return { kind: 'offline' };
  try {
    const response = await env.fetch(url, { mode: 'cors', cache: 'no-store', credentials: 'omit' });
    return response.ok ? { kind: 'not-jitsi' } : { kind: 'http-error', status: response.status };
  } catch {
    // Jitsi's nginx serves /external_api.js without CORS headers: an opaque answer still proves the server answered.
  }
  try {
    await env.fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    return { kind: 'http-error', status: null };
  } catch {
    return { kind: 'unreachable' };
  }
}

/** The part of the Trusted Types API the loader uses (Chromium's `window.trustedTypes`). */
export interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

/** The name of MeetGate's Trusted Types policy, for a page's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'meetgate';

const policies = new WeakMap<TrustedTypesFactory, { createScriptURL(input: string): unknown } | null>();

/**
 * `url` as a page that enforces Trusted Types (`require-trusted-types-for 'script'`) accepts it for
 * a script's `src`: through MeetGate's own policy, made once per page, which lets through only
 * the https addresses of an `external_api.js`. Null when the page refuses the policy (its
 * `trusted-types` directive does not name it: a plain string may still do, where nothing is
 * enforced); the plain string where the browser has no Trusted Types.
 */
function trustedScriptUrl(url: string, factory: TrustedTypesFactory | undefined): unknown {
  if (!factory) return url;
  if (!policies.has(factory)) {
    let policy: { createScriptURL(input: string): unknown } | null = null;
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (input) => {
          if (!/^https:\/\/[^/?#]+\/(?:[^?#]*\/)?external_api\.js(?:\?[^#]*)?$/.test(input))
            throw new TypeError(`MeetGate loads only external_api.js, not ${input}`);
          return input;
        },
      });
    } catch {
      // The page's `trusted-types` directive does not allow a policy named "meetgate".
    }
    policies.set(factory, policy);
  }
  try {
    return policies.get(factory)?.createScriptURL(url) ?? null;
  } catch {
    // An address the policy refuses (a tenant or domain with `?` or `#`) must not reject the load:
    // the plain string, which a page that enforces Trusted Types then refuses in turn.
    return url;
  }
}

/** The origin of an address, or null (a violation report's `inline`, `eval`, empty). */
function originOf(address: string): string | null {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
}

/**
 * Calls `refused` with the directive each time the page's Content-Security-Policy refuses
 * something from `url`'s origin under a directive `directives` matches; returns the stop. A
 * report's `blockedURI` is the whole address or its origin alone, serialised by the browser
 * (lowercase, IDN in punycode), so origins are compared, and nothing of the address is kept (a
 * meeting's carries its token). A report-only policy (`disposition` "report") refuses nothing:
 * what it reports still loads.
 */
export function watchRefusals(
  doc: Pick<Document, 'addEventListener' | 'removeEventListener'>,
  url: string,
  directives: RegExp,
  refused: (directive: string) => void,
): () => void {
  const origin = originOf(url);
  const heard = (event: Event) => {
    const { effectiveDirective, blockedURI, disposition } = event as SecurityPolicyViolationEvent;
    if (disposition !== 'report' && directives.test(effectiveDirective) && origin !== null && originOf(blockedURI) === origin) refused(effectiveDirective);
  };
  doc.addEventListener('securitypolicyviolation', heard);
  return () => doc.removeEventListener('securitypolicyviolation', heard);
}

/**
 * Loads the script once (a new `<script>` each call); resolves, never rejects. A script the page's
 * Content-Security-Policy refuses fails like an unreachable one (and the diagnosis's own requests
 * may be refused too), so the page's `securitypolicyviolation` events are heard while it loads:
 * one that names the script makes the failure `blocked`. They are dispatched before the
 * diagnosis, which waits for the network, can end.
 */
export function loadExternalApi(url: string, timeoutMs: number, env: ScriptLoaderEnv): Promise<ScriptResult> {
  if (env.window.JitsiMeetExternalAPI) return Promise.resolve({ ok: true, api: env.window.JitsiMeetExternalAPI });
  return new Promise((resolve) => {
    const script = env.document.createElement('script');
    let settled = false;
    let refusedBy: string | null = null;
    const stop = watchRefusals(env.document, url, /^script-src/, (directive) => {
      refusedBy = directive;
    });
    const done = (result: ScriptResult) => {
      stop();
      resolve(result);
    };
    const finish = (result: ScriptResult | Promise<ScriptResult>) => {
      if (settled) return;
      settled = true;
      env.clearTimeout(timer);
      script.onload = null;
      script.onerror = null;
      if (result instanceof Promise) void result.then(done);
      else done(result);
    };
    const timer = env.setTimeout(() => finish({ ok: false, url, failure: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } }), timeoutMs);
    script.async = true;
    // A page that enforces Trusted Types throws on a plain string here: say so rather than hang.
    const trusted = trustedScriptUrl(url, env.window.trustedTypes);
    try {
      (script as { src: unknown }).src = trusted ?? url;
    } catch {
      finish({ ok: false, url, failure: { kind: 'blocked', directive: trusted === null ? 'trusted-types' : 'require-trusted-types-for' } });
      return;
    }
    script.onload = () => {
      const api = env.window.JitsiMeetExternalAPI;
      finish(api ? { ok: true, api } : { ok: false, url, failure: { kind: 'not-jitsi' } });
    };
    script.onerror = () =>
      finish(
        diagnoseScript(url, env).then((failure) => ({
          ok: false as const,
          url,
          failure: refusedBy ? { kind: 'blocked' as const, directive: refusedBy } : failure,
        })),
      );
    env.document.head.append(script);
  });
}
