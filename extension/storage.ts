/**
 * Where the extension keeps things. Tokens live only in `storage.session` (memory, gone when the
 * browser closes, trusted contexts only); deployments, allowed sites and recent meetings — no
 * secrets — in `storage.local`; nothing in `sync`. Everything read back is re-validated.
 */
import { storage } from '@wxt-dev/storage';
import { pageOrigin, type BridgeAllowance } from '../lib/bridge/index.js';
import { readStoredDeployments, type Deployment } from '../lib/deployments/index.js';

/** A token the person holds: pasted, or obtained by signing in. Never leaves `storage.session`. */
export interface WalletToken {
  /** Random id; pages and URLs refer to the token by this id, never by its value. */
  id: string;
  token: string;
  source: 'pasted' | 'oidc';
  deploymentId: string | null;
  /** Where it is meant to be used, when known (from the deployment, or the pasted link). */
  domain: string | null;
  tenant: string | null;
  room: string | null;
  refreshToken: string | null;
  idToken: string | null;
  /** When the provider said the access token expires (ms), or null. */
  expiresAt: number | null;
  obtainedAt: number;
}

/** A meeting joined recently (no token: that stays in the session wallet). */
export interface RecentMeeting {
  key: string;
  deploymentId: string | null;
  domain: string;
  tenant: string | null;
  room: string;
  /** The name the token carried, to tell accounts apart. */
  displayName: string | null;
  lastUsedAt: number;
}

/** The session wallet of tokens. */
export const walletItem = storage.defineItem<WalletToken[]>('session:wallet', { fallback: [] });
/** Configured deployments (validated on save and on read). */
export const deploymentsItem = storage.defineItem<unknown[]>('local:deployments', { fallback: [] });
/** Sites allowed to ask for tokens through the bridge. */
export const allowancesItem = storage.defineItem<unknown[]>('local:bridgeAllowances', { fallback: [] });
/** Recently joined meetings. */
export const recentItem = storage.defineItem<RecentMeeting[]>('local:recentMeetings', { fallback: [] });

/** The deployments, each re-validated; a tampered entry is dropped. */
export async function readDeployments(): Promise<Deployment[]> {
  return readStoredDeployments(await deploymentsItem.getValue()).deployments;
}

/** Saves the deployments list as given (callers validated each entry). */
export async function writeDeployments(deployments: readonly Deployment[]): Promise<void> {
  await deploymentsItem.setValue([...deployments]);
}

/** The allowed sites, keeping only well-formed entries. */
export async function readAllowances(): Promise<BridgeAllowance[]> {
  const raw = await allowancesItem.getValue();
  const valid: BridgeAllowance[] = [];
  for (const item of Array.isArray(raw) ? raw : []) {
    const entry = item as Partial<BridgeAllowance> | null;
    if (
      entry &&
      typeof entry.origin === 'string' &&
      pageOrigin(entry.origin) === entry.origin &&
      typeof entry.deploymentId === 'string' &&
      typeof entry.grantedAt === 'number'
    ) {
      valid.push({ origin: entry.origin, deploymentId: entry.deploymentId, grantedAt: entry.grantedAt });
    }
  }
  return valid;
}

/** Saves the allowed sites. */
export async function writeAllowances(allowances: readonly BridgeAllowance[]): Promise<void> {
  await allowancesItem.setValue([...allowances]);
}
