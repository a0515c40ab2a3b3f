/**
 * The first-run step for the local simulator: the browser does not trust its self-signed
 * certificate yet, so it would refuse the meeting's iframe without a word. This says why, links
 * to the simulator once so the person can accept the certificate, and waits (the page probes
 * again by itself).
 */
import type { ReactElement } from 'react';

/** Props of `<TrustScreen>`. */
export interface TrustScreenProps {
  /** The simulator's address, opened in a new tab to accept its certificate. */
  simulatorUrl: string;
}

/** The explanation, with the link and what happens next. */
export function TrustScreen({ simulatorUrl }: TrustScreenProps): ReactElement {
  const host = new URL(simulatorUrl).host;
  return (
    <section className="card" aria-labelledby="trust-title" data-testid="trust-screen">
      <h2 id="trust-title">One step before your first meeting</h2>
      <p>
        Meetings in this demo run on a local Jitsi simulator at <code>{host}</code>. It made its own certificate when the portal started, so your browser does
        not trust it yet — and it would silently refuse to show the meeting inside this page.
      </p>
      <ol className="steps">
        <li>
          <a href={simulatorUrl} target="_blank" rel="noopener noreferrer">
            Open the simulator in a new tab
          </a>
          .
        </li>
        <li>
          Your browser warns that the connection is not private. Choose <strong>Advanced</strong>, then{' '}
          <strong>Proceed to {new URL(simulatorUrl).hostname}</strong> (Firefox: <strong>Accept the Risk and Continue</strong>). This trusts only that server on
          your own computer, and only until the browser closes.
        </li>
        <li>Come back to this tab: the meeting starts by itself.</li>
      </ol>
      <p className="muted" role="status" aria-live="polite">
        Waiting for the simulator to be trusted… A private window asks once more. With a real Jitsi deployment this step does not exist.
      </p>
    </section>
  );
}
