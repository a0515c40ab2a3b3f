/**
 * Asks several sources in turn until one offers a token the caller accepts. A failing source
 * does not stop the chain; its error is kept so the session can say why nothing came.
 */
import { abortReason } from './timers.js';
import { TokenSourceError, type TokenRequest, type TokenSource, type TokenSourceKind } from './types.js';

/** The first accepted token, or none with the failures met on the way. */
export type ChainResult =
  | { token: string; source: TokenSourceKind }
  | { token: null; errors: TokenSourceError[] /** Some source answered "not signed in" (null). */; signedOut: boolean };

/**
 * Requests from `sources` in order. `accept` filters offers (e.g. a token the server already
 * refused); a refused offer moves on to the next source. Rejects only when `request.signal` aborts.
 */
export async function requestFromSources(
  sources: readonly TokenSource[],
  request: TokenRequest,
  accept: (token: string, source: TokenSourceKind) => boolean = () => true,
): Promise<ChainResult> {
  const errors: TokenSourceError[] = [];
  let signedOut = false;
  for (const source of sources) {
    if (request.signal.aborted) throw abortReason(request.signal);
    let token: string | null;
    try {
      token = await source.request(request);
    } catch (error) {
      if (request.signal.aborted) throw abortReason(request.signal);
      errors.push(
        error instanceof TokenSourceError ? error : new TokenSourceError('failed', `The ${source.kind} source failed.`, source.kind, { cause: error }),
      );
      continue;
    }
    // A source may ignore the signal; an answer that arrives after the abort is not wanted.
    if (request.signal.aborted) throw abortReason(request.signal);
    if (typeof token === 'string' && token !== '' && accept(token, source.kind)) return { token, source: source.kind };
    if (token === null && source.kind !== 'prop' && source.kind !== 'link') signedOut = true;
  }
  if (request.signal.aborted) throw abortReason(request.signal);
  return { token: null, errors, signedOut };
}

/** Whether `value` has the shape of a `TokenSource` (for sources handed in by host pages or the extension). */
export function isTokenSource(value: unknown): value is TokenSource {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<TokenSource>;
  return (
    typeof candidate.kind === 'string' &&
    typeof candidate.request === 'function' &&
    (candidate.subscribe === undefined || typeof candidate.subscribe === 'function') &&
    (candidate.forget === undefined || typeof candidate.forget === 'function')
  );
}
