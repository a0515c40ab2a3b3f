/**
 * The full inspection report behind a disclosure: every finding with its fix, and the claims
 * that decide access. Labelled unverified unless a key checked the signature.
 */
import type { TokenInfo } from '../../lib/session/types.js';
import { formatDateTime } from '../../lib/time/format.js';
import type { MeetingStrings } from '../strings.js';

/** Shows a claim value as text (claims are hostile input: never markup). */
function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** A claim's time in the reader's locale and time zone, or a dash. */
function time(value: Date | null): string {
  return value ? formatDateTime(value) : '—';
}

/** The expandable report. */
export function InspectionReport({
  info,
  strings,
  withoutErrors,
}: {
  info: TokenInfo;
  strings: MeetingStrings /** The screen already lists the errors: show only the rest. */;
  withoutErrors?: boolean;
}) {
  const { report } = info;
  const findings = withoutErrors ? report.findings.filter((finding) => finding.severity !== 'error') : report.findings;
  const claims = report.claims ?? {};
  const rows: Array<[string, string]> = [
    ['iss', show(claims.iss)],
    ['aud', show(claims.aud)],
    ['sub', show(claims.sub)],
    ['room', show(claims.room)],
    ['iat', time(report.validity.issuedAt)],
    ['nbf', time(report.validity.notBefore)],
    ['exp', time(report.validity.expiresAt)],
    ['alg', show(report.header?.alg)],
    ['kind', report.flavour],
  ];
  return (
    <details className="meetgate-report" data-meetgate-report="">
      <summary>{strings.fullReport}</summary>
      <p className="meetgate-muted" data-meetgate-verification={info.verification}>
        {info.verification === 'verified' ? strings.verified : `${strings.unverified}: ${strings.unverifiedExplain}`}
      </p>
      {findings.length === 0 ? (
        <p>{strings.noFindings}</p>
      ) : (
        <ul className="meetgate-findings">
          {findings.map((finding, index) => (
            <li key={`${finding.code}-${index}`} data-meetgate-severity={finding.severity}>
              <strong>{strings.severities[finding.severity]}:</strong> {finding.message} <span className="meetgate-muted">{finding.hint}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="meetgate-claims" aria-label={strings.claimsLabel}>
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
