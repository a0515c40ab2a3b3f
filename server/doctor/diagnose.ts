/**
 * `diagnoseDeployment(files)`: reads a Jitsi deployment's configuration files (never running
 * them) and says what will go wrong with tokens, with the file, line, reason and fix of each
 * problem; given tokens, also judges each as this deployment will.
 */
import { decodeToken } from '../../lib/token/decode.js';
import { extractToken, inspectToken, redactToken } from '../../lib/token/index.js';
import { CHECKS, type CheckContext, type GivenToken, type Need } from './checks/index.js';
import type { Deployment } from './model.js';
import { inspectContextOf, readProfile } from './profile.js';
import { readDeployment } from './read.js';
import type { DeploymentFiles, DiagnoseOptions, DoctorReport, DoctorSeverity } from './types.js';

const NEEDS: Record<Need, string> = {
  prosody: 'the Prosody configuration (--prosody or --docker-env)',
  jicofo: "jicofo's configuration (--jicofo jicofo.conf or sip-communicator.properties, or --docker-env)",
  client: 'config.js (--config-js or --docker-env)',
  tokens: 'a token (--token)',
};

function has(d: Deployment, tokens: GivenToken[], need: Need): boolean {
  return need === 'prosody' ? d.hosts !== null : need === 'jicofo' ? d.jicofo !== null : need === 'client' ? d.client !== null : tokens.length > 0;
}

function decodeGiven(tokens: string[]): GivenToken[] {
  return tokens.flatMap((input, i) => {
    const decoded = decodeToken(extractToken(input));
    return decoded.ok ? [{ label: `token ${i + 1}`, claims: decoded.claims }] : [];
  });
}

const ORDER: Record<DoctorSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Diagnoses a deployment. Never throws for file content; unreadable files become findings. */
export function diagnoseDeployment(files: DeploymentFiles, options: DiagnoseOptions = {}): DoctorReport {
  const read = readDeployment(files);
  const given = options.tokens ?? [];
  const ctx: CheckContext = { d: read.deployment, tokens: decodeGiven(given) };
  const findings = [...read.findings];
  const notChecked: DoctorReport['notChecked'] = [];
  for (const check of CHECKS) {
    const missing = check.needs.filter((n) => !has(ctx.d, ctx.tokens, n));
    if (missing.length) {
      if (!missing.includes('tokens')) notChecked.push({ check: check.id, needs: missing.map((n) => NEEDS[n]).join(' and ') });
      continue;
    }
    findings.push(...check.run(ctx));
  }
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const profile = read.deployment.hosts ? readProfile(read.deployment) : null;
  const context = inspectContextOf(profile, options.now);
  const tokens = given.map((input) => {
    const report = inspectToken(input, context);
    return { token: report.token && redactToken(report.token), report: { ...report, token: report.token && redactToken(report.token) } };
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { files: read.files, findings, notChecked, profile, tokens, counts, ok: counts.error === 0 && tokens.every((t) => t.report.usable) };
}
