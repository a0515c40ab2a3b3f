/**
 * Reading an older Jitsi web app (2021 era, still served by many self-hosted servers): it sends
 * no `ready` and no `errorOccurred` (jitsi/jitsi-meet external_api.js at b1a3c5c), so its
 * refusals and its wait for the host reach the page only as
 *  - error lines of its log, forwarded as the `log` event (`{ logLevel, args }`) when the host's
 *    `config.apiLogLevels` asks for them: conference.js `_onConferenceFailed` logs
 *    `'CONFERENCE FAILED:', err, ...params`, connection.js `handleConnectionFailed` logs
 *    `'CONNECTION FAILED:', err` (@jitsi/logger puts a timestamp and the method name first);
 *  - for a refused room join, the frame leaving for `static/authError.html` (a second `load`);
 *  - for a connection lost for good after joining, the frame reloading itself (conference.js
 *    `_connectionFailedHandler` → page-reload overlay → reload; stored 2020–21 versions): a `load`
 *    after `videoConferenceJoined`, with no `readyToClose` before it, and nothing else.
 * Both are read only while the page has not said `ready`: a current app says it, and its
 * `errorOccurred` is the better source.
 */
import type { JitsiError } from './types.js';

const FAILED = /^(CONFERENCE|CONNECTION) FAILED:?$/;
const ERROR_NAME = /^(conference|connection)\.[A-Za-z_.]{1,80}$/;

/** The error a `log` event reports as a failed conference or connection, or null. */
export function readFailureLog(payload: unknown): JitsiError | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { logLevel, args } = payload as { logLevel?: unknown; args?: unknown };
  if (logLevel !== 'error' || !Array.isArray(args)) return null;
  const at = args.slice(0, 8).findIndex((arg) => typeof arg === 'string' && FAILED.test(arg.trim()));
  const name = args[at + 1];
  if (at < 0 || typeof name !== 'string' || !ERROR_NAME.test(name)) return null;
  const connection = name.startsWith('connection.');
  return {
    name,
    message: null,
    params: connection ? [] : args.slice(at + 2, at + 4).filter((p) => typeof p === 'string' || typeof p === 'boolean'),
    type: connection ? 'CONNECTION' : 'CONFERENCE',
    isFatal: false,
  };
}

/** What a 2021 app's leaving for authError.html means: the room join was refused (`not-allowed`), with no text. */
export const AUTH_ERROR_PAGE: JitsiError = Object.freeze({
  name: 'conference.connectionError.notAllowed',
  message: null,
  params: [],
  type: 'CONFERENCE',
  isFatal: false,
}) as JitsiError;

/**
 * What a 2021 app's reloading itself in the meeting means: the connection was lost for good, as a
 * current app's fatal `connection.droppedError` says (lib-jitsi-meet JitsiConnectionErrors).
 */
export const PAGE_RELOADED: JitsiError = Object.freeze({
  name: 'connection.droppedError',
  message: null,
  params: [],
  type: 'CONNECTION',
  isFatal: true,
}) as JitsiError;

/** `configOverwrite` asking the meeting for its error logs too (kept as given otherwise). */
export function withErrorLogs(config: object | undefined): object {
  const base = (config ?? {}) as { apiLogLevels?: unknown };
  const levels = Array.isArray(base.apiLogLevels) ? base.apiLogLevels.filter((level): level is string => typeof level === 'string') : [];
  return levels.includes('error') ? base : { ...base, apiLogLevels: [...levels, 'error'] };
}
