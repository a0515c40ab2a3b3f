/** The findings list every check writes to. */
import type { Finding, FindingCode, Severity } from '../types.js';

/** Collects findings; each check receives one. */
export class Findings {
  readonly list: Finding[] = [];

  /** Records a finding. `claim` is a dotted path such as `context.user.avatar`, or null. */
  add(code: FindingCode, severity: Severity, claim: string | null, message: string, hint: string): void {
    this.list.push({ code, severity, claim, message, hint });
  }

  /** Whether any error was recorded: the token would be refused. */
  get hasError(): boolean {
    return this.list.some((finding) => finding.severity === 'error');
  }
}
