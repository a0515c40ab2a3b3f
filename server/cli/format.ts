/** Human output of `meetgate inspect`: a short report a site admin can read in a terminal. */
import type { TokenReport } from '../../lib/token/index.js';
import type { VerificationResult } from '../../lib/token/verify.js';
import { terminalText } from './terminal-safe.js';
import { formatDateTime, formatRelative, LAST_PLAUSIBLE_YEAR } from '../../lib/time/format.js';
import type { DateWriter } from './english-dates.js';

/** Claims are hostile: control and bidi characters become "?" so a token cannot drive the terminal. */
export function safe(text: unknown): string {
  return terminalText(text);
}

/** Dates in the runtime's locale and zone, with Intl. */
const INTL_DATES: DateWriter = { dateTime: (date) => formatDateTime(date), relative: (seconds) => formatRelative(seconds) };

/** The expiry in the reader's locale and zone with how far off it is, or what an absurd year means. */
export function expiryLine(expiresAt: Date, secondsRemaining: number, dates: DateWriter = INTL_DATES): string {
  if (expiresAt.getUTCFullYear() > LAST_PLAUSIBLE_YEAR) return `in the year ${expiresAt.getUTCFullYear()} — this looks like milliseconds`;
  return `${dates.dateTime(expiresAt)} (${dates.relative(secondsRemaining)})`;
}

const MARK = { error: 'x error  ', warning: '! warning', info: 'i info   ' } as const;

/** The verdict on token and signature together, as `--json` reports it. */
export type Verdict = 'usable' | 'usable-unverified' | 'not-usable' | 'signature-unchecked';

/**
 * Claims and signature together. A signature that does not verify with the given key outweighs
 * everything else: Prosody checks the signature first, so such a token is never "usable".
 */
export function verdictOf(report: TokenReport, verification: VerificationResult | null): Verdict {
  if (!report.usable || verification?.status === 'invalid-signature') return 'not-usable';
  if (verification?.status === 'key-unavailable') return 'signature-unchecked';
  return verification?.status === 'verified' ? 'usable' : 'usable-unverified';
}

const VERDICT_LINES: Record<Verdict, string> = {
  usable: 'Verdict   usable: signature verified, and Prosody would accept this token',
  'usable-unverified': 'Verdict   usable: Prosody would accept this token (signature not checked: no key given)',
  'signature-unchecked': 'Verdict   unknown: the claims are acceptable, but the signature could not be checked with this key',
  'not-usable': 'Verdict   NOT usable: Prosody would refuse this token',
};

/** The last line of the report. */
export function verdictLine(report: TokenReport, verification: VerificationResult | null): string {
  const verdict = verdictOf(report, verification);
  if (verdict === 'not-usable' && report.usable) return 'Verdict   NOT usable: the signature does not verify with this key, so Prosody would refuse this token';
  return VERDICT_LINES[verdict];
}

/** Formats the report (and the signature check, if one ran) as lines of text. */
export function formatReport(report: TokenReport, verification: VerificationResult | null, dates: DateWriter = INTL_DATES): string {
  const lines: string[] = [];
  const trust = verification
    ? verification.status === 'verified'
      ? 'signature verified'
      : `signature ${verification.status}: ${verification.reason}`
    : 'unverified (no key given)';
  lines.push(`MeetGate token report - ${safe(trust)}`);
  if (report.header) {
    lines.push(`Flavour   ${report.flavour} (${safe(report.header.alg ?? 'no alg')}${report.header.kid ? `, kid ${safe(report.header.kid)}` : ''})`);
    const { name, email, id } = report.user;
    lines.push(`Who       ${safe(name ?? '(no name)')}${email ? ` <${safe(email)}>` : ''}${id ? `  id ${safe(id)}` : ''}`);
    lines.push(`Role      ${report.role.value}${report.role.decidedBy ? ` (from ${report.role.decidedBy})` : ' (default)'}`);
    const room = report.room;
    const verdict = room.matches === null ? '' : room.matches ? ` - valid for ${safe(room.target)}` : ` - NOT valid for ${safe(room.target)}`;
    lines.push(`Room      ${room.claim === null ? '(none)' : safe(room.claim)}${verdict}`);
    const { expiresAt, secondsRemaining } = report.validity;
    lines.push(`Expires   ${expiresAt ? expiryLine(expiresAt, secondsRemaining ?? 0, dates) : 'never'}`);
    const features = Object.entries(report.features);
    const named = (pick: (f: (typeof features)[number][1]) => boolean) =>
      features
        .filter(([, f]) => pick(f))
        .map(([n]) => n)
        .join(', ') || '-';
    lines.push(`Features  on: ${named((f) => f.state === 'enabled')}; off: ${named((f) => f.state === 'disabled')}`);
    lines.push(`          unset but granted by Jitsi's defaults: ${named((f) => f.state === 'unset' && f.granted)}`);
  }
  lines.push(report.findings.length ? 'Findings' : 'Findings  none');
  for (const f of report.findings) {
    lines.push(`  ${MARK[f.severity]} ${f.code}${f.claim ? ` (${safe(f.claim)})` : ''}: ${safe(f.message)}`);
    lines.push(`            fix: ${safe(f.hint)}`);
    if (f.setting) lines.push(`            setting: ${safe(f.setting)}`);
  }
  lines.push(verdictLine(report, verification));
  return lines.join('\n');
}
