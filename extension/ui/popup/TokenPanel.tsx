/**
 * A token in the popup: the component's card with all findings, then the actions. Join and Open
 * are offered only when the inspector found nothing that would make the server refuse it.
 */
import { useState } from 'react';
import { CardView } from '../shared/CardView.js';
import { copyLink, joinInMeetingPage, openInJitsi, type ActionableToken } from './token-actions.js';
import type { TokenReport } from '../../../lib/token/index.js';
import type { MeetingTarget } from './pasted.js';

/** Props of `TokenPanel`. */
export interface TokenPanelProps {
  token: string;
  report: TokenReport;
  /** Where it leads; actions that need it are disabled until known. */
  target: MeetingTarget | null;
  deploymentId: string | null;
  walletId: string | null;
  verified: boolean;
  /** Forgets the token (and clears the field). */
  onForget: () => void;
}

/** Card and actions. */
export function TokenPanel({ token, report, target, deploymentId, walletId, verified, onForget }: TokenPanelProps) {
  const [status, setStatus] = useState('');
  const subject: ActionableToken | null = target ? { token, report, target, deploymentId, walletId } : null;
  const usable = report.usable && subject !== null;
  const run = (action: (s: ActionableToken) => Promise<string | void>) => () => {
    if (!subject) return;
    action(subject).then(
      (message) => setStatus(message ?? ''),
      (error: unknown) => setStatus(error instanceof Error ? error.message : 'That did not work.'),
    );
  };
  // The verdict and its first error come first: in a 400×600 popup they are read without scrolling.
  const firstError = report.findings.find((finding) => finding.severity === 'error');
  return (
    <div className="mg-token" data-mg="token-panel">
      <p
        className={report.usable ? 'mg-verdict' : 'mg-verdict mg-verdict-refused'}
        role="status"
        data-mg="verdict"
        data-mg-usable={report.usable ? 'yes' : 'no'}
      >
        <strong>{report.usable ? 'The meeting server would accept this token.' : 'The meeting server would refuse this token.'}</strong>
        {firstError ? <> {firstError.message}</> : null}
      </p>
      {!target ? <p className="mg-hint">Enter the domain and room above to join.</p> : null}
      <CardView report={report} verified={verified} />
      <div className="mg-actions">
        <button type="button" className="mg-primary" disabled={!usable} onClick={run(joinInMeetingPage)} data-mg="join">
          Join
        </button>
        <button type="button" disabled={!usable} onClick={run(openInJitsi)} data-mg="open-jitsi">
          Open in Jitsi
        </button>
        <button type="button" disabled={!subject} onClick={run((s) => copyLink(s, false))} data-mg="copy">
          Copy link
        </button>
        <button type="button" disabled={!subject || !report.usable} onClick={run((s) => copyLink(s, true))} data-mg="copy-token">
          Copy link with token
        </button>
        <button type="button" onClick={onForget} data-mg="forget">
          Forget
        </button>
      </div>
      <p className="mg-status" role="status" aria-live="polite" data-mg="status">
        {status}
      </p>
    </div>
  );
}
