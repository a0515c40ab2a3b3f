/**
 * What the popup's token buttons do: keep the token in the session wallet, remember the
 * meeting, and open it — in the extension's meeting page or in the Jitsi web app itself.
 */
import { browser } from 'wxt/browser';
import { meetingLink } from '../../../lib/deployments/index.js';
import type { TokenReport } from '../../../lib/token/index.js';
import { meetingPageUrl } from '../../pages.js';
import { rememberMeeting } from '../../recent.js';
import { addWalletToken, findWalletToken } from '../../wallet.js';
import type { MeetingTarget } from './pasted.js';

/** A token the popup can act on. */
export interface ActionableToken {
  token: string;
  report: TokenReport;
  target: MeetingTarget;
  deploymentId: string | null;
  /** Its wallet id when it is already stored (signed-in tokens). */
  walletId: string | null;
}

/** Stores the token (if needed) and the meeting in the recent list; returns the wallet id. */
async function keep(subject: ActionableToken): Promise<string> {
  const { target, report } = subject;
  const existing = subject.walletId ? await findWalletToken(subject.walletId) : undefined;
  const id =
    existing?.id ??
    (
      await addWalletToken({
        token: subject.token,
        source: 'pasted',
        deploymentId: subject.deploymentId,
        domain: target.domain,
        tenant: target.tenant,
        room: target.room,
        refreshToken: null,
        idToken: null,
        expiresAt: report.validity.expiresAt?.getTime() ?? null,
      })
    ).id;
  await rememberMeeting({
    deploymentId: subject.deploymentId,
    domain: target.domain,
    tenant: target.tenant,
    room: target.room,
    displayName: report.user.name ?? null,
  });
  return id;
}

/** Opens the extension's meeting page (the full session: card, kicks, expiry, re-sign-in). */
export async function joinInMeetingPage(subject: ActionableToken): Promise<void> {
  const id = await keep(subject);
  await browser.tabs.create({ url: meetingPageUrl(location.origin, id, subject.target.room) });
}

/** Opens `https://domain/room?jwt=…` in a tab: the Jitsi web app's own way. */
export async function openInJitsi(subject: ActionableToken): Promise<void> {
  await keep(subject);
  await browser.tabs.create({ url: meetingLink(subject.target, subject.target.room, subject.token) });
}

/** Copies the meeting link, without the token unless asked for. Returns what was copied, for the status line. */
export async function copyLink(subject: ActionableToken, withToken: boolean): Promise<string> {
  await navigator.clipboard.writeText(meetingLink(subject.target, subject.target.room, withToken ? subject.token : undefined));
  const name = subject.report.user.name ?? 'you';
  return withToken ? `Link with the token copied: anyone who opens it joins as ${name}.` : 'Meeting link copied (without the token).';
}
