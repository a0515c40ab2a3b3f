import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Deployment } from '../../../../lib/deployments/index.js';
import { extensionTokenProvider } from '../../../../extension/ui/meeting/extension-provider.js';
import { addWalletToken } from '../../../../extension/wallet.js';

const OIDC: Deployment = {
  id: 'meet',
  name: 'Meet',
  domain: 'meet.example.org',
  tenant: null,
  expectedIssuer: [],
  expectedAudience: [],
  signIn: { kind: 'oidc', issuer: 'https://id.example.org', clientId: 'jitsi', scopes: ['openid'] },
  logoutUrl: null,
  jwksUrl: null,
};
const BASE = {
  source: 'oidc' as const,
  deploymentId: 'meet',
  domain: 'meet.example.org',
  tenant: null,
  room: null,
  refreshToken: 'r',
  idToken: null,
  expiresAt: null,
};
const signal = new AbortController().signal;

/** Answers runtime messages as the background would, recording them. */
function background(answer: (message: { type: string }) => Promise<unknown>) {
  const seen: Array<{ type: string; prompt?: string }> = [];
  fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender: unknown, sendResponse: (value: unknown) => void) => {
    seen.push(message);
    void answer(message).then(sendResponse);
    return true;
  });
  return seen;
}

beforeEach(() => fakeBrowser.reset());

describe('the meeting page token provider', () => {
  it('answers the first join with the wallet token, without asking the background', async () => {
    const stored = await addWalletToken({ ...BASE, token: 'first.t.x' });
    const seen = background(async () => ({ ok: false }));
    expect(await extensionTokenProvider(OIDC, { tokenId: stored.id }, vi.fn())({ room: 'r', domain: 'd', reason: 'initial', signal })).toBe('first.t.x');
    expect(seen).toEqual([]);
  });

  it('renews silently before expiry and after a refusal', async () => {
    const stored = await addWalletToken({ ...BASE, token: 'old.t.x' });
    const seen = background(async () => {
      const renewed = await addWalletToken({ ...BASE, token: 'new.t.x' });
      return { ok: true, tokenId: renewed.id };
    });
    const onToken = vi.fn();
    const state = { tokenId: stored.id };
    expect(await extensionTokenProvider(OIDC, state, onToken)({ room: 'r', domain: 'd', reason: 'expiring', signal })).toBe('new.t.x');
    expect(seen).toEqual([{ type: 'renew', tokenId: stored.id }]);
    expect(onToken).toHaveBeenCalledWith(state.tokenId);
    expect(await extensionTokenProvider(OIDC, state, onToken)({ room: 'r', domain: 'd', reason: 'rejected', signal })).toBe('new.t.x');
    expect(seen[1]?.type).toBe('renew');
  });

  it('signs in interactively after a kick, asking for the login form, and answers null when cancelled', async () => {
    const stored = await addWalletToken({ ...BASE, token: 'old.t.x' });
    const seen = background(async () => ({ ok: false, kind: 'cancelled', error: 'closed' }));
    expect(await extensionTokenProvider(OIDC, { tokenId: stored.id }, vi.fn())({ room: 'r', domain: 'd', reason: 'kicked', signal })).toBeNull();
    expect(seen).toEqual([{ type: 'sign-in', deploymentId: 'meet', prompt: 'login' }]);
  });

  it('never opens a sign-in for a pasted token of a deployment without OpenID', async () => {
    const stored = await addWalletToken({ ...BASE, source: 'pasted', refreshToken: null, token: 'pasted.t.x' });
    const seen = background(async () => ({ ok: true, tokenId: 'x' }));
    const provider = extensionTokenProvider({ ...OIDC, signIn: { kind: 'none' } }, { tokenId: stored.id }, vi.fn());
    expect(await provider({ room: 'r', domain: 'd', reason: 'expiring', signal })).toBeNull();
    expect(await provider({ room: 'r', domain: 'd', reason: 'kicked', signal })).toBe('pasted.t.x');
    expect(seen).toEqual([]);
  });
});
