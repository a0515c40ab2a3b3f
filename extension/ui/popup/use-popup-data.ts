/** Everything the popup shows, read from storage and kept current while it is open. */
import { useCallback } from 'react';
import type { BridgeAllowance } from '../../../lib/bridge/index.js';
import type { Deployment } from '../../../lib/deployments/index.js';
import { listRecent } from '../../recent.js';
import {
  allowancesItem,
  deploymentsItem,
  readAllowances,
  readDeployments,
  recentItem,
  walletItem,
  type RecentMeeting,
  type WalletToken,
} from '../../storage.js';
import { listWallet } from '../../wallet.js';
import { useStored } from '../shared/use-stored.js';

/** The popup's data; lists are empty until loaded. */
export interface PopupData {
  loaded: boolean;
  deployments: Deployment[];
  wallet: WalletToken[];
  recent: RecentMeeting[];
  allowances: BridgeAllowance[];
}

/** Loads and watches the popup's data. */
export function usePopupData(): PopupData {
  const deployments = useStored(deploymentsItem, useCallback(readDeployments, []));
  const wallet = useStored(walletItem, useCallback(listWallet, []));
  const recent = useStored(recentItem, useCallback(listRecent, []));
  const allowances = useStored(allowancesItem, useCallback(readAllowances, []));
  return {
    loaded: deployments !== undefined && wallet !== undefined && recent !== undefined && allowances !== undefined,
    deployments: deployments ?? [],
    wallet: wallet ?? [],
    recent: recent ?? [],
    allowances: allowances ?? [],
  };
}
