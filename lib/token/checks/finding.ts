/** The findings list every check writes to. */
import type { Finding, FindingCode, Severity } from '../types.js';

/** Collects findings; each check receives one. */
export class Findings {
  readonly list: Finding[] = [];

  /** Records a finding. `claim` is a dotted path such as `context.user.avatar`, or null. */
  add(code: FindingCode, severity: Severity, claim: string | null, message: string, hint: string, setting?: string): void {
    this.list.push(setting ? { code, severity, claim, message, hint, setting } : { code, severity, claim, message, hint });
  }

  /** Records Prosody's refusal, quoting its reason text. */
  refuse(code: FindingCode, claim: string | null, message: string, reason: string, hint: string, setting?: string): void {
    this.add(code, 'error', claim, `${message} Prosody: "${reason}".`, hint, setting);
  }

  /** Whether any error was recorded: the token would be refused. */
  get hasError(): boolean {
    return this.list.some((finding) => finding.severity === 'error');
  }
}
