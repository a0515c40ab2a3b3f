/**
 * Answers a web page's token request relayed by the bridge content script: the allow-list
 * decision from lib/bridge, with one renewal attempt when a held token only needs refreshing.
 */
import { decideBridgeRequest, type BridgeAnswer, type BridgeCandidate, type TokenRequestMessage } from '../../lib/bridge/index.js';
import { readAllowances, readDeployments } from '../storage.js';
import { listWallet } from '../wallet.js';
import { renewToken } from './sign-in.js';

/** Decides, renewing at most once. `origin` is the page origin the browser reported. */
export async function answerBridgeRequest(request: TokenRequestMessage, origin: string, now: () => number = Date.now): Promise<BridgeAnswer> {
  const ask = { domain: request.domain, tenant: request.tenant, room: request.room };
  const [allowances, deployments] = await Promise.all([readAllowances(), readDeployments()]);
  const candidates = async (refreshable: boolean): Promise<BridgeCandidate[]> =>
    (await listWallet()).map((token) => ({
      id: token.id,
      deploymentId: token.deploymentId,
      token: token.token,
      refreshable: refreshable && token.source === 'oidc',
    }));

  const first = decideBridgeRequest({ origin, ask, allowances, deployments, candidates: await candidates(true), now: now() });
  if ('answer' in first) return first.answer;
  await renewToken(first.refresh.id);
  const second = decideBridgeRequest({ origin, ask, allowances, deployments, candidates: await candidates(false), now: now() });
  return 'answer' in second ? second.answer : { outcome: 'no-token', message: 'The token could not be renewed; sign in from MeetGate.' };
}
