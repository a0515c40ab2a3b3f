/**
 * `OidcError` and the translation of oauth4webapi's and the browser's errors into it. Messages
 * are for people and never contain a token, a code or a verifier.
 */
import { AuthorizationResponseError, OperationProcessingError, ResponseBodyError } from 'oauth4webapi';
import type { OidcErrorKind } from './types.js';

/** An OpenID failure with a kind the UI can act on and a plain message. */
export class OidcError extends Error {
  override readonly name = 'OidcError';
  /**
   * @param kind what went wrong, in categories
   * @param message a sentence for people
   * @param providerError the OAuth `error` code from the provider, when there was one
   */
  constructor(
    readonly kind: OidcErrorKind,
    message: string,
    readonly providerError: string | null = null,
  ) {
    super(message);
  }
}

/** OAuth error codes that mean "a person has to sign in". */
const LOGIN_REQUIRED = new Set(['login_required', 'interaction_required', 'consent_required', 'account_selection_required', 'invalid_grant']);

/** The provider's description, cut short and stripped of anything that is not plain text. */
function describe(error: string, description: string | undefined): string {
  const detail = description ? description.replace(/[^\x20-\x7e]/g, '').slice(0, 200) : '';
  return detail ? `${error} (${detail})` : error;
}

/** Translates anything thrown during an OpenID operation into an `OidcError`. */
export function toOidcError(error: unknown, issuer: string): OidcError {
  if (error instanceof OidcError) return error;
  if (error instanceof AuthorizationResponseError || error instanceof ResponseBodyError) {
    const kind: OidcErrorKind = error.error === 'access_denied' ? 'cancelled' : LOGIN_REQUIRED.has(error.error) ? 'login-required' : 'provider-error';
    return new OidcError(kind, `The sign-in service refused: ${describe(error.error, error.error_description)}.`, error.error);
  }
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  if (/did not approve|cancel|closed|denied/i.test(message)) return new OidcError('cancelled', 'The sign-in window was closed before signing in.');
  if (/user interaction required|interaction required|could not be loaded/i.test(message)) {
    return new OidcError('login-required', 'Signing in again needs you: open the sign-in window.');
  }
  if (name === 'TimeoutError' || name === 'AbortError' || (name === 'TypeError' && /fetch/i.test(message))) {
    return new OidcError('unreachable', `The sign-in service at ${new URL(issuer).host} could not be reached.`);
  }
  // oauth4webapi's own messages name the failed check without values; anything else may echo a URL with a code.
  const detail = error instanceof OperationProcessingError ? `: ${message.slice(0, 200)}` : '.';
  return new OidcError('invalid-response', `The sign-in service gave an answer MeetGate cannot trust${detail}`);
}
