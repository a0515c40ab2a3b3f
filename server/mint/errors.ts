/**
 * `MintError`: the one way minting says no. Messages name the option or claim at fault and
 * never contain a secret, a private key or a token.
 */
import type { Finding } from '../../lib/token/index.js';

/** Why minting refused; stable, so callers can branch on it. */
export type MintErrorCode =
  | 'missing-key'
  | 'conflicting-keys'
  | 'invalid-key'
  | 'weak-secret'
  | 'missing-kid'
  | 'invalid-app-id'
  | 'invalid-placement'
  | 'invalid-room'
  | 'invalid-user'
  | 'invalid-role'
  | 'unknown-feature'
  | 'invalid-feature-value'
  | 'invalid-ttl'
  | 'ttl-too-long'
  | 'invalid-time'
  | 'jaas-mismatch'
  | 'refused';

/** Thrown instead of returning a token that Jitsi would refuse or that carries a preventable mistake. */
export class MintError extends Error {
  override readonly name = 'MintError';
  /** Stable reason. `refused` means `inspectToken` found the problems listed in `findings`. */
  readonly code: MintErrorCode;
  /** How to fix it. */
  readonly hint: string;
  /** The inspector's findings that made minting refuse; empty when the options were wrong. */
  readonly findings: readonly Finding[];

  constructor(code: MintErrorCode, message: string, hint: string, findings: readonly Finding[] = []) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.findings = findings;
  }
}

/** Whether `error` is a `MintError` (also across module copies, by name and shape). */
export function isMintError(error: unknown): error is MintError {
  return error instanceof MintError || (error instanceof Error && error.name === 'MintError' && 'code' in error && 'findings' in error);
}
