/**
 * A list of the inspector's findings, each with its fix: the invalid-token screen's errors, and the
 * rejected screen's errors and warnings when the server gave no reason of its own.
 */
import type { ReactNode } from 'react';
import type { Finding } from '../../lib/token/types.js';

/** The findings as a list; `extra` goes last (e.g. the signature problem). */
export function FindingList({
  findings,
  extra,
  errors,
}: {
  findings: Finding[];
  extra?: ReactNode /** Marks the list as the screen's errors (`data-meetgate-errors`). */;
  errors?: boolean;
}) {
  return (
    <ul className="meetgate-findings" data-meetgate-errors={errors ? '' : undefined}>
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${index}`} data-meetgate-finding={finding.code}>
          <strong>{finding.message}</strong> <span className="meetgate-muted">{finding.hint}</span>
        </li>
      ))}
      {extra}
    </ul>
  );
}
