/** The findings list every check writes to: data only (codes and parameters); the words are in `../wording.ts`. */
import type { FindingCode, FindingFacts, FindingParams, Severity } from '../types.js';

/** Collects findings; each check receives one. */
export class Findings {
  readonly list: FindingFacts[] = [];

  /** Records a finding. `claim` is a dotted path such as `context.user.avatar`, or null. */
  add(code: FindingCode, severity: Severity, claim: string | null, params: FindingParams = {}, setting?: string): void {
    this.list.push({ code, severity, claim, ...(setting && { setting }), params });
  }
}
