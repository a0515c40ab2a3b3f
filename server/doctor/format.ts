/** Human output of `meetgate doctor`: every problem with its place, reason and fix. */
import { formatReport, safe } from '../cli/format.js';
import type { DoctorReport, DoctorSeverity } from './types.js';

const MARK: Record<DoctorSeverity, string> = { error: 'x error  ', warning: '! warning', info: 'i info   ' };
const INDENT = '            ';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Formats the diagnosis as lines of text (file content is hostile: control characters are stripped). */
export function formatDoctorReport(report: DoctorReport): string {
  const lines: string[] = [`MeetGate doctor - ${plural(report.files.length, 'file')} read`];
  for (const f of report.files) lines.push(`  ${f.kind.padEnd(18)} ${safe(f.path)}${f.parsed ? '' : '  (could not be parsed)'}`);
  const { error, warning, info } = report.counts;
  lines.push('', `Findings  ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info`);
  for (const f of report.findings) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(deployment)';
    lines.push(`  ${MARK[f.severity]} ${safe(where)}  [${f.check}]`);
    lines.push(`${INDENT}${safe(f.message)}`);
    lines.push(`${INDENT}why: ${safe(f.why)}`);
    lines.push(`${INDENT}fix: ${safe(f.fix)}`);
  }
  if (report.notChecked.length) {
    lines.push('', 'Not checked (give more files to run these)');
    const byNeed = new Map<string, string[]>();
    for (const n of report.notChecked) byNeed.set(n.needs, [...(byNeed.get(n.needs) ?? []), n.check]);
    for (const [needs, checks] of byNeed) lines.push(`  needs ${needs}: ${checks.join(', ')}`);
  }
  const p = report.profile;
  if (p) {
    lines.push('', 'Server profile (what tokens are judged against)');
    const issuers = p.asap_accepted_issuers ?? (p.app_id ? [p.app_id] : []);
    lines.push(
      `  domain ${safe(p.domain ?? '?')} (rooms on ${safe(p.muc_mapper_domain_prefix)}.${safe(p.domain ?? '?')}), app_id ${safe(p.app_id ?? '(none)')}, ${p.signature_algorithm} (${p.key_kind === 'secret' ? 'app_secret' : 'key server'})`,
    );
    lines.push(
      `  issuers ${safe(issuers.join(', ') || '(none)')}${p.asap_accepted_issuers ? '' : ' (default: app_id)'}; audiences ${safe(p.asap_accepted_audiences.join(', '))}`,
    );
    lines.push(
      `  domain verification ${p.enable_domain_verification ? 'on' : 'off'}, room claim ${p.asap_require_room_claim ? 'required' : 'optional'}, empty token ${p.allow_empty_token ? 'allowed' : 'refused'}, token_verification ${p.token_verification ? 'loaded' : 'NOT loaded'}`,
    );
  }
  report.tokens.forEach((t, i) => {
    lines.push('', `Token ${i + 1} on this deployment`);
    lines.push(
      ...formatReport(t.report, null)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  });
  const unusable = report.tokens.filter((t) => !t.report.usable).length;
  lines.push('', report.ok ? 'Verdict   no errors' : `Verdict   ${plural(error, 'error')}${unusable ? `, ${plural(unusable, 'unusable token')}` : ''}`);
  return lines.join('\n');
}
