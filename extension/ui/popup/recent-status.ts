/**
 * The state of a recent meeting for the popup's list: a usable token with its time left, an
 * expired one (offer sign-in), or none held (the session wallet empties when the browser closes).
 */
import { inspectContextFor, type Deployment } from '../../../lib/deployments/index.js';
import { hasFinding, inspectToken } from '../../../lib/token/index.js';
import type { RecentMeeting, WalletToken } from '../../storage.js';

/** What the list shows for one meeting. */
export type RecentStatus = { kind: 'ready'; tokenId: string; secondsLeft: number | null } | { kind: 'expired'; tokenId: string } | { kind: 'signed-out' };

/** Whether a wallet token was obtained for this meeting's place. */
function belongs(token: WalletToken, meeting: RecentMeeting): boolean {
  if (token.deploymentId !== null && token.deploymentId === meeting.deploymentId) return token.room === null || token.room === meeting.room;
  return token.domain === meeting.domain && token.tenant === meeting.tenant && (token.room === null || token.room === meeting.room);
}

/** The best token state for a recent meeting. */
export function recentStatus(meeting: RecentMeeting, wallet: readonly WalletToken[], deployments: readonly Deployment[], now: number): RecentStatus {
  const deployment = deployments.find((entry) => entry.id === meeting.deploymentId);
  const context = deployment
    ? inspectContextFor(deployment, meeting.room, now)
    : { domain: meeting.domain.replace(/:\d+$/, ''), room: meeting.tenant ? `${meeting.tenant}/${meeting.room}` : meeting.room, now };
  let best: RecentStatus = { kind: 'signed-out' };
  for (const token of wallet) {
    if (!belongs(token, meeting)) continue;
    const report = inspectToken(token.token, context);
    if (report.usable) {
      const left = report.validity.secondsRemaining;
      if (best.kind !== 'ready' || (left ?? Infinity) > (best.secondsLeft ?? Infinity)) best = { kind: 'ready', tokenId: token.id, secondsLeft: left };
    } else if (best.kind === 'signed-out' && hasFinding(report, 'expired')) {
      best = { kind: 'expired', tokenId: token.id };
    }
  }
  return best;
}

/** "45 s left", "12 min left", "2 h 5 min left". */
export function timeLeftText(seconds: number | null): string {
  if (seconds === null) return 'no expiry';
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s left`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h left` : `${hours} h ${minutes % 60} min left`;
}
