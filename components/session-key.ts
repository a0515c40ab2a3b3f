/**
 * When a new session controller is needed: the options that change what the session does are
 * folded into a key (object literals re-created on each render compare equal), and the origin
 * lists are validated so a wildcard fails loudly during render.
 */
import { parseOriginList } from '../lib/redirect/origins.js';
import type { MeetingSessionOptions } from './session-options.js';

/** Stable ids for objects in the key (sources, timers): the same object keeps its id. */
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(value: object | undefined): number {
  if (!value) return 0;
  if (!ids.has(value)) ids.set(value, nextId++);
  return ids.get(value) ?? 0;
}

/** The key; `domain` and `roomName` are compared separately. */
export function sessionKey(options: MeetingSessionOptions): string {
  return JSON.stringify([
    options.auth ?? null,
    options.autoRedirectAfterKickSeconds ?? null,
    options.allowedTokenOrigins ?? null,
    options.tokenFromLink !== false,
    Boolean(options.tokenProvider),
    options.providerOptions ?? null,
    options.inspect ?? null,
    options.timing ?? null,
    Boolean(options.verify),
    (options.tokenSources ?? []).map(idOf),
    options.tokenSource ?? null,
    idOf(options.timers),
  ]);
}

/** Throws a `ConfigurationError` for an unusable origin list (e.g. `*`). */
export function validateOrigins(options: MeetingSessionOptions): void {
  parseOriginList(options.allowedTokenOrigins, 'allowedTokenOrigins');
  parseOriginList(options.auth?.allowedRedirectOrigins, 'auth.allowedRedirectOrigins');
}
