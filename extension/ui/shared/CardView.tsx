/**
 * The component's token card, shown in extension pages exactly as `<SecureMeeting>` shows it:
 * same markup, same findings, same strings. Wrapped in a `.meetgate` root so its stylesheet
 * applies, laid out in the page flow instead of over a meeting.
 */
// The card itself, not the package's lazily loaded export: extension pages show it at once.
import { TokenCard } from '../../../components/card/TokenCard.js';
import { MEETGATE_CSS, defaultStrings } from '../../../components/index.js';
import { systemTimers } from '../../../lib/sources/index.js';
import type { TokenReport } from '../../../lib/token/index.js';

/** Props of `CardView`. */
export interface CardViewProps {
  report: TokenReport;
  /** Whether a key checked the signature. */
  verified: boolean;
}

/** The card for a report. */
export function CardView({ report, verified }: CardViewProps) {
  return (
    <div className="meetgate mg-card-host" data-mg-card="">
      <style href="meetgate-styles" precedence="default">
        {MEETGATE_CSS}
      </style>
      <TokenCard
        info={{ report, source: 'extension', verification: verified ? 'verified' : 'unverified' }}
        strings={defaultStrings}
        timers={systemTimers}
        placement="panel"
      />
    </div>
  );
}
