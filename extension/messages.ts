/**
 * Messages between the extension's pages, its content script and its background worker. Each
 * request is parsed strictly in the background, and its sender checked there (see `sender.ts`).
 */
import { browser } from 'wxt/browser';
import { pageOrigin, parseAnswer, parseTokenRequest, type BridgeAnswer, type TokenRequestMessage } from '../lib/bridge/index.js';
import { isValidRoomName } from '../lib/deployments/index.js';
import type { OidcErrorKind } from '../lib/oidc/index.js';

/** What extension pages and the bridge content script ask the background for. */
export type BackgroundRequest =
  /** Sign in with the deployment's OpenID provider (a window opens); `prompt: 'login'` asks again even with a session. */
  | { type: 'sign-in'; deploymentId: string; prompt?: 'login'; openRoom?: string }
  /** Renews a wallet token: refresh token, else a silent sign-in. */
  | { type: 'renew'; tokenId: string }
  /** The provider's logout address for a wallet token's session. */
  | { type: 'logout-url'; tokenId: string }
  /** From the bridge content script: a page's token request. */
  | { type: 'bridge-token'; request: TokenRequestMessage }
  /** From the bridge content script before it reveals anything: is this page's exact origin allowed? */
  | { type: 'bridge-hello' }
  /** From the popup, after the person answered a site's ask: record the choice and connect the page. */
  | { type: 'site-decision'; tabId: number; origin: string; deploymentId: string; allow: boolean };

/** A failure the UI can explain. */
export interface BackgroundFailure {
  ok: false;
  kind: OidcErrorKind | 'bad-request' | 'not-found' | 'no-sign-in';
  error: string;
}

/** The successful answer to each request type. */
export interface BackgroundAnswers {
  'sign-in': { ok: true; tokenId: string };
  renew: { ok: true; tokenId: string };
  'logout-url': { ok: true; url: string | null };
  'bridge-token': { ok: true; answer: BridgeAnswer };
  'bridge-hello': { ok: true; allowed: boolean };
  'site-decision': { ok: true };
}

/** The answer to a request of type `T`. */
export type BackgroundResponse<T extends BackgroundRequest['type'] = BackgroundRequest['type']> = BackgroundAnswers[T] | BackgroundFailure;

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** Parses a runtime message; null for anything that is not one of ours. */
export function parseBackgroundRequest(data: unknown): BackgroundRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'sign-in': {
      if (typeof message.deploymentId !== 'string' || !ID.test(message.deploymentId)) return null;
      if (message.prompt !== undefined && message.prompt !== 'login') return null;
      if (message.openRoom !== undefined && (typeof message.openRoom !== 'string' || !isValidRoomName(message.openRoom))) return null;
      return {
        type: 'sign-in',
        deploymentId: message.deploymentId,
        ...(message.prompt ? { prompt: 'login' as const } : {}),
        ...(message.openRoom ? { openRoom: message.openRoom as string } : {}),
      };
    }
    case 'renew':
    case 'logout-url':
      return typeof message.tokenId === 'string' && ID.test(message.tokenId) ? { type: message.type, tokenId: message.tokenId } : null;
    case 'bridge-hello':
      return { type: 'bridge-hello' };
    case 'bridge-token': {
      const request = parseTokenRequest(message.request);
      return request ? { type: 'bridge-token', request } : null;
    }
    case 'site-decision': {
      const origin = typeof message.origin === 'string' ? pageOrigin(message.origin) : null;
      if (
        !Number.isInteger(message.tabId) ||
        origin === null ||
        origin !== message.origin ||
        typeof message.deploymentId !== 'string' ||
        !ID.test(message.deploymentId) ||
        typeof message.allow !== 'boolean'
      )
        return null;
      return { type: 'site-decision', tabId: message.tabId as number, origin, deploymentId: message.deploymentId, allow: message.allow };
    }
    default:
      return null;
  }
}

/** Sends a request to the background and returns its answer (a failure when the worker cannot be reached). */
export async function sendToBackground<T extends BackgroundRequest>(request: T): Promise<BackgroundResponse<T['type']>> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as BackgroundResponse<T['type']> | undefined;
    return answer ?? { ok: false, kind: 'bad-request', error: 'MeetGate did not answer; try again.' };
  } catch {
    return { ok: false, kind: 'unreachable', error: "MeetGate's background could not be reached; try again." };
  }
}

/** Reads the background's answer to a bridge request, for the content script. */
export function readBridgeAnswer(response: unknown): BridgeAnswer | null {
  if (typeof response !== 'object' || response === null) return null;
  const { ok, answer } = response as { ok?: unknown; answer?: unknown };
  return ok === true ? parseAnswer(answer) : null;
}
