/**
 * What the meeting page needs before it mounts `<SecureMeeting>`: the wallet token it was
 * opened for, that token's deployment, and where to send the person when the meeting ends.
 */
import type { Deployment } from '../../../lib/deployments/index.js';
import { sendToBackground } from '../../messages.js';
import { readDeployments, type WalletToken } from '../../storage.js';
import { findWalletToken } from '../../wallet.js';

/** A meeting ready to mount. */
export interface MeetingSetup {
  tokenId: string;
  token: WalletToken;
  domain: string;
  /** `tenant/room` or `room`, as `<SecureMeeting roomName>` takes it. */
  roomName: string;
  room: string;
  deployment: Deployment | null;
  logoutUrl: string | null;
}

/** Loads the setup, or says why the page cannot show a meeting. */
export async function loadMeetingSetup(tokenId: string, room: string): Promise<MeetingSetup | { error: string }> {
  const token = await findWalletToken(tokenId);
  if (!token || !token.domain) {
    return { error: 'This meeting page no longer has a token: tokens are forgotten when the browser closes. Open MeetGate from the toolbar to sign in again.' };
  }
  const deployment = (await readDeployments()).find((entry) => entry.id === token.deploymentId) ?? null;
  const tenant = token.tenant ?? deployment?.tenant ?? null;
  let logoutUrl = deployment?.logoutUrl ?? null;
  if (!logoutUrl && deployment?.signIn.kind === 'oidc') {
    const answer = await sendToBackground({ type: 'logout-url', tokenId });
    logoutUrl = answer.ok ? answer.url : null;
  }
  return { tokenId, token, domain: token.domain, room, roomName: tenant ? `${tenant}/${room}` : room, deployment, logoutUrl };
}
