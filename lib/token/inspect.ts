/**
 * `inspectToken`: decode a Jitsi JWT and explain it, mirroring what Prosody accepts — the
 * verdict of `judgeToken` (the core) with every finding in plain words (`wording.ts`). Pure: no
 * DOM, no Node APIs, no signature check (see `verifyToken`), and it never throws.
 */
import { judgeToken } from './judge.js';
import type { InspectContext, TokenReport } from './types.js';
import { wordReport } from './wording.js';

export { hasFinding, profileFor } from './judge.js';

/**
 * Inspects a token or a tokenized meeting link (`https://host/room?jwt=…`, `#jwt=…`) against
 * what the caller knows of the meeting. Any string gives a report; bad input gives
 * `usable: false` with at least one error finding, each finding with a `message` and a `hint`.
 */
export function inspectToken(input: string, context: InspectContext = {}): TokenReport {
  return wordReport(judgeToken(input, context));
}
