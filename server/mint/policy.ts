/**
 * What makes minting refuse after the token is written: every error `inspectToken` finds (Prosody
 * or JaaS would refuse the token), and every warning, since a warning on a token MeetGate writes
 * is a mistake it can prevent (no display name, an avatar that is not https, features Jitsi does
 * not read...). Two warnings can be asked for and are then tolerated.
 */
import type { Finding, TokenReport } from '../../lib/token/index.js';
import { MintError } from './errors.js';

/** The warnings the caller asked for explicitly. */
export interface Tolerated {
  /** `room: '*'` was asked for. */
  wildcard: boolean;
  /** `allowLongLived: true` was given. */
  longLived: boolean;
}

/** Whether a finding is acceptable on a minted token. */
function acceptable(finding: Finding, tolerated: Tolerated): boolean {
  if (finding.severity === 'info') return true;
  if (finding.severity === 'error') return false;
  if (finding.code === 'room-wildcard') return tolerated.wildcard;
  if (finding.code === 'long-lived') return tolerated.longLived;
  return false;
}

/** The findings that forbid handing out the token. */
export function refusingFindings(report: TokenReport, tolerated: Tolerated): Finding[] {
  return report.findings.filter((finding) => !acceptable(finding, tolerated));
}

/** The `MintError` listing what the inspector found. */
export function refusal(findings: readonly Finding[]): MintError {
  const first = findings[0];
  const more =
    findings.length > 1
      ? ` (and ${findings.length - 1} more: ${findings
          .slice(1)
          .map((f) => f.code)
          .join(', ')})`
      : '';
  return new MintError(
    'refused',
    `MeetGate will not issue this token: ${first ? first.message : 'the inspector calls it unusable.'}${more}`,
    first?.hint ?? 'Check the options against the deployment.',
    findings,
  );
}
