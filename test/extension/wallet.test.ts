import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addWalletToken, findWalletToken, forgetWalletToken, listWallet, MAX_WALLET_TOKENS, renewWalletToken } from '../../extension/wallet.js';

const BASE = {
  source: 'pasted' as const,
  deploymentId: null,
  domain: 'meet.example.org',
  tenant: null,
  room: 'standup',
  refreshToken: null,
  idToken: null,
  expiresAt: null,
};

beforeEach(() => fakeBrowser.reset());

describe('the token wallet', () => {
  it('keeps tokens in session storage only, never in local or sync', async () => {
    await addWalletToken({ ...BASE, token: 'a.b.c' }, 1);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ wallet: [expect.objectContaining({ token: 'a.b.c' })] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('gives each token a random id and keeps one entry per token value', async () => {
    const first = await addWalletToken({ ...BASE, token: 'a.b.c' }, 1);
    const again = await addWalletToken({ ...BASE, token: 'a.b.c', room: 'other' }, 2);
    const second = await addWalletToken({ ...BASE, token: 'd.e.f' }, 3);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.id).toBe(first.id);
    expect(second.id).not.toBe(first.id);
    expect((await listWallet()).map((token) => [token.token, token.room])).toEqual([
      ['d.e.f', 'standup'],
      ['a.b.c', 'other'],
    ]);
  });

  it('drops the oldest tokens beyond the limit', async () => {
    for (let i = 0; i < MAX_WALLET_TOKENS + 3; i++) await addWalletToken({ ...BASE, token: `t.${i}.x` }, i);
    const tokens = await listWallet();
    expect(tokens).toHaveLength(MAX_WALLET_TOKENS);
    expect(tokens.at(-1)?.token).toBe('t.3.x');
  });

  it('renews a token in place and forgets it', async () => {
    const stored = await addWalletToken({ ...BASE, source: 'oidc', token: 'old.t.x', refreshToken: 'r1', idToken: 'id1' }, 1);
    const renewed = await renewWalletToken(stored.id, { accessToken: 'new.t.x', refreshToken: 'r2', idToken: null, expiresAt: 99, subject: 'ann' }, 5);
    expect(renewed).toMatchObject({ id: stored.id, token: 'new.t.x', refreshToken: 'r2', idToken: 'id1', expiresAt: 99, obtainedAt: 5 });
    await forgetWalletToken(stored.id);
    expect(await findWalletToken(stored.id)).toBeUndefined();
    expect(await renewWalletToken(stored.id, { accessToken: 'x.y.z', refreshToken: null, idToken: null, expiresAt: null, subject: null })).toBeUndefined();
  });
});
