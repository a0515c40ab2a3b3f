/**
 * The token wallet in `storage.session`: add, renew, find and forget tokens. Pages refer to a
 * token by its random id; the value is read only where it is used.
 */
import type { TokenSet } from '../lib/oidc/index.js';
import { walletItem, type WalletToken } from './storage.js';

/** Tokens kept at most; the oldest go first. */
export const MAX_WALLET_TOKENS = 20;

/** A new random id. */
function newId(): string {
  return crypto.randomUUID();
}

/** All tokens, newest first. */
export async function listWallet(): Promise<WalletToken[]> {
  const tokens = await walletItem.getValue();
  return [...tokens].sort((a, b) => b.obtainedAt - a.obtainedAt);
}

/** The token with this id, or undefined. */
export async function findWalletToken(id: string): Promise<WalletToken | undefined> {
  return (await walletItem.getValue()).find((token) => token.id === id);
}

/**
 * Adds a token, or updates the entry already holding the same value (pasting twice keeps one
 * entry). Returns the stored entry.
 */
export async function addWalletToken(entry: Omit<WalletToken, 'id' | 'obtainedAt'>, now = Date.now()): Promise<WalletToken> {
  const tokens = await walletItem.getValue();
  const twin = tokens.find((token) => token.token === entry.token);
  const stored: WalletToken = { ...entry, id: twin?.id ?? newId(), obtainedAt: now };
  const rest = tokens.filter((token) => token.id !== stored.id);
  await walletItem.setValue([stored, ...rest].sort((a, b) => b.obtainedAt - a.obtainedAt).slice(0, MAX_WALLET_TOKENS));
  return stored;
}

/** Replaces a token's values with renewed ones (refresh), keeping its id. Returns the entry, or undefined when it is gone. */
export async function renewWalletToken(id: string, tokens: TokenSet, now = Date.now()): Promise<WalletToken | undefined> {
  const all = await walletItem.getValue();
  const current = all.find((token) => token.id === id);
  if (!current) return undefined;
  const renewed: WalletToken = {
    ...current,
    token: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    idToken: tokens.idToken ?? current.idToken,
    expiresAt: tokens.expiresAt,
    obtainedAt: now,
  };
  await walletItem.setValue(all.map((token) => (token.id === id ? renewed : token)));
  return renewed;
}

/** Removes a token. */
export async function forgetWalletToken(id: string): Promise<void> {
  const all = await walletItem.getValue();
  await walletItem.setValue(all.filter((token) => token.id !== id));
}
