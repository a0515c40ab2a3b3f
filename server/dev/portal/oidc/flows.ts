/**
 * OpenID sign-in across two HTTP requests. `createOidcClient` (lib/oidc) runs a whole
 * Authorization Code + PKCE sign-in in one call and asks a "web auth flow" for the address the
 * provider redirects back to. Here that flow is split: `start` runs the sign-in until it wants
 * to send the browser to the provider and returns that address; `finish`, on the callback
 * request, hands the callback address over and gets the tokens. A flow is bound to the browser
 * that started it by a random cookie, so a callback link sent to someone else signs nobody in.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createOidcClient, OidcError, type OidcSettings, type TokenSet } from '../../../../lib/oidc/index.js';

/** A started sign-in: where to send the browser, and the cookie value that binds it. */
export interface StartedFlow {
  authorizationUrl: string;
  flowId: string;
}

/** A finished sign-in. */
export interface FinishedFlow {
  tokens: TokenSet;
  returnTo: string;
}

/** The pending sign-ins of a portal. */
export interface SignInFlows {
  start(returnTo: string): Promise<StartedFlow>;
  /** Rejects with `OidcError` for an unknown, expired or foreign flow, or a refused sign-in. */
  finish(callbackUrl: URL, flowId: string | undefined): Promise<FinishedFlow>;
}

/** What the flows need. */
export interface FlowOptions {
  settings: OidcSettings;
  /** The portal's callback address, registered at the provider. */
  redirectUri: string;
  /** How long a person may take at the provider. Default 10 minutes. */
  flowTtlMs?: number;
  /** Pending flows kept at most; the oldest is dropped beyond. Default 200. */
  maxFlows?: number;
  fetch?: typeof fetch;
}

interface Pending {
  flowId: string;
  returnTo: string;
  deliver(callbackUrl: string): void;
  cancel(error: Error): void;
  result: Promise<TokenSet>;
  timer: NodeJS.Timeout;
}

const sameText = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Creates the flow table. */
export function createSignInFlows(options: FlowOptions): SignInFlows {
  const pending = new Map<string, Pending>();
  const ttl = options.flowTtlMs ?? 10 * 60_000;
  const max = options.maxFlows ?? 200;

  const drop = (state: string, error: Error): void => {
    const flow = pending.get(state);
    if (!flow) return;
    pending.delete(state);
    clearTimeout(flow.timer);
    flow.cancel(error);
  };

  return {
    async start(returnTo) {
      let announce: (url: string) => void = () => undefined;
      const announced = new Promise<string>((resolve) => {
        announce = resolve;
      });
      let deliver: (url: string) => void = () => undefined;
      let cancel: (error: Error) => void = () => undefined;
      const callback = new Promise<string>((resolve, reject) => {
        deliver = resolve;
        cancel = reject;
      });
      // One client per sign-in: its web auth flow is this sign-in's two requests.
      const client = createOidcClient(options.settings, {
        redirectUri: options.redirectUri,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        launchWebAuthFlow: ({ url }) => {
          announce(url);
          return callback;
        },
      });
      const result = client.signIn({ interactive: true });
      result.catch(() => undefined); // Read by `finish`; a flow nobody finishes must not crash the process.
      const authorizationUrl = await Promise.race([
        announced,
        result.then(() => {
          throw new OidcError('invalid-response', 'The sign-in ended before it began.');
        }),
      ]);
      const state = new URL(authorizationUrl).searchParams.get('state') ?? '';
      if (pending.size >= max) {
        const oldest = pending.keys().next().value;
        if (oldest !== undefined) drop(oldest, new OidcError('cancelled', 'Too many sign-ins at once.'));
      }
      const flowId = randomBytes(32).toString('base64url');
      const timer = setTimeout(() => drop(state, new OidcError('cancelled', 'The sign-in took too long.')), ttl);
      timer.unref();
      pending.set(state, { flowId, returnTo, deliver, cancel, result, timer });
      return { authorizationUrl, flowId };
    },

    async finish(callbackUrl, flowId) {
      const state = callbackUrl.searchParams.get('state') ?? '';
      const flow = pending.get(state);
      if (!flow || flowId === undefined || !sameText(flow.flowId, flowId)) {
        throw new OidcError('invalid-response', 'This sign-in was not started in this browser, or it expired.');
      }
      pending.delete(state);
      clearTimeout(flow.timer);
      flow.deliver(callbackUrl.href);
      return { tokens: await flow.result, returnTo: flow.returnTo };
    },
  };
}
