/**
 * The meeting page's `tokenProvider`: the extension answers every reason the session asks for
 * a token. First join: the wallet token. Ahead of expiry and after a refusal: a silent renewal
 * (refresh token, or the provider's session) — never a window the person did not ask for.
 * After a kick or "Sign in again": an interactive sign-in, forcing the login form after a kick
 * so the person may switch account. A cancelled sign-in answers null, which the session does not
 * retry.
 */
import type { TokenProvider } from '../../../components/index.js';
import type { Deployment } from '../../../lib/deployments/index.js';
import { sendToBackground } from '../../messages.js';
import { findWalletToken } from '../../wallet.js';

/** The provider's state: which wallet token the meeting currently uses. */
export interface ProviderState {
  tokenId: string;
}

/** Builds the provider; `onToken` learns the wallet id of every new token (to keep the page address current). */
export function extensionTokenProvider(deployment: Deployment | null, state: ProviderState, onToken: (tokenId: string) => void): TokenProvider {
  const current = async (): Promise<string | null> => (await findWalletToken(state.tokenId))?.token ?? null;
  const adopt = async (tokenId: string): Promise<string | null> => {
    state.tokenId = tokenId;
    onToken(tokenId);
    return current();
  };
  return async ({ reason }) => {
    if (reason === 'initial') return current();
    if (deployment?.signIn.kind !== 'oidc') return reason === 'expiring' || reason === 'rejected' ? null : current();
    if (reason === 'expiring' || reason === 'rejected') {
      const renewed = await sendToBackground({ type: 'renew', tokenId: state.tokenId });
      return renewed.ok ? adopt(renewed.tokenId) : null;
    }
    const signedIn = await sendToBackground({ type: 'sign-in', deploymentId: deployment.id, ...(reason === 'kicked' ? { prompt: 'login' as const } : {}) });
    return signedIn.ok ? adopt(signedIn.tokenId) : null;
  };
}
