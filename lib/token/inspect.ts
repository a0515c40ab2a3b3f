/**
 * `inspectToken`: decode a Jitsi JWT and explain it, mirroring what Prosody accepts — the
 * verdict of the core (`judge.ts`), the holder (`holder.ts`: user, role, features and their
 * findings), and every finding in plain words (`wording.ts`). Pure: no DOM, no Node APIs, no
 * signature check (see `verifyToken`), and it never throws.
 */
import { noHolder, readHolder, type Holder } from './holder.js';
import { judge } from './judge.js';
import type { InspectContext, TokenReport } from './types.js';
import { wordFinding } from './wording.js';

export { hasFinding, profileFor } from './judge.js';

/**
 * Inspects a token or a tokenized meeting link (`https://host/room?jwt=…`, `#jwt=…`) against
 * what the caller knows of the meeting. Any string gives a report; bad input gives
 * `usable: false` with at least one error finding, each finding with a `message` and a `hint`.
 */
export function inspectToken(input: string, context: InspectContext = {}): TokenReport {
  let holder: Holder = noHolder();
  const { token, header, claims, room, validity, findings, usable } = judge(input, context, (...read) => {
    holder = readHolder(...read);
  });
  return { token, header, claims, ...holder, room, validity, findings: findings.map(wordFinding), usable, verified: false };
}
